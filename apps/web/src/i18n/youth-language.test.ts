import { readabilityOf } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import inzage from '../features/inzage/messages.nl.json';
import myHandover from '../features/my-handover/messages.nl.json';
import myPlan from '../features/my-plan/messages.nl.json';

/**
 * Every text a jongere reads in Koers is plain Dutch at B1 level: Flesch–Douma at or above the B1 line,
 * no sentence over 20 words, no jargon without an explanation, and "je/jij" — never the formal "u".
 * The same check (libs/domain) the plan-quality panel runs on a plan.
 */
const YOUTH_CATALOGS: Record<string, Record<string, string>> = { 'my-plan': myPlan, 'my-handover': myHandover, inzage };

describe.each(Object.entries(YOUTH_CATALOGS))('the texts of %s for jongeren', (_name, catalog) => {
  const texts = Object.values(catalog).map((text) => text.replace(/\{\w+\}/g, 'Noa'));

  it('read at B1 level, in short sentences, without jargon', () => {
    const report = readabilityOf({ texts });
    expect(report.meetsB1, `Flesch–Douma ${report.score}`).toBe(true);
    expect(report.longSentences).toEqual([]);
    expect(report.jargon).toEqual([]);
  });

  it('speak to the jongere as "je", never as "u"', () => {
    expect(Object.entries(catalog).filter(([, text]) => /\b(u|uw)\b/i.test(text))).toEqual([]);
  });
});
