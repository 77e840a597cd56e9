import { SELF_CHECK_MIN_RESPONDENTS, type SelfCheckGroupResult, type SelfCheckRespondentKind, type SelfCheckScore } from '@koers/contracts';

/*
 * Aggregation of "Doe de check" answers into what a team may see. Individual answers never leave
 * this function: a theme shows numbers only when at least `minRespondents` people gave it a score,
 * and a factor counts as "low" only when at least that many scored it.
 */

export interface SelfCheckAnswerFact {
  respondentId: string;
  kind: SelfCheckRespondentKind;
  factor: string;
  /** 1–10, or null for n.v.t. */
  score: SelfCheckScore;
}

export interface SelfCheckThemeFactors {
  number: number;
  factors: readonly string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const standardDeviation = (values: number[]) => {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
};

/**
 * Per theme: each respondent's mean over the factors they scored in that theme (n.v.t. left out),
 * then the mean and spread over respondents. A group is shown when at least `minRespondents` people
 * answered anything; a theme when at least that many scored it.
 */
export function aggregateSelfCheck(
  answers: readonly SelfCheckAnswerFact[],
  themes: readonly SelfCheckThemeFactors[],
  minRespondents = SELF_CHECK_MIN_RESPONDENTS,
): SelfCheckGroupResult {
  const respondents = new Set(answers.map((a) => a.respondentId)).size;
  const themeOf = new Map(themes.flatMap((t) => t.factors.map((f) => [f, t.number] as const)));
  return {
    respondents,
    shown: respondents >= minRespondents,
    themes: themes.map((theme) => {
      const perRespondent = new Map<string, number[]>();
      for (const a of answers) {
        if (a.score === null || themeOf.get(a.factor) !== theme.number) continue;
        perRespondent.set(a.respondentId, [...(perRespondent.get(a.respondentId) ?? []), a.score]);
      }
      const means = [...perRespondent.values()].map(mean);
      const shown = means.length >= minRespondents;
      return {
        theme: theme.number,
        respondents: means.length,
        shown,
        average: shown ? round1(mean(means)) : null,
        standardDeviation: shown ? round1(standardDeviation(means)) : null,
      };
    }),
  };
}

export interface SelfCheckFactorAverage {
  factor: string;
  average: number;
  respondents: number;
}

/** The `limit` lowest-scoring factors that at least `minRespondents` people scored, lowest first (ties in factor order). */
export function lowestSelfCheckFactors(
  answers: readonly SelfCheckAnswerFact[],
  factorOrder: readonly string[],
  limit = 3,
  minRespondents = SELF_CHECK_MIN_RESPONDENTS,
): SelfCheckFactorAverage[] {
  const scores = new Map<string, number[]>();
  for (const a of answers) if (a.score !== null) scores.set(a.factor, [...(scores.get(a.factor) ?? []), a.score]);
  return factorOrder
    .filter((f) => (scores.get(f)?.length ?? 0) >= minRespondents)
    .map((f) => ({ factor: f, average: round1(mean(scores.get(f)!)), respondents: scores.get(f)!.length }))
    .sort((a, b) => a.average - b.average || factorOrder.indexOf(a.factor) - factorOrder.indexOf(b.factor))
    .slice(0, limit);
}
