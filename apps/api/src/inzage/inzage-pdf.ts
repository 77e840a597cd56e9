import type { InzageCase, InzageExport, InzagePlanVersion } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { renderPdf } from '../platform/pdf/pdf';

/** Access-log lines in the PDF; the JSON file always holds them all. */
export const PDF_ACCESS_LOG_MAX = 1000;

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
const when = (isoTimestamp: string): string => dateTime.format(new Date(isoTimestamp));
const day = (isoTimestamp: string): string => formatDateNl(isoTimestamp.slice(0, 10));

/**
 * The inzage as a readable PDF, addressed to the jongere ("je"), in plain Dutch: your details, your
 * traject with the plan (every version), the intake, contact moments, milestones, network and a
 * change of contact person, your consents and messages, and who looked at your dossier.
 */
export function renderInzagePdf(data: InzageExport): Promise<Buffer> {
  return renderPdf({ title: 'Wat Koers over jou weet', subject: 'Inzage in je gegevens (AVG artikel 15)' }, (doc) => {
    const h1 = (text: string) => doc.font('Helvetica-Bold').fontSize(20).fillColor('#000000').text(text).moveDown(0.3);
    const h2 = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).fillColor('#000000').text(text).moveDown(0.3);
    const h3 = (text: string) => doc.moveDown(0.4).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text).moveDown(0.1);
    const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) => doc.font('Helvetica').fontSize(11).fillColor('#000000').text(text, options);
    const small = (text: string) => doc.font('Helvetica').fontSize(9).fillColor('#444444').text(text).fillColor('#000000');
    const bullet = (text: string) => body(`•  ${text}`, { indent: 10 });
    const line = (labelText: string, value: string | null | undefined) => {
      if (value) body(`${labelText}: ${value}`);
    };
    const none = (text: string) => body(text);

    h1('Wat Koers over jou weet');
    body(`Gemaakt op ${when(data.generatedAt)}.`);
    body(data.about);

    h2('Jouw gegevens');
    line('Naam', data.person.name);
    line('Geboortedatum', formatDateNl(data.person.dateOfBirth));
    line('E-mail', data.person.email);
    line('Telefoon', data.person.phone);
    line('Hoe je het liefst contact hebt', data.person.preferredContact);
    line('In Koers sinds', day(data.person.registeredAt));
    if (data.person.account) {
      body(`Je hebt een eigen inlog sinds ${day(data.person.account.createdAt)}${data.person.account.active ? '' : ' (nu uitgezet)'}.`);
    } else {
      body('Je hebt (nog) geen eigen inlog.');
    }

    if (data.cases.length === 0) {
      h2('Je traject');
      none('Er is nog geen traject voor je.');
    }
    for (const c of data.cases) drawCase(c, { h2, h3, body, bullet, line, none, small });

    h2('Toestemming');
    if (data.consents.length === 0) none('Je hebt geen toestemming gegeven voor extra gegevens.');
    for (const c of data.consents) {
      h3(c.purpose);
      body(c.explanation);
      body(`Gegeven op ${day(c.givenAt)} (${c.givenVia.toLowerCase()}). Opgeschreven door ${c.recordedBy}.`);
      body(c.withdrawnAt ? `Ingetrokken op ${day(c.withdrawnAt)}${c.withdrawnBy ? ` door ${c.withdrawnBy}` : ''}.` : 'Deze toestemming geldt nu.');
    }

    h2('Berichten die je kreeg');
    if (data.notifications.length === 0) none('Je hebt nog geen berichten gekregen.');
    for (const n of data.notifications) bullet(`${day(n.createdAt)}: ${n.title}${n.body ? ` — ${n.body}` : ''}`);

    h2('Wie keek er in jouw dossier');
    body('Hier zie je wie je dossier bekeek of iets veranderde, en wanneer. Het nieuwste staat bovenaan.');
    if (data.accessLog.length === 0) none('Nog niemand.');
    for (const e of data.accessLog.slice(0, PDF_ACCESS_LOG_MAX)) {
      const who = e.byYou ? 'Jij' : `${e.actorName} (${e.actorRoleLabel.toLowerCase()})`;
      bullet(`${when(e.at)} — ${who}: ${e.description}`);
    }
    if (data.accessLog.length > PDF_ACCESS_LOG_MAX) {
      body(`Dit zijn de nieuwste ${PDF_ACCESS_LOG_MAX}. Alle ${data.accessLog.length} staan in het bestand (JSON).`);
    }
  });
}

