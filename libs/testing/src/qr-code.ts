import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a QR code from a PNG as a phone camera would: the text it holds, or null. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
