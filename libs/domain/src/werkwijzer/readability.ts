import type { JargonHit, ReadabilityReport, ReadabilitySentence } from '@koers/contracts';

/*
 * Readability of Dutch text: the Flesch–Douma score (the Dutch adaptation of Flesch reading ease),
 * with a Dutch syllable counter, long sentences and jargon pointed out. B1 — the level most adults
 * read easily — is the target; a score of 60 or higher is read as B1 here.
 */

/** Score at or above which a text counts as B1 (Flesch–Douma "normaal" and easier). */
export const B1_MIN_SCORE = 60;
/** Sentences with more words than this are pointed out (B1 guidance: keep sentences short). */
export const LONG_SENTENCE_WORDS = 20;

/**
 * Vowel units that form one syllable nucleus, longest first. A run of vowels is split greedily into
 * these units, so "ui", "ij", "eeu" count once and "ua" (situatie) or "ie-e" count twice. A vowel
 * with a diaeresis (ë, ï) always starts a new syllable, because it is not part of any unit.
 */
const VOWEL_UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au', 'oi', 'éé', 'a', 'e', 'i', 'o', 'u', 'y', 'á', 'é', 'è', 'ê', 'ë', 'í', 'ï', 'ó', 'ö', 'ú', 'ü'];
const VOWEL_RUN = /(?:ij|[aeiouyáéèêëíïóöúü])+/g;

/** Number of syllables of one Dutch word (at least 1 for a word with letters). */
export function countSyllables(word: string): number {
  // The parts of a compound written with a hyphen (re-integratie) are counted apart.
  if (/[-'’]/.test(word)) return word.split(/[-'’]/).reduce((n, part) => n + countSyllables(part), 0);
  const w = word.toLowerCase().replace(/[^a-zà-ÿ]/g, '');
  if (!w) return 0;
  let count = 0;
  for (const run of w.match(VOWEL_RUN) ?? []) {
    let i = 0;
    while (i < run.length) {
      const unit = VOWEL_UNITS.find((u) => run.startsWith(u, i))!;
      i += unit.length;
      count++;
    }
  }
  return Math.max(1, count);
}

/** Words with at least one letter (numbers and symbols are not counted as words). */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).filter((w) => /\p{L}/u.test(w));
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = ['bijv', 'bv', 'o.a', 'd.w.z', 'enz', 'ca', 'z.s.m', 'i.p.v', 'm.b.t', 't.a.v', 'evt', 'nr', 'mevr', 'dhr', 'incl', 'excl', 'etc', 'vs', 'jl', 'a.s'];

/** Splits a text into sentences: at . ! ? (not after a known abbreviation) and at line breaks. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    const parts = block.split(/(?<=[.!?])\s+/);
    let current = '';
    parts.forEach((part, i) => {
      current = current ? `${current} ${part}` : part;
      const token = /(\S+)\.$/.exec(current.trim())?.[1]?.replace(/^[^\p{L}]+/u, '').toLowerCase();
      if (i < parts.length - 1 && token && ABBREVIATIONS.includes(token)) return;
      if (wordsOf(current).length) out.push(current.trim());
      current = '';
    });
  }
  return out;
}

/** Words that many jongeren do not know, with a plainer way to say them. Matched as whole words (and as the end of a compound). */
export const JARGON: Readonly<Record<string, string>> = {
  're-integratie': 'hulp om (weer) aan het werk te gaan',
  reintegratie: 'hulp om (weer) aan het werk te gaan',
  'reïntegratie': 'hulp om (weer) aan het werk te gaan',
  participatievoorziening: 'hulp of regeling om mee te doen',
  voorziening: 'hulp of regeling',
  sanctie: 'straf, bijvoorbeeld een lagere uitkering',
  maatregel: 'een lagere uitkering voor een tijd',
  arbeidstoeleiding: 'hulp op weg naar werk',
  startkwalificatie: 'diploma op havo-, vwo- of mbo-2-niveau',
  inlichtingenplicht: 'plicht om veranderingen door te geven',
  tegenprestatie: 'iets terugdoen voor de uitkering',
  handhaving: 'controle',
  verwijtbaar: 'door eigen schuld',
  ontheffing: 'vrijstelling: u hoeft het (even) niet',
  arbeidsverplichtingen: 'afspraken over werk zoeken',
  trajectplan: 'plan',
  casemanager: 'contactpersoon',
  middels: 'met',
  teneinde: 'om',
  alsmede: 'en',
  conform: 'volgens',
  dienen: 'moeten',
  dient: 'moet',
  derhalve: 'daarom',
  indien: 'als',
  inzake: 'over',
  omtrent: 'over',
  betreffende: 'over',
};

/** A jargon word is explained when its sentence says what it means ("Dat heet een maatregel."). */
const EXPLAINS = /\b(heet|heten|noemen we|betekent|wil zeggen)\b/i;

export interface ReadabilityInput {
  /** The texts the jongere reads, each on its own (a goal title is a sentence even without a full stop). */
  texts: readonly string[];
}

function levelOf(score: number): string {
  if (score >= 80) return 'Heel makkelijk';
  if (score >= 70) return 'Makkelijk';
  if (score >= B1_MIN_SCORE) return 'Goed te lezen (B1)';
  if (score >= 50) return 'Wat moeilijk';
  if (score >= 30) return 'Moeilijk';
  return 'Heel moeilijk';
}

/** Flesch–Douma: 206.835 − 0.93 × (words/sentences) − 77 × (syllables/words). */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

function jargonIn(sentence: string): JargonHit[] {
  if (EXPLAINS.test(sentence)) return [];
  const hits: JargonHit[] = [];
  for (const word of wordsOf(sentence)) {
    const lower = word.toLowerCase();
    // The word itself, or without a plural ending (maatregelen, sancties); long entries also at the end of a compound.
    const forms = [lower, lower.replace(/(en|s)$/, '')];
    const key = Object.keys(JARGON).find((j) => forms.some((f) => f === j || (j.length >= 8 && f.endsWith(j))));
    if (key) hits.push({ word, suggestion: JARGON[key]! });
  }
  return hits;
}

export function readabilityOf({ texts }: ReadabilityInput): ReadabilityReport {
  const sentences = texts.flatMap(sentencesOf);
  let words = 0;
  let syllables = 0;
  const longSentences: ReadabilitySentence[] = [];
  const jargon = new Map<string, JargonHit>();
  for (const s of sentences) {
    const ws = wordsOf(s);
    words += ws.length;
    syllables += ws.reduce((n, w) => n + countSyllables(w), 0);
    if (ws.length > LONG_SENTENCE_WORDS) longSentences.push({ text: s, words: ws.length });
    for (const hit of jargonIn(s)) if (!jargon.has(hit.word.toLowerCase())) jargon.set(hit.word.toLowerCase(), hit);
  }
  if (words === 0) {
    return { score: null, level: 'Geen tekst', meetsB1: false, words: 0, sentences: 0, averageWordsPerSentence: 0, longSentences: [], jargon: [] };
  }
  const score = Math.round(fleschDouma(words, sentences.length, syllables));
  return {
    score,
    level: levelOf(score),
    meetsB1: score >= B1_MIN_SCORE,
    words,
    sentences: sentences.length,
    averageWordsPerSentence: Math.round((words / sentences.length) * 10) / 10,
    longSentences,
    jargon: [...jargon.values()],
  };
}