interface Writers {
  h2: (t: string) => unknown;
  h3: (t: string) => unknown;
  body: (t: string, o?: PDFKit.Mixins.TextOptions) => unknown;
  bullet: (t: string) => unknown;
  line: (l: string, v: string | null | undefined) => unknown;
  none: (t: string) => unknown;
  small: (t: string) => unknown;
}

function drawCase(c: InzageCase, w: Writers): void {
  w.h2(`Je traject (begonnen op ${day(c.startedAt)})`);
  w.line('Fase', c.phaseLabel);
  w.line('Team', c.team);
  w.line('Je contactpersoon', c.contactPerson ? `${c.contactPerson.name}${c.contactPerson.email ? ` (${c.contactPerson.email})` : ''}` : 'Je krijgt snel een nieuwe contactpersoon.');
  if (c.timeout) w.body(`Je traject staat even stil tot ${formatDateNl(c.timeout.until)}. Reden: ${c.timeout.reason}`);
  if (c.closedAt) w.body(`Afgesloten op ${day(c.closedAt)}.${c.closedReason ? ` Reden: ${c.closedReason}` : ''}`);

  w.h2('Je plan');
  if (c.planVersions.length === 0) w.none('Er is nog geen plan.');
  for (const v of c.planVersions) drawVersion(v, w);
  if (c.goalComments.length) {
    w.h3('Reacties op doelen');
    for (const g of c.goalComments) w.bullet(`${day(g.createdAt)}, ${g.writtenBy}${g.goal ? ` over "${g.goal}"` : ''}: ${g.text}`);
  }
  if (c.proposals.length) {
    w.h3('Jouw voorstellen voor het plan');
    for (const p of c.proposals) w.bullet(`${day(p.createdAt)} — ${p.kind}: "${p.text}" (${p.status})${p.reply ? ` Antwoord: ${p.reply}` : ''}`);
  }

  w.h2('Je intake');
  const i = c.intake;
  if (!i) w.none('Er is nog geen intake.');
  else {
    if (i.completedAt) w.body(`Afgerond op ${day(i.completedAt)}.`);
    for (const f of i.fields) w.line(f.label, f.value);
    if (i.wishes.length) {
      w.h3('Wensen en behoeften');
      for (const x of i.wishes) w.bullet(`${x.kind}: ${x.text} (${x.writtenBy})${x.removedAt ? ` — weggehaald op ${day(x.removedAt)}` : ''}`);
    }
    if (i.urgentObstacles.length) {
      w.h3('Wat eerst opgelost moest worden');
      for (const o of i.urgentObstacles) w.bullet(`${o.kind}: ${o.description}${o.resolvedAt ? ` — opgelost op ${day(o.resolvedAt)}` : ''}`);
    }
    if (i.lifeAreas.length) {
      w.h3('Hoe het gaat (leefgebieden, 1 tot 5)');
      for (const s of i.lifeAreas) {
        const scores = [s.youthScore ? `jij: ${s.youthScore}` : null, s.staffScore ? `klantmanager: ${s.staffScore}` : null].filter(Boolean).join(', ');
        w.bullet(`${day(s.recordedAt)} (${s.moment.toLowerCase()}) — ${s.area}: ${scores}${s.note ? `. ${s.note}` : ''}`);
      }
    }
    if (i.diversity) {
      w.h3('Privégegevens (met jouw toestemming)');
      w.body(`Je gaf toestemming op ${day(i.diversity.consentGivenAt)}. Alleen jij en je contactpersoon kunnen dit zien.`);
      for (const f of i.diversity.fields) w.line(f.label, f.value);
    } else if (i.diversityWithheld) {
      w.h3('Privégegevens (met jouw toestemming)');
      w.body('Koers bewaart privégegevens met jouw toestemming. Alleen je contactpersoon mag die laten zien. Vraag je contactpersoon om dit overzicht te maken.');
    }
  }

  w.h2('Contactmomenten');
  if (c.contactMoments.length === 0) w.none('Er zijn nog geen contactmomenten.');
  for (const m of c.contactMoments) w.bullet(`${when(m.occurredAt)} — ${m.kind}, met ${m.with}${m.note ? `: ${m.note}` : ''}`);

  w.h2('Mijlpalen');
  if (c.milestones.length === 0) w.none('Er zijn nog geen mijlpalen.');
  for (const m of c.milestones) {
    w.bullet(`${formatDateNl(m.achievedOn)}: ${m.title}${m.goal ? ` (doel: ${m.goal})` : ''}${m.certificateName ? `. Certificaat: ${m.certificateName}` : ''}${m.note ? `. ${m.note}` : ''}`);
  }

  w.h2('Je netwerk');
  if (c.network.length === 0) w.none('Er staat nog niemand in je netwerk.');
  for (const n of c.network) {
    const contact = [n.organisation, n.phone, n.email].filter(Boolean).join(', ');
    w.bullet(`${n.name} — ${n.relation}${n.isLead ? ' (eindverantwoordelijke)' : ''}${contact ? `. ${contact}` : ''}${n.roleInPlan ? `. Rol: ${n.roleInPlan}` : ''}${n.removedAt ? `. Weggehaald op ${day(n.removedAt)}` : ''}`);
  }

  if (c.handovers.length) {
    w.h2('Wisseling van contactpersoon');
    for (const h of c.handovers) {
      w.h3(`Van ${h.from ?? 'geen contactpersoon'} naar ${h.to ?? 'iemand die nog niet bekend is'} (${h.status.toLowerCase()})`);
      if (h.plannedSwitchDate) w.body(`Geplande wissel: ${formatDateNl(h.plannedSwitchDate)}.`);
      if (h.announcedOn) w.body(`Je hoorde het op ${formatDateNl(h.announcedOn)}.`);
      if (h.yourPreference) w.body(`Jouw voorkeur: ${h.yourPreference.candidate ?? 'geen voorkeur'}${h.yourPreference.note ? ` — ${h.yourPreference.note}` : ''}.`);
      for (const m of h.meetings) {
        const confirmed = m.confirmedByYouAt ? `. Jij hebt bevestigd dat het gesprek er was${m.yourRemark ? `: ${m.yourRemark}` : ''}` : '';
        w.bullet(`Kennismaking op ${formatDateNl(m.heldOn)}${m.currentContactPresent ? ', samen met je klantmanager' : ''}${confirmed}`);
      }
      if (h.switchedAt) w.body(`Gewisseld op ${day(h.switchedAt)}.`);
      if (h.abortedAt) w.body(`Gestopt op ${day(h.abortedAt)}.`);
    }
  }
}

