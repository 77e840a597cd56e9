import type { WerkwijzerContent, WerkwijzerFactor, WerkwijzerPanel, WerkwijzerPanelFactor } from '@koers/contracts';

const factor = (number: string, theme: number, title: string, moments: WerkwijzerFactor['moments']): WerkwijzerFactor => ({
  number,
  theme,
  title,
  explanation: `Uitleg bij ${title}.`,
  tips: [{ title: `Tip bij ${number}`, text: `Tekst van de tip bij ${number}.`, points: number === '1.2' ? ['de leefsituatie', 'de wensen'] : [] }],
  moments,
});

/** A small werkwijzer: enough factors to tell the moments apart. */
export function makeContent(): WerkwijzerContent {
  return {
    themes: [
      {
        number: 1,
        title: 'Motivatie, kwaliteiten en interesses',
        introduction: 'Inleiding thema 1.',
        factors: [
          factor('1.1', 1, 'Een vertrouwensband', ['intake', 'handover']),
          factor('1.2', 1, 'Vraaggericht begeleiden', ['intake', 'plan']),
          factor('1.7', 1, 'De jongere is mede-eigenaar', ['plan']),
        ],
      },
      {
        number: 5,
        title: 'Persoonlijke omstandigheden',
        introduction: 'Inleiding thema 5.',
        factors: [factor('5.21', 5, 'Stress-sensitief werken', ['plan', 'milestone']), factor('6.25', 5, 'Positieve aandacht', ['milestone'])],
      },
    ],
    intakePrompts: [{ area: 'wonen', title: 'Wonen', introduction: 'Vraag naar een vaste slaapplek.', questions: ['Waar woon je nu, en met wie?'], factors: ['1.2', '5.20'] }],
    planQualityRules: [{ rule: 'readability', title: 'Goed te lezen (B1)', explanation: 'Korte zinnen.', tips: ['Schrijf korte zinnen.'], factors: ['1.7'] }],
  };
}

export function makePanelFactor(overrides: Partial<WerkwijzerPanelFactor> = {}): WerkwijzerPanelFactor {
  return { number: '1.1', title: 'Een vertrouwensband', moments: ['intake'], source: 'automatic', status: 'evidence', evidence: null, mark: null, ...overrides };
}

export function makePanel(caseId: string, overrides: Partial<WerkwijzerPanel> = {}): WerkwijzerPanel {
  return {
    caseId,
    computedAt: '2026-11-23T13:00:00.000Z',
    themes: [
      {
        number: 1,
        title: 'Motivatie, kwaliteiten en interesses',
        summary: { applied: 1, applicable: 2, total: 2 },
        factors: [
          makePanelFactor({ number: '1.1', title: 'Een vertrouwensband', status: 'evidence', evidence: 'Eén contactpersoon sinds de aanmelding' }),
          makePanelFactor({ number: '1.3', title: 'Motivatie en interesses', source: 'manual', status: 'not-computed' }),
        ],
      },
      {
        number: 5,
        title: 'Persoonlijke omstandigheden',
        summary: { applied: 1, applicable: 1, total: 1 },
        factors: [makePanelFactor({ number: '5.21', title: 'Stress-sensitief werken', status: 'evidence', evidence: '3 mijlpalen gevierd' })],
      },
    ],
    planQuality: {
      planVersion: { id: 'p1', number: 2, status: 'concept' },
      checks: [
        { rule: 'youth_involved', title: 'De jongere doet mee', status: 'pass', reason: 'De jongere heeft het plan bekeken.' },
        { rule: 'goals_concrete', title: 'Doelen zijn concreet', status: 'attention', reason: '2 doelen hebben nog geen streefdatum: Rijbewijs, Cv maken' },
      ],
      readability: {
        score: 52,
        level: 'Wat moeilijk (B2)',
        meetsB1: false,
        words: 120,
        sentences: 8,
        averageWordsPerSentence: 15,
        longSentences: [{ text: 'Een hele lange zin over re-integratie en nog veel meer woorden die er niet toe doen.', words: 24 }],
        jargon: [{ word: 're-integratie', suggestion: 'hulp bij werk' }],
      },
      tone: { obligationWords: 3, supportWords: 1, obligationShare: 0.75, obligationExamples: ['moet', 'verplicht'] },
    },
    permissions: { canMark: true },
    ...overrides,
  };
}
