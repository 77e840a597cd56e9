import type { ToneReport } from '@koers/contracts';
import { wordsOf } from './readability';

/*
 * Tone of a plan: how much of its steering wording is about duties ("moet", "verplicht", "sanctie")
 * against wishes and support ("wil", "graag", "samen", "helpen"). The Inspectie SZW found plans that
 * hold mostly obligations in a negative tone; this makes such a plan visible.
 */

/** A plan whose steering words are more than this share about duties reads as a list of duties. */
export const OBLIGATION_SHARE_LIMIT = 0.5;

/** Obligation wording: whole words, or (for the longer stems) the start of a word. */
const OBLIGATION_WORDS = ['moet', 'moeten', 'moest', 'moesten', 'dient', 'dienen', 'plicht', 'plichten', 'eis', 'eist', 'eisen', 'boete', 'straf', 'gekort', 'korting', 'verlaagd', 'controle'];
const OBLIGATION_STEMS = ['verplicht', 'maatregel', 'sanctie', 'verlaging', 'handhav', 'verwijtba', 'inlichtingenplicht', 'sollicitatieplicht', 'arbeidsverplichting'];

/** Wish and support wording. */
const SUPPORT_WORDS = [
  'wil', 'wilt', 'willen', 'wens', 'wensen', 'graag', 'droom', 'dromen', 'samen', 'help', 'helpt', 'helpen', 'hulp', 'kies', 'kiest', 'kiezen', 'keuze',
  'leuk', 'trots', 'vieren', 'kans', 'kansen', 'mogelijk', 'mogelijkheden', 'plezier', 'regelen', 'meedenken', 'meegaan',
];
const SUPPORT_STEMS = ['ondersteun', 'steun', 'begeleid', 'interesse', 'talent', 'kwaliteit', 'coach'];

export type WordKind = 'obligation' | 'support' | null;

export function toneOfWord(word: string): WordKind {
  const w = word.toLowerCase();
  if (OBLIGATION_WORDS.includes(w) || OBLIGATION_STEMS.some((s) => w.startsWith(s))) return 'obligation';
  if (SUPPORT_WORDS.includes(w) || SUPPORT_STEMS.some((s) => w.startsWith(s))) return 'support';
  return null;
}

export function toneOf(texts: readonly string[]): ToneReport {
  let obligationWords = 0;
  let supportWords = 0;
  const examples = new Set<string>();
  for (const word of texts.flatMap(wordsOf)) {
    const kind = toneOfWord(word);
    if (kind === 'obligation') {
      obligationWords++;
      examples.add(word.toLowerCase());
    } else if (kind === 'support') {
      supportWords++;
    }
  }
  const total = obligationWords + supportWords;
  return {
    obligationWords,
    supportWords,
    obligationShare: total === 0 ? null : Math.round((obligationWords / total) * 100) / 100,
    obligationExamples: [...examples],
  };
}

/** True when the plan reads as a list of duties. */
export function readsAsDuties(tone: ToneReport): boolean {
  return tone.obligationShare !== null && tone.obligationShare > OBLIGATION_SHARE_LIMIT;
}
