import type { PdfDoc } from '../platform/pdf/pdf';

export interface CertificateContent {
  youthName: string;
  /** The skill or course. */
  certificateName: string;
  /** Already formatted, e.g. '12 maart 2027'. */
  achievedOn: string;
  teamName: string;
  /** The contact person who signs. */
  signerName: string;
}

const NAVY = '#154273';
const ORANGE = '#e17000';
const TEAL = '#39870c';
const YELLOW = '#f9e11e';
const INK = '#1f1f1f';
const MUTED = '#555555';

/** The largest font size (from `max` down to `min`) at which `text` fits on one line of `width`. */
function fitSize(doc: PdfDoc, text: string, font: string, width: number, max: number, min: number): number {
  doc.font(font);
  for (let size = max; size > min; size -= 1) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

/** A few friendly confetti shapes in one corner, mirrored by (sx, sy). */
function confetti(doc: PdfDoc, x: number, y: number, sx: 1 | -1, sy: 1 | -1): void {
  const shapes: [number, number, number, string][] = [
    [18, 16, 5, ORANGE],
    [44, 30, 3.5, TEAL],
    [28, 52, 4, YELLOW],
    [66, 14, 3, NAVY],
    [12, 78, 3, ORANGE],
  ];
  for (const [dx, dy, r, color] of shapes) doc.circle(x + sx * dx, y + sy * dy, r).fill(color);
  doc.save().lineWidth(2).strokeColor(NAVY);
  doc.moveTo(x + sx * 52, y + sy * 50).lineTo(x + sx * 60, y + sy * 42).stroke();
  doc.moveTo(x + sx * 82, y + sy * 32).lineTo(x + sx * 88, y + sy * 40).stroke();
  doc.restore();
}

/** A round seal with a star, drawn around (cx, cy). */
function seal(doc: PdfDoc, cx: number, cy: number): void {
  doc.circle(cx, cy, 40).fill(ORANGE);
  doc.circle(cx, cy, 33).lineWidth(1.5).stroke('#ffffff');
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 22 : 9;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  doc.polygon(...points).fill(YELLOW);
}

/**
 * A landscape certificate on one A4 page: "Certificaat", the jongere's name large, the skill or
 * course, the date, the team, and the contact person's name as signature. Long texts shrink or are
 * cut off with an ellipsis, so it never runs onto a second page.
 */
export function drawCertificate(doc: PdfDoc, c: CertificateContent): void {
  const W = doc.page.width;
  const H = doc.page.height;
  const inner = { x: 120, width: W - 240 };

  // Frame.
  doc.rect(0, 0, W, H).fill('#fffdf7');
  doc.lineWidth(4).rect(22, 22, W - 44, H - 44).stroke(NAVY);
  doc.lineWidth(1).rect(32, 32, W - 64, H - 64).stroke(ORANGE);
  confetti(doc, 40, 40, 1, 1);
  confetti(doc, W - 40, 40, -1, 1);
  confetti(doc, 40, H - 40, 1, -1);
  confetti(doc, W - 40, H - 40, -1, -1);

  // Team (the municipality's team) on top.
  doc.fillColor(MUTED).font('Helvetica').fontSize(11);
  doc.text(c.teamName.toUpperCase(), inner.x, 66, { width: inner.width, align: 'center', characterSpacing: 1.5, lineBreak: false, ellipsis: true, height: 14 });

  // Title.
  doc.fillColor(NAVY).font('Helvetica-Bold').fontSize(50);
  doc.text('Certificaat', inner.x, 94, { width: inner.width, align: 'center', lineBreak: false });
  doc.moveTo(W / 2 - 60, 160).lineTo(W / 2 + 60, 160).lineWidth(3).stroke(ORANGE);

  // The jongere.
  doc.fillColor(MUTED).font('Helvetica').fontSize(14);
  doc.text('Dit certificaat is met trots uitgereikt aan', inner.x, 184, { width: inner.width, align: 'center', lineBreak: false });
  const nameSize = fitSize(doc, c.youthName, 'Helvetica-Bold', inner.width, 44, 20);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(nameSize);
  doc.text(c.youthName, inner.x, 232 - nameSize / 2, { width: inner.width, align: 'center', lineBreak: false, ellipsis: true, height: nameSize * 1.3 });

  // The skill or course: up to two lines.
  doc.fillColor(MUTED).font('Helvetica').fontSize(14);
  doc.text('voor', inner.x, 282, { width: inner.width, align: 'center', lineBreak: false });
  const skillSize = fitSize(doc, c.certificateName, 'Helvetica-Bold', inner.width, 26, 16);
  doc.fillColor(ORANGE).font('Helvetica-Bold').fontSize(skillSize);
  doc.text(c.certificateName, inner.x, 306, { width: inner.width, align: 'center', height: skillSize * 2.5, ellipsis: true });

  doc.fillColor(INK).font('Helvetica').fontSize(14);
  doc.text(`Behaald op ${c.achievedOn}`, inner.x, 378, { width: inner.width, align: 'center', lineBreak: false });

  // Signature (left), seal (middle), team (right).
  const lineY = 462;
  const colW = 230;
  const leftX = 96;
  const rightX = W - 96 - colW;
  doc.lineWidth(1).moveTo(leftX, lineY).lineTo(leftX + colW, lineY).stroke(MUTED);
  doc.moveTo(rightX, lineY).lineTo(rightX + colW, lineY).stroke(MUTED);
  for (const [text, x] of [[c.signerName, leftX], [c.teamName, rightX]] as const) {
    const size = fitSize(doc, text, 'Helvetica-Bold', colW, 13, 9);
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(size);
    doc.text(text, x, lineY + 8 + (13 - size) / 2, { width: colW, align: 'center', lineBreak: false, ellipsis: true, height: 16 });
  }
  doc.fillColor(MUTED).font('Helvetica').fontSize(10);
  doc.text('Contactpersoon', leftX, lineY + 26, { width: colW, align: 'center', lineBreak: false });
  doc.text('Namens de gemeente', rightX, lineY + 26, { width: colW, align: 'center', lineBreak: false });
  seal(doc, W / 2, lineY - 6);
  doc.fillColor(NAVY).font('Helvetica-Bold').fontSize(12);
  doc.text('Goed gedaan!', W / 2 - 60, lineY + 44, { width: 120, align: 'center', lineBreak: false });
}
