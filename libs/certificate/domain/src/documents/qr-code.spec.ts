import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { qrCodeMatrix, qrCodePng, type QrCodeMatrix } from './qr-code';
import { verificationUrl } from './verification-url';

function decode(png: Buffer): { text: string | null; width: number } {
  const image = PNG.sync.read(png);
  return { text: jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null, width: image.width };
}

describe('QR code', () => {
  it('carries exactly the verification URL and no personal data (R-CT-2)', async () => {
    const url = verificationUrl('https://zc.example.gov.cn', '3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b', '0123456789ab');
    const png = await qrCodePng(url);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png[25]).toBe(0); // IHDR colour type: grayscale, no alpha
    const { text, width } = decode(png);
    expect(text).toBe(url);
    expect(width).toBe(256);
    for (const personal of ['张三丰', '110105', '0012', '%E5%BC%A0']) expect(text).not.toContain(personal);
  });

  it('gives the same code as a matrix for vector drawing: rasterised, it decodes to the URL', () => {
    const url = verificationUrl('https://zc.example.gov.cn', '3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b', '0123456789ab');
    const { data, width } = rasterise(qrCodeMatrix(url));
    expect(jsQR(data, width, width)?.data).toBe(url);
  });
});

/** White page, black modules, a one-module quiet zone, 4 pixels a module. */
function rasterise(qr: QrCodeMatrix, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = (qr.size + 2) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - 1;
      const column = Math.floor(x / scale) - 1;
      if (row >= 0 && column >= 0 && row < qr.size && column < qr.size && qr.isDark(row, column)) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width };
}
