import PDFDocument from 'pdfkit';

export type PdfDoc = PDFKit.PDFDocument;

export interface PdfOptions {
  title: string;
  /** Shown in the document properties; never personal data beyond what the document shows. */
  subject?: string;
  layout?: 'portrait' | 'landscape';
}

/**
 * Renders a PDF on the server with pdfkit (standard fonts: Helvetica covers Dutch accents).
 * `draw` writes the content; the result is the complete file.
 */
export function renderPdf(options: PdfOptions, draw: (doc: PdfDoc) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: 56,
    info: { Title: options.title, Subject: options.subject ?? '', Creator: 'Koers', Producer: 'Koers' },
    lang: 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** Sends a PDF with a safe file name; inline so the browser shows it (and can print it). */
export function pdfHeaders(fileName: string): Record<string, string> {
  const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${safe}"` };
}
