import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { create, type Font } from 'fontkit';
import { toCalendarDate } from '@zc/calendar';

/**
 * Noto Sans SC (SIL OFL), shipped as full TrueType files by @expo-google-fonts/noto-sans-sc: every
 * character a name, an employer or an issuer may contain is there, which no subset shipped with the
 * code could promise. The PDFs embed only the glyphs they use (pdfkit subsets), ~15–40 kB.
 *
 * Why a process-wide cache: each file is ~10 MB. Reading it and letting pdfkit parse it for every
 * document (pdfkit calls fontkit.create on a Buffer each time, and then re-reads the cmap, GSUB and
 * glyph tables lazily for that new object) costs ~30 ms per document and would dominate the
 * rendering. So the files are read and parsed once, on first use, and the parsed fontkit Font is
 * handed to every document: pdfkit accepts a parsed font as well as bytes, and builds a fresh
 * subset per document from it. Sharing is safe because a document is drawn and ended in one
 * synchronous stretch (no await between `new PDFDocument` and `end()`), so two renders never
 * interleave their reads of the font's stream.
 */
export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

const bytes = new Map<FontWeight, Buffer>();
const parsed = new Map<FontWeight, Font>();

/** The TTF bytes of one weight, read once per process. */
export function documentFontBytes(weight: FontWeight): Buffer {
  let data = bytes.get(weight);
  if (!data) {
    data = readFileSync(require.resolve(FILES[weight]));
    bytes.set(weight, data);
  }
  return data;
}

/** The parsed font of one weight, parsed once per process (what the renderers register). */
export function documentFont(weight: FontWeight): Font {
  let font = parsed.get(weight);
  if (!font) {
    const created = create(documentFontBytes(weight));
    if (!('layout' in created)) throw new Error(`${FILES[weight]} is a font collection, expected a single font`);
    font = created;
    parsed.set(weight, font);
  }
  return font;
}

/** Loads and parses both weights now, so the first document is not the one that pays for it. */
export function preloadDocumentFonts(): void {
  documentFont('regular');
  documentFont('bold');
}

/** The names the renderers draw with: `doc.font(REGULAR)`, `doc.font(BOLD)`. */
export const REGULAR = 'NotoSansSC';
export const BOLD = 'NotoSansSC-Bold';

export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  /** Stamped as the PDF's creation date, so the same input gives the same bytes. */
  createdAt: Date;
}

/**
 * An A4 pdfkit document with both weights registered (from the process-wide cache) and its
 * metadata set; `done` resolves to the whole file once `doc.end()` has been called. Draw and
 * `end()` without awaiting in between (see above).
 */
export function openDocument(meta: DocumentMetadata, margin: number): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    // No default font: pdfkit would otherwise load Helvetica, parsing its AFM metrics, for every
    // document (a few % of the time) only for us to switch to Noto Sans SC at once.
    font: null as unknown as string,
    size: 'A4',
    margin,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: 'zhicheng certificate service',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit's typings take bytes or a path; it accepts a parsed fontkit font as well (see above).
  doc.registerFont(REGULAR, documentFont('regular') as unknown as Buffer);
  doc.registerFont(BOLD, documentFont('bold') as unknown as Buffer);
  doc.font(REGULAR);
  return { doc, done };
}

/** An ISO datetime as a date in China (UTC+8, no daylight saving): `2026年3月5日`. */
export function chinaDate(iso: string): string {
  const [year, month, day] = toCalendarDate(parseInstant(iso)).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** An ISO datetime as a Date; refuses anything else rather than print "Invalid Date". */
export function parseInstant(iso: string): Date {
  const at = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(at.getTime())) throw new Error(`not an ISO datetime: ${JSON.stringify(iso)}`);
  return at;
}
