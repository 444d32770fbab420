export * from './verification-url';
export * from './qr-code';
export { chinaDate, documentFont, documentFontBytes, preloadDocumentFonts, type FontWeight } from './document-fonts';
export * from './printed-names';
export * from './certificate-pdf';
export * from './evaluation-form-pdf';
