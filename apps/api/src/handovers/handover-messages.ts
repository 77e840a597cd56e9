import { HANDOVER_REQUIREMENT_LABELS, type HandoverRequirement } from '@koers/contracts';
import { formatDateNl, todayInNl } from '@koers/domain';
import type { OutgoingNotification } from '../notifications/notification-sender';

/**
 * The Dutch texts of handover notifications, in one place. Texts for staff may name the jongere;
 * the text for the jongere is B1 and contains nothing internal.
 */
type Base = { caseId: string; handoverId: string; youthName: string };

const list = (missing: readonly HandoverRequirement[]) => missing.map((m) => HANDOVER_REQUIREMENT_LABELS[m].toLowerCase()).join('; ');

export const HandoverMessages = {
  chosen(to: string, b: Base & { by: string; plannedSwitchDate: string | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_voorgesteld',
      title: `U bent gevraagd als nieuwe contactpersoon van ${b.youthName}`,
      body: `${b.by} vraagt of u de contactpersoon van ${b.youthName} wilt worden${b.plannedSwitchDate ? `, vanaf ${formatDateNl(b.plannedSwitchDate)}` : ''}. U kunt het traject nu inzien. Accepteer de overdracht, of geef aan waarom het niet kan.`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  startedByLeader(to: string, b: Base & { by: string; plannedSwitchDate: string }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_stap',
      title: `Overdracht gestart voor ${b.youthName}`,
      body: `${b.by} heeft een overdracht gestart voor ${b.youthName}, gepland op ${formatDateNl(b.plannedSwitchDate)}. U begeleidt de overdracht: vertel het de jongere ruim op tijd, plan kennismakingen en schrijf een overdrachtsnotitie.`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  bulkStarted(to: string, b: { count: number; by: string; plannedSwitchDate: string }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_stap',
      title: b.count === 1 ? 'Overdracht gepland voor 1 traject' : `Overdrachten gepland voor ${b.count} trajecten`,
      body: `${b.by} heeft overdrachten gepland voor uw trajecten, op ${formatDateNl(b.plannedSwitchDate)}. Begeleid elke overdracht: vertel het de jongere ruim op tijd, plan kennismakingen en schrijf een overdrachtsnotitie.`,
    };
  },

  accepted(to: string, b: Base & { successor: string; noticeDays: number; plannedSwitchDate: string | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_geaccepteerd',
      title: `${b.successor} neemt het traject van ${b.youthName} over`,
      body: b.plannedSwitchDate
        ? `Vertel het ${b.youthName} ruim op tijd: het team vraagt minstens ${b.noticeDays} dagen voor de overdracht op ${formatDateNl(b.plannedSwitchDate)}.`
        : null,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  declined(to: string, b: Base & { successor: string; reason: string }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_afgewezen',
      title: `${b.successor} kan het traject van ${b.youthName} niet overnemen`,
      body: `Reden: ${b.reason}. Kies een andere opvolger.`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  dateChanged(to: string, b: Base & { plannedSwitchDate: string }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_stap',
      title: `Nieuwe overdrachtsdatum voor ${b.youthName}`,
      body: `De overdracht van ${b.youthName} is nu gepland op ${formatDateNl(b.plannedSwitchDate)}.`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  noteReady(to: string, b: Base): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_stap',
      title: `De overdrachtsnotitie voor ${b.youthName} staat klaar`,
      body: 'Lees wat werkt bij deze jongere, wat u beter kunt vermijden en welke toezeggingen nog lopen.',
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  stepDue(to: string, b: Base & { step: 'aankondigen' | 'kennismaken' | 'notitie_schrijven' | 'overdragen'; plannedSwitchDate: string }): OutgoingNotification {
    const date = formatDateNl(b.plannedSwitchDate);
    const texts = {
      aankondigen: [`Vertel ${b.youthName} over de overdracht`, `De overdracht is gepland op ${date}. Vertel het de jongere nu, zodat er tijd is om kennis te maken.`],
      kennismaken: [`Plan de kennismaking voor ${b.youthName}`, `Voor de overdracht op ${date} zijn nog kennismakingen nodig, minstens één samen met u.`],
      notitie_schrijven: [`Schrijf de overdrachtsnotitie voor ${b.youthName}`, `De overdracht is op ${date}. Schrijf op wat werkt, wat u beter kunt vermijden en welke toezeggingen lopen.`],
      overdragen: [`Draag het traject van ${b.youthName} over`, `Alles is klaar voor de overdracht die gepland stond op ${date}.`],
    } as const;
    const [title, body] = texts[b.step];
    return { userId: to, kind: 'overdracht_stap', title, body, caseId: b.caseId, handoverId: b.handoverId, dedupeKey: `handover:${b.handoverId}:${b.step}:${b.plannedSwitchDate}` };
  },

  turningCold(to: string, b: Base & { plannedSwitchDate: string; warnings: string[] }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_koud',
      title: `De overdracht van ${b.youthName} dreigt koud te worden`,
      body: b.warnings.join(' ') || `De overdracht is gepland op ${formatDateNl(b.plannedSwitchDate)} en is nog niet warm.`,
      caseId: b.caseId,
      handoverId: b.handoverId,
      dedupeKey: `handover:${b.handoverId}:dreigt_koud:${b.plannedSwitchDate}`,
    };
  },

  switchedCold(to: string, b: Base & { from: string; successor: string; missing: readonly HandoverRequirement[]; coldReason: string }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_koud',
      title: `Koude overdracht: ${b.youthName}`,
      body: `${b.from} heeft het traject overgedragen aan ${b.successor}. Niet gedaan: ${list(b.missing)}. Reden: ${b.coldReason}`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  nowContact(to: string, b: Base & { from: string | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_afgerond',
      title: `U bent nu de contactpersoon van ${b.youthName}`,
      body: b.from ? `U neemt het traject over van ${b.from}. Lees de overdrachtsnotitie en neem contact op met de jongere.` : 'Neem zo snel mogelijk contact op met de jongere.',
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  handedOver(to: string, b: Base & { successor: string; readUntil: Date | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_afgerond',
      title: `Het traject van ${b.youthName} is overgedragen aan ${b.successor}`,
      body: b.readUntil && b.readUntil.getTime() > Date.now() ? `U kunt het traject nog inzien tot ${formatDateNl(todayInNl(b.readUntil))}, voor vragen.` : null,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  aborted(to: string, b: Base & { reason: string }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_afgebroken',
      title: `De overdracht van ${b.youthName} gaat niet door`,
      body: `Reden: ${b.reason}`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },

  withoutContact(to: string, b: { count: number; formerContact: string; caseId: string | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'zonder_contactpersoon',
      title: b.count === 1 ? '1 traject zonder contactpersoon' : `${b.count} trajecten zonder contactpersoon`,
      body: `Het account van ${b.formerContact} is uitgeschakeld. Wijs zo snel mogelijk een nieuwe contactpersoon toe.`,
      caseId: b.caseId,
    };
  },

  /** To the jongere, from the new contact person: B1, nothing internal. */
  toYouth(to: string, b: { caseId: string; youthName: string; contactName: string; contactEmail: string | null }): OutgoingNotification {
    const firstName = b.youthName.trim().split(/\s+/)[0];
    return {
      userId: to,
      kind: 'nieuwe_contactpersoon',
      title: `Je nieuwe contactpersoon is ${b.contactName}`,
      body: `Hoi ${firstName}, ik ben ${b.contactName}. Vanaf nu ben ik je contactpersoon bij de gemeente.${b.contactEmail ? ` Je kunt me mailen op ${b.contactEmail}.` : ''} Heb je een vraag? Laat het me gerust weten. Ik kijk ernaar uit je te spreken!`,
      caseId: b.caseId,
    };
  },
};
