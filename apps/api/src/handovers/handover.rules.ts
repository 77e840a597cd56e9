import type { HandoverKind, HandoverNextStep, HandoverRequirement, HandoverWarning } from '@koers/contracts';
import { addDays, formatDateNl, type IsoDate, parseIsoDate } from '@koers/domain';

/** The facts of one open handover that the warm-handover rules look at. */
export interface HandoverFacts {
  kind: HandoverKind;
  hasSuccessor: boolean;
  accepted: boolean;
  announcedOn: IsoDate | null;
  meetingCount: number;
  meetingsWithContact: number;
  noteWritten: boolean;
  plannedSwitchDate: IsoDate | null;
  noticeDays: number;
  minMeetings: number;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  return Math.round((Date.UTC(y.y, y.m - 1, y.d) - Date.UTC(x.y, x.m - 1, x.d)) / 86_400_000);
}

/**
 * What a warm switch on `switchDay` still lacks. Empty means warm. The notice is counted from the
 * day the jongere was told to the day of the switch.
 */
export function missingForWarmSwitch(f: HandoverFacts, switchDay: IsoDate): HandoverRequirement[] {
  const missing: HandoverRequirement[] = [];
  if (!f.accepted) missing.push('acceptatie');
  if (!f.announcedOn) missing.push('aankondiging');
  else if (daysBetween(f.announcedOn, switchDay) < f.noticeDays) missing.push('aankondiging_op_tijd');
  if (f.meetingCount < f.minMeetings) missing.push('kennismakingen');
  if (f.minMeetings > 0 && f.meetingsWithContact === 0) missing.push('kennismaking_met_contactpersoon');
  if (!f.noteWritten) missing.push('overdrachtsnotitie');
  return missing;
}

/** The next thing to do, in the order of the werkwijzer. */
export function nextStep(f: HandoverFacts): HandoverNextStep {
  if (f.kind === 'uitval') return 'contactpersoon_toewijzen';
  if (!f.hasSuccessor) return 'opvolger_kiezen';
  if (!f.accepted) return 'wacht_op_acceptatie';
  if (!f.announcedOn) return 'aankondigen';
  if (f.meetingCount < f.minMeetings || (f.minMeetings > 0 && f.meetingsWithContact === 0)) return 'kennismaken';
  if (!f.noteWritten) return 'notitie_schrijven';
  return 'overdragen';
}

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

/** Warnings about the plan: shown on the handover and in the teamleider's view. */
export function warnings(f: HandoverFacts, today: IsoDate): HandoverWarning[] {
  if (f.kind === 'uitval' || !f.plannedSwitchDate) return [];
  const out: HandoverWarning[] = [];
  const planned = f.plannedSwitchDate;
  if (planned < today) {
    out.push({ code: 'datum_verstreken', message: `De geplande overdrachtsdatum (${formatDateNl(planned)}) is voorbij. Kies een nieuwe datum of draag nu over.` });
  }
  if (!f.announcedOn) {
    if (daysBetween(today, planned) < f.noticeDays) {
      out.push({
        code: 'aankondiging_te_laat',
        message: `De jongere weet het nog niet, en de overdracht is over ${days(Math.max(0, daysBetween(today, planned)))}. Het team vraagt dat de jongere het minstens ${days(f.noticeDays)} van tevoren hoort. Kies een latere datum, of draag koud over met een reden.`,
      });
    }
  } else if (daysBetween(f.announcedOn, planned) < f.noticeDays) {
    out.push({
      code: 'aankondiging_te_laat',
      message: `De jongere hoorde het ${days(Math.max(0, daysBetween(f.announcedOn, planned)))} voor de geplande overdracht. Het team vraagt minstens ${days(f.noticeDays)}. Kies een datum vanaf ${formatDateNl(addDays(f.announcedOn, f.noticeDays))}.`,
    });
  }
  const meetingsNeeded = f.minMeetings - f.meetingCount;
  if (meetingsNeeded > 0 && planned >= today && daysBetween(today, planned) <= 7) {
    out.push({
      code: 'te_weinig_kennismakingen',
      message: `Er ${meetingsNeeded === 1 ? 'is nog 1 kennismaking' : `zijn nog ${meetingsNeeded} kennismakingen`} nodig voor ${formatDateNl(planned)}.`,
    });
  }
  return out;
}

/**
 * A reminder that is due today for the contact person, if any: the step the werkwijzer expects by
 * now. Announce `noticeDays` before the switch, meet from a week before, write the note three days
 * before, switch on the day.
 */
export function dueStep(f: HandoverFacts, today: IsoDate): Exclude<HandoverNextStep, 'opvolger_kiezen' | 'wacht_op_acceptatie' | 'contactpersoon_toewijzen'> | null {
  if (f.kind === 'uitval' || !f.plannedSwitchDate || !f.accepted) return null;
  const left = daysBetween(today, f.plannedSwitchDate);
  const step = nextStep(f);
  if (step === 'aankondigen' && left <= f.noticeDays) return step;
  if (step === 'kennismaken' && left <= 7) return step;
  if (step === 'notitie_schrijven' && left <= 3) return step;
  if (step === 'overdragen' && left <= 0) return step;
  return null;
}

/** The handover is, or is about to be, cold: the teamleider hears about it. */
export function turningCold(f: HandoverFacts, today: IsoDate): boolean {
  if (f.kind === 'uitval' || !f.plannedSwitchDate) return false;
  if (!f.announcedOn && daysBetween(today, f.plannedSwitchDate) < f.noticeDays) return true;
  return f.plannedSwitchDate <= today && missingForWarmSwitch(f, today).length > 0;
}
