import PDFParser, { type Output, type Page } from 'pdf2json';

/**
 * The text layer of a PDF, as a reader's search or copy would see it: the text of each page, line
 * by line from the top (pieces on one line joined by a space), pages separated by a blank line.
 * It reads only text drawn with a ToUnicode map (any embedded-font PDF pdfkit writes), so a test
 * that finds 张三 here knows the name is in the file as text, not as a picture.
 *
 * pdf2json (4.x, its CommonJS build) runs in this process; the timeout catches a parser that never
 * answers (it stays silent on some malformed input) rather than a slow one.
 */
export async function pdfText(pdf: Buffer, options: { timeoutMs?: number } = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (pdf.length === 0 || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(`pdfText: not a PDF (${pdf.length} bytes, starting ${JSON.stringify(pdf.subarray(0, 8).toString('latin1'))})`);
  }
  // pdf2json reads `buffer.buffer` from offset 0 when the sizes differ: hand it a Buffer that owns
  // its whole ArrayBuffer (Buffer.alloc never takes a slice of the shared pool).
  const own = Buffer.alloc(pdf.length);
  pdf.copy(own);

  const parser = new PDFParser(null, false);
  let timer: NodeJS.Timeout | undefined;
  try {
    const data = await new Promise<Output>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`pdfText: pdf2json gave no answer within ${timeoutMs} ms for a ${pdf.length}-byte PDF`)), timeoutMs);
      parser.on('pdfParser_dataReady', resolve);
      parser.on('pdfParser_dataError', (failure) => {
        const cause = failure instanceof Error ? failure : failure.parserError;
        reject(new Error(`pdfText: pdf2json could not read the PDF: ${cause?.message ?? String(cause)}`, { cause }));
      });
      // Verbosity: pdf2json turns 0 (errors only) into 1 (warnings, printed to the console, such
      // as "Setting up fake worker."), so ask for -1, which it clamps to errors only.
      parser.parseBuffer(own, -1);
    });
    return data.Pages.map(pageText).join('\n\n');
  } finally {
    clearTimeout(timer);
    parser.destroy();
  }
}

function pageText(page: Page): string {
  const pieces = page.Texts.map((text) => ({ x: text.x, y: text.y, text: text.R.map((run) => run.T).join('') }));
  pieces.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Array<{ y: number; pieces: typeof pieces }> = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    // pdf2json measures in units of 16 pt (A4 is 37.2 wide): pieces within 0.3 (~5 pt) share a line.
    if (line && Math.abs(piece.y - line.y) < 0.3) line.pieces.push(piece);
    else lines.push({ y: piece.y, pieces: [piece] });
  }
  return lines.map((line) => line.pieces.sort((a, b) => a.x - b.x).map((piece) => piece.text).join(' ')).join('\n');
}
