import type { AgreementKind, PlanGoal, PlanStep, PlanVersionDetail } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { type PdfDoc, renderPdf } from '../platform/pdf/pdf';

export interface PlanPdfInput {
  version: PlanVersionDetail;
  youthName: string;
  contactName: string | null;
}

/**
 * The printable plan for the jongere, in plain Dutch (B1), addressed to them ("je"): goals first
 * with their steps (who does what, by when), then the agreements — what the gemeente does for them
 * first and just as prominent as what they agree to do — then what happens if it does not work out,
 * their contact person and the next evaluation.
 */
const AGREEMENT_SECTIONS: { kind: AgreementKind; title: string }[] = [
  { kind: 'ondersteuning', title: 'Wat de gemeente voor je doet' },
  { kind: 'werk_zoeken', title: 'Werk zoeken' },
  { kind: 'verplichting', title: 'Wat jij afspreekt te doen' },
];

const GOAL_STATUS_TEXT: Record<PlanGoal['status'], string | null> = {
  open: null,
  bezig: 'Hier ben je mee bezig.',
  behaald: 'Gelukt!',
  losgelaten: 'Dit doel is losgelaten.',
};

export function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  const { version: v, youthName, contactName } = input;
  return renderPdf({ title: 'Jouw plan van aanpak', subject: `Plan van aanpak, versie ${v.number}` }, (doc) => {
    const h1 = (text: string) => doc.font('Helvetica-Bold').fontSize(20).fillColor('#000000').text(text).moveDown(0.3);
    const h2 = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).fillColor('#000000').text(text).moveDown(0.3);
    const h3 = (text: string) => doc.moveDown(0.4).font('Helvetica-Bold').fontSize(12).text(text).moveDown(0.1);
    const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) => doc.font('Helvetica').fontSize(11).text(text, options);
    const bullet = (text: string) => body(`•  ${text}`, { indent: 10 });

    h1('Jouw plan van aanpak');
    body(`Voor ${youthName}`);
    if (v.status === 'vastgesteld' || v.status === 'vervangen') {
      body(`Versie ${v.number}. Samen afgesproken${v.signOff.establishedAt ? ` op ${formatDateNl(v.signOff.establishedAt.slice(0, 10))}` : ''}.`);
    } else {
      body(`Versie ${v.number}. Dit is nog een voorstel. Het plan geldt pas als jij en je klantmanager het er allebei mee eens zijn.`);
    }

    h2('Jouw doelen');
    if (v.goals.length === 0) body('Er staan nog geen doelen in dit plan.');
    v.goals.forEach((goal, i) => drawGoal(doc, goal, i + 1, { h3, body, bullet }));

    h2('Onze afspraken');
    for (const section of AGREEMENT_SECTIONS) {
      h3(section.title);
      const items = v.agreements.filter((a) => a.kind === section.kind);
      if (items.length === 0) body('Hier is nog niets over afgesproken.');
      for (const a of items) bullet(a.text);
    }

    h2('Als het een keer niet lukt');
    body(v.consequences?.trim() || 'Dit moet nog samen worden ingevuld.');

    h2('Wie helpt je');
    body(contactName ? `Je contactpersoon is ${contactName}. Heb je een vraag, of lukt iets niet? Neem dan contact op.` : 'Je krijgt een vaste contactpersoon. Die stelt zich zo snel mogelijk aan je voor.');

    h2('Wanneer kijken we samen hoe het gaat?');
    body(
      v.evaluationDate
        ? `Op ${formatDateNl(v.evaluationDate)} bespreken we samen hoe het gaat. Als het nodig is, passen we het plan dan aan.`
        : 'De datum spreken we nog samen af.',
    );

    if (v.signOff.staff || v.signOff.youth) {
      h2('Akkoord');
      if (v.signOff.youth) body(`Jij was het eens met dit plan op ${formatDateNl(v.signOff.youth.agreedAt.slice(0, 10))}${v.signOff.youth.via === 'gesprek' ? ' (in een gesprek)' : ''}.`);
      if (v.signOff.staff) body(`Je klantmanager was het eens met dit plan op ${formatDateNl(v.signOff.staff.agreedAt.slice(0, 10))}.`);
    }
  });
}

function drawGoal(
  doc: PdfDoc,
  goal: PlanGoal,
  n: number,
  w: { h3: (t: string) => unknown; body: (t: string, o?: PDFKit.Mixins.TextOptions) => unknown; bullet: (t: string) => unknown },
): void {
  w.h3(`${n}. ${goal.title}`);
  if (goal.youthWords) {
    doc.font('Helvetica-Oblique').fontSize(11).text(`In jouw woorden: "${goal.youthWords}"`);
  }
  if (goal.description) w.body(goal.description);
  const meta = [goal.targetDate ? `Klaar op: ${formatDateNl(goal.targetDate)}.` : null, GOAL_STATUS_TEXT[goal.status]].filter(Boolean).join(' ');
  if (meta) w.body(meta);
  if (goal.status === 'losgelaten' && goal.letGoReason) w.body(`Waarom: ${goal.letGoReason}`);
  if (goal.steps.length) {
    doc.moveDown(0.2);
    w.body('Stappen:');
    for (const s of goal.steps) w.bullet(stepLine(s));
  }
}

function stepLine(s: PlanStep): string {
  const who = s.owner.kind === 'jongere' ? 'jij' : s.owner.kind === 'klantmanager' ? `${s.owner.name} (je klantmanager)` : s.owner.name;
  const when = s.dueDate ? `voor ${formatDateNl(s.dueDate)}` : 'nog geen datum';
  return `${s.text} (Wie: ${who}. Wanneer: ${when}.)${s.done ? ' Gedaan!' : ''}`;
}
