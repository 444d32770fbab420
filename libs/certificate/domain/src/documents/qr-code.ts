import { create, toBuffer, type QRCodeToBufferOptions } from 'qrcode';

/**
 * pngjs options passed through by qrcode (its typings list only the deflate ones, hence the cast;
 * a fresh object per call, as qrcode writes the size into it): grayscale without alpha, half the
 * size of qrcode's RGBA PNG.
 */
const grayscalePng = () => ({ deflateLevel: 9, colorType: 0 }) as QRCodeToBufferOptions['rendererOpts'];

/**
 * A PNG QR code of `url`, as the holder's app shows it: error correction M (survives ~15 %
 * damage), 256 px, a one-module quiet zone. Give it the verification URL only (R-CT-2).
 */
export function qrCodePng(url: string): Promise<Buffer> {
  return toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', width: 256, margin: 1, rendererOpts: grayscalePng() });
}

/** The modules (dark squares) of a QR code, for drawing it as vectors. */
export interface QrCodeMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/**
 * The same QR code as qrCodePng, as a matrix: the certificate draws it as vector squares, sharp at
 * any print size and about a tenth of the cost of encoding and embedding a PNG.
 */
export function qrCodeMatrix(url: string): QrCodeMatrix {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
}
