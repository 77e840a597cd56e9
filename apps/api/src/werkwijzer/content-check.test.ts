import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INTAKE_PROMPT_AREAS, PLAN_QUALITY_RULES, WERKWIJZER_MOMENTS } from '@koers/contracts';
import { AUTOMATIC_FACTORS, WERKWIJZER_FACTOR_NUMBERS } from '@koers/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWerkwijzerContent, WerkwijzerContentError } from './werkwijzer-content';

/** The content as it ships: content/werkwijzer in the repository. */
const CONTENT = resolve(__dirname, '../../../../content/werkwijzer');

describe('werkwijzer content (content/werkwijzer), checked against the schema', () => {
  const temp: string[] = [];
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-werkwijzer-'));
    temp.push(dir);
    cpSync(CONTENT, dir, { recursive: true });
    return dir;
  };
  afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is valid: 7 themes, 31 factors, every intake area and plan-quality rule', () => {
    const content = loadWerkwijzerContent(CONTENT);
    expect(content.themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(content.themes.flatMap((t) => t.factors.map((f) => f.number))).toEqual([...WERKWIJZER_FACTOR_NUMBERS]);
    expect(content.intakePrompts.map((p) => p.area)).toEqual([...INTAKE_PROMPT_AREAS]);
    expect(content.planQualityRules.map((r) => r.rule)).toEqual([...PLAN_QUALITY_RULES]);
    for (const f of content.themes.flatMap((t) => t.factors)) {
      expect(f.tips.length, f.number).toBeGreaterThan(0);
      expect(f.moments.every((m) => (WERKWIJZER_MOMENTS as readonly string[]).includes(m)), f.number).toBe(true);
    }
    // Every moment has tips somewhere, so the case page can show them at that moment.
    const used = new Set(content.themes.flatMap((t) => t.factors.flatMap((f) => f.moments)));
    expect([...WERKWIJZER_MOMENTS].filter((m) => !used.has(m))).toEqual([]);
  });

  it('has every factor 1.1–7.31 exactly once in the files themselves', () => {
    const numbers = readdirSync(join(CONTENT, 'factors')).map((name) => /^number:\s*(\S+)/m.exec(readFileSync(join(CONTENT, 'factors', name), 'utf8'))?.[1]);
    expect([...numbers].sort()).toEqual([...WERKWIJZER_FACTOR_NUMBERS].sort());
    expect(new Set(numbers).size).toBe(31);
  });

  it('computes at least 12 factors automatically', () => {
    expect(AUTOMATIC_FACTORS.length).toBeGreaterThanOrEqual(12);
  });

  it('fails with the file name and the problem when a file is broken', () => {
    const dir = copy();
    const file = join(dir, 'factors', '4.17-mentor-coach-buddy.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('moments: [network, plan, contact]', 'moments: [netwerk]'));
    expect(() => loadWerkwijzerContent(dir)).toThrow(WerkwijzerContentError);
    expect(() => loadWerkwijzerContent(dir)).toThrow(/factors\/4\.17-mentor-coach-buddy\.md:4: onbekende waarde\(n\) in "moments": netwerk/);
  });

  it('fails when a factor is missing or present twice', () => {
    const dir = copy();
    rmSync(join(dir, 'factors', '2.9-certificaten.md'));
    cpSync(join(dir, 'factors', '5.20-urgente-problemen-eerst.md'), join(dir, 'factors', '5.20-kopie.md'));
    let message = '';
    try {
      loadWerkwijzerContent(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('bevat 2 fouten');
    expect(message).toContain('factors/: succesfactor 2.9 ontbreekt');
    expect(message).toMatch(/factors\/5\.20-urgente-problemen-eerst\.md:2: succesfactor 5\.20 staat er al in factors\/5\.20-kopie\.md/);
  });

  it('fails plainly when the folder does not exist', () => {
    expect(() => loadWerkwijzerContent(join(tmpdir(), 'bestaat-niet-koers'))).toThrow(/werkwijzer-inhoud is niet gevonden: de map .*bestaat-niet-koers bestaat niet/);
  });
});