function drawVersion(v: InzagePlanVersion, w: Writers): void {
  w.h3(`Versie ${v.number} — ${v.statusLabel.toLowerCase()}`);
  if (v.signOff.establishedAt) w.body(`Samen afgesproken op ${day(v.signOff.establishedAt)}.`);
  if (v.signOff.youthAgreedAt) w.body(`Jij was het eens op ${day(v.signOff.youthAgreedAt)}.${v.signOff.youthAgreedVia ? ` ${v.signOff.youthAgreedVia}.` : ''}`);
  if (v.signOff.staffAgreedAt) w.body(`${v.signOff.staffAgreedBy ?? 'Je klantmanager'} was het eens op ${day(v.signOff.staffAgreedAt)}.`);
  if (v.goals.length === 0) w.none('Geen doelen.');
  v.goals.forEach((g, n) => {
    w.body(`Doel ${n + 1}: ${g.title} (${g.status.toLowerCase()})`, { underline: false });
    if (g.youthWords && g.youthWords !== g.title) w.body(`In jouw woorden: "${g.youthWords}"`, { indent: 10 });
    if (g.description) w.body(g.description, { indent: 10 });
    if (g.targetDate) w.body(`Klaar op: ${formatDateNl(g.targetDate)}`, { indent: 10 });
    if (g.letGoReason) w.body(`Losgelaten omdat: ${g.letGoReason}`, { indent: 10 });
    for (const s of g.steps) {
      w.bullet(`${s.text} (Wie: ${s.who}.${s.dueDate ? ` Voor ${formatDateNl(s.dueDate)}.` : ''})${s.doneAt ? ' Gedaan!' : ''}`);
    }
  });
  if (v.agreements.length) {
    w.body('Afspraken:');
    for (const a of v.agreements) w.bullet(`${a.kindLabel}: ${a.text}`);
  }
  if (v.consequences) w.body(`Als het een keer niet lukt: ${v.consequences}`);
  if (v.evaluationDate) w.body(`Volgende gesprek over hoe het gaat: ${formatDateNl(v.evaluationDate)}.`);
  if (v.evaluation) {
    w.body(`Besproken op ${day(v.evaluation.evaluatedAt)}:`);
    w.bullet(`Wat ging goed: ${v.evaluation.wentWell}`);
    w.bullet(`Wat was moeilijk: ${v.evaluation.wasHard}`);
    w.bullet(`Wat we veranderen: ${v.evaluation.changes}`);
    if (v.evaluation.youthView) w.bullet(`Wat jij ervan vond: ${v.evaluation.youthView}`);
  }
}
