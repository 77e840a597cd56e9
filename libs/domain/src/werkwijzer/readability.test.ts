import { describe, expect, it } from 'vitest';
import { countSyllables, fleschDouma, readabilityOf, sentencesOf, wordsOf } from './readability';
import { readsAsDuties, toneOf, toneOfWord } from './tone';

describe('Dutch syllable counter', () => {
  it.each([
    ['baan', 1],
    ['fiets', 1],
    ['nieuw', 1],
    ['leeuw', 1],
    ['één', 1],
    ['helpen', 2],
    ['knieën', 2],
    ['aaien', 2],
    ['bureau', 2],
    ['maatregel', 3],
    ['mijlpalen', 3],
    ['sociaal', 3],
    ['ooievaar', 3],
    ['oefenen', 3],
    ['situatie', 4],
    ['kinderopvang', 4],
    ['evalueren', 5],
    ['geëvalueerd', 5],
    ['reïntegratie', 5],
    ['re-integratie', 5],
    ['participatievoorziening', 8],
  ])('%s has %i syllables', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('counts a word without vowels as one syllable and a non-word as none', () => {
    expect(countSyllables('pft')).toBe(1);
    expect(countSyllables('123')).toBe(0);
  });
});

describe('words and sentences', () => {
  it('counts words with letters only, keeping hyphenated compounds together', () => {
    expect(wordsOf('Op 12 maart: re-integratie, € 50 en een cv!')).toEqual(['Op', 'maart', 're-integratie', 'en', 'een', 'cv']);
  });

  it('splits at . ! ? and line breaks, not after abbreviations', () => {
    expect(sentencesOf('Je zoekt werk, bijv. in de zorg. Lukt dat? Ja!\nEen titel zonder punt')).toEqual([
      'Je zoekt werk, bijv. in de zorg.',
      'Lukt dat?',
      'Ja!',
      'Een titel zonder punt',
    ]);
    expect(sentencesOf('Hulp o.a. bij geld.')).toEqual(['Hulp o.a. bij geld.']);
    expect(sentencesOf('  \n . \n')).toEqual([]);
  });
});

describe('Flesch–Douma readability', () => {
  it('applies the formula 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    expect(fleschDouma(10, 2, 15)).toBeCloseTo(206.835 - 0.93 * 5 - 77 * 1.5, 6);
  });

  it('scores short plain sentences as easy (B1 or easier)', () => {
    const r = readabilityOf({ texts: ['Je zoekt een baan.', 'Wij helpen je daarbij.', 'Een vaste slaapplek'] });
    // 11 words, 3 sentences, 15 syllables: 206.835 − 0.93 × 3.67 − 77 × 1.36 = 98.4
    expect(r).toEqual({
      score: 98,
      level: 'Heel makkelijk',
      meetsB1: true,
      words: 11,
      sentences: 3,
      averageWordsPerSentence: 3.7,
      longSentences: [],
      jargon: [],
    });
  });

  it('scores officialese as hard, and points out long sentences and jargon with a plainer word', () => {
    const sentence =
      'Indien belanghebbende de inlichtingenplicht niet nakomt of zich onvoldoende inspant om algemeen geaccepteerde arbeid te verkrijgen, wordt conform de verordening participatievoorzieningen een maatregel opgelegd.';
    const r = readabilityOf({ texts: [sentence] });
    expect(r.meetsB1).toBe(false);
    expect(r.score).toBeLessThan(30);
    expect(r.level).toBe('Heel moeilijk');
    expect(r.longSentences).toEqual([{ text: sentence, words: 24 }]);
    expect(r.jargon.map((j) => j.word)).toEqual(['Indien', 'inlichtingenplicht', 'conform', 'participatievoorzieningen', 'maatregel']);
    expect(r.jargon[0]).toEqual({ word: 'Indien', suggestion: 'als' });
    expect(r.jargon[4]).toEqual({ word: 'maatregel', suggestion: 'een lagere uitkering voor een tijd' });
  });

  it('does not point out a word the sentence itself explains, and lists each jargon word once', () => {
    const r = readabilityOf({ texts: ['Dan kan de gemeente je uitkering lager maken. Dat heet een maatregel.', 'Sanctie bij te laat komen.', 'Geen sanctie als je belt.'] });
    expect(r.jargon).toEqual([{ word: 'Sanctie', suggestion: 'straf, bijvoorbeeld een lagere uitkering' }]);
  });

  it('reports no score without text', () => {
    expect(readabilityOf({ texts: ['', '  '] })).toMatchObject({ score: null, meetsB1: false, words: 0, level: 'Geen tekst' });
  });
});

describe('tone: obligations against wishes and support', () => {
  it('classifies words', () => {
    expect(['moet', 'Verplichting', 'sancties', 'maatregelen'].map(toneOfWord)).toEqual(['obligation', 'obligation', 'obligation', 'obligation']);
    expect(['wil', 'graag', 'samen', 'ondersteuning', 'helpt', 'Talenten'].map(toneOfWord)).toEqual(['support', 'support', 'support', 'support', 'support', 'support']);
    expect(['baan', 'fiets'].map(toneOfWord)).toEqual([null, null]);
  });

  it('flags a plan that reads as a list of duties', () => {
    const tone = toneOf(['Je moet elke week 4 keer solliciteren.', 'Je bent verplicht om op afspraken te komen.', 'Doe je dat niet, dan volgt een sanctie.', 'Je moet je cv inleveren.']);
    expect(tone).toEqual({ obligationWords: 4, supportWords: 0, obligationShare: 1, obligationExamples: ['moet', 'verplicht', 'sanctie'] });
    expect(readsAsDuties(tone)).toBe(true);
  });

  it('does not flag a plan with wishes and support next to its obligations', () => {
    const tone = toneOf(['Ik wil graag in de zorg werken.', 'We zoeken samen een opleiding.', 'De gemeente helpt met de reiskosten.', 'Je moet op afspraken komen.']);
    expect(tone).toMatchObject({ obligationWords: 1, supportWords: 4, obligationShare: 0.2 });
    expect(readsAsDuties(tone)).toBe(false);
  });

  it('has no share when neither kind occurs', () => {
    const tone = toneOf(['Rijbewijs halen']);
    expect(tone.obligationShare).toBeNull();
    expect(readsAsDuties(tone)).toBe(false);
  });
});
