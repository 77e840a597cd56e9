import { INTAKE_PROMPT_AREAS, PLAN_QUALITY_RULES } from '@koers/contracts';
import { describe, expect, it } from 'vitest';
import { buildWerkwijzerContent, type ContentFile, formatContentProblem, WERKWIJZER_FACTOR_NUMBERS, WERKWIJZER_THEME_FACTORS } from './content-schema';

const theme = (n: number): ContentFile => ({ path: `themes/${n}-thema.md`, text: `---\ntheme: ${n}\ntitle: Thema ${n}\n---\nUitleg bij thema ${n}.\n` });
const factor = (number: string, extra = ''): ContentFile => ({
  path: `factors/${number}-factor.md`,
  text: `---\nnumber: ${number}\ntitle: Factor ${number}\nmoments: [plan, contact]\n---\nUitleg bij ${number}.\n\n## Tips\n- **Eerste tip.** Doe dit,\n  en ga zo door.\n  - punt een\n  - punt twee\n- **Tweede tip:** Nog iets.\n${extra}`,
});
const prompts = (area: string): ContentFile => ({ path: `intake-prompts/${area}.md`, text: `---\narea: ${area}\ntitle: ${area}\nfactors: [5.18, 1.2]\n---\n## Vragen\n- Hoe gaat het?\n- Wat wil je?\n` });
const rule = (r: string): ContentFile => ({ path: `plan-quality/${r}.md`, text: `---\nrule: ${r}\ntitle: Regel ${r}\n---\nWaarom dit telt.\n\n## Tips\n- Doe het zo.\n` });

function validSet(): ContentFile[] {
  return [
    { path: 'README.md', text: '# Uitleg, wordt overgeslagen' },
    ...[1, 2, 3, 4, 5, 6, 7].map(theme),
    ...WERKWIJZER_FACTOR_NUMBERS.map((n) => factor(n)),
    ...INTAKE_PROMPT_AREAS.map(prompts),
    ...PLAN_QUALITY_RULES.map(rule),
  ];
}

function problemsOf(files: ContentFile[]): string[] {
  const result = buildWerkwijzerContent(files);
  return result.ok ? [] : result.problems.map(formatContentProblem);
}

const replace = (files: ContentFile[], path: string, text: string) => files.map((f) => (f.path === path ? { ...f, text } : f));

describe('werkwijzer content schema', () => {
  it('numbers the 31 factors in 7 themes as in the source', () => {
    expect(WERKWIJZER_FACTOR_NUMBERS).toHaveLength(31);
    expect(WERKWIJZER_FACTOR_NUMBERS[0]).toBe('1.1');
    expect(WERKWIJZER_FACTOR_NUMBERS[30]).toBe('7.31');
    expect(WERKWIJZER_FACTOR_NUMBERS.map((n) => Number(n.split('.')[1]))).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(Object.values(WERKWIJZER_THEME_FACTORS).map((f) => f.length)).toEqual([7, 4, 3, 3, 4, 7, 3]);
  });

  it('builds the content from a valid set: themes with their factors, tips with points, prompts and rules in order', () => {
    const result = buildWerkwijzerContent(validSet());
    if (!result.ok) throw new Error(result.problems.map(formatContentProblem).join('\n'));
    expect(result.content.themes.map((t) => t.factors.map((f) => f.number))).toEqual(Object.values(WERKWIJZER_THEME_FACTORS));
    const f = result.content.themes[1]!.factors[1]!;
    expect(f).toEqual({
      number: '2.9',
      theme: 2,
      title: 'Factor 2.9',
      explanation: 'Uitleg bij 2.9.',
      moments: ['plan', 'contact'],
      tips: [
        { title: 'Eerste tip', text: 'Doe dit, en ga zo door.', points: ['punt een', 'punt twee'] },
        { title: 'Tweede tip', text: 'Nog iets.', points: [] },
      ],
    });
    expect(result.content.intakePrompts.map((p) => p.area)).toEqual([...INTAKE_PROMPT_AREAS]);
    expect(result.content.intakePrompts[0]).toEqual({ area: 'wonen', title: 'wonen', introduction: '', questions: ['Hoe gaat het?', 'Wat wil je?'], factors: ['1.2', '5.18'] });
    expect(result.content.planQualityRules.map((r) => r.rule)).toEqual([...PLAN_QUALITY_RULES]);
    expect(result.content.planQualityRules[0]!.tips).toEqual(['Doe het zo.']);
  });

  it('reports a missing factor, and a factor present twice with both files', () => {
    const files = validSet().filter((f) => f.path !== 'factors/3.12-factor.md');
    files.push({ ...factor('4.16'), path: 'factors/4.16-nog-een-keer.md' });
    expect(problemsOf(files)).toEqual([
      'factors/: succesfactor 3.12 ontbreekt',
      'factors/4.16-nog-een-keer.md:2: succesfactor 4.16 staat er al in factors/4.16-factor.md; elk(e) succesfactor hoort er precies één keer in',
    ]);
  });

  it('reports a broken file with its name, line and the problem', () => {
    const broken = replace(validSet(), 'factors/1.7-factor.md', '---\nnumber: 1.7\ntitel: Verkeerd veld\nmoments: [plan, dansen]\n---\n\n## Tips\nGeen opsomming\n');
    expect(problemsOf(broken)).toEqual([
      'factors/1.7-factor.md:3: onbekend veld "titel" (toegestaan: number, title, moments)',
      'factors/1.7-factor.md:1: het veld "title" ontbreekt in de kopgegevens',
      'factors/1.7-factor.md:4: onbekende waarde(n) in "moments": dansen (toegestaan: intake, plan, evaluation, handover, contact, milestone, workplace, network)',
      'factors/1.7-factor.md:6: de uitleg (tekst onder de kopgegevens) ontbreekt',
      'factors/1.7-factor.md:8: onder "## Tips" hoort een opsomming ("- …"); vervolgregels springen in',
      'factors/1.7-factor.md:7: onder "## Tips" staat nog niets',
    ]);
  });

  it('reports a file without front matter, an unclosed header, a wrong number and a wrong file name', () => {
    let files = replace(validSet(), 'themes/3-thema.md', 'Zomaar tekst\n');
    files = replace(files, 'plan-quality/tone.md', '---\nrule: tone\ntitle: Toon\n');
    files = replace(files, 'factors/2.10-factor.md', factor('2.1').text);
    files = replace(files, 'intake-prompts/vervoer.md', prompts('geld').text);
    expect(problemsOf(files)).toEqual([
      'factors/2.10-factor.md:2: "number" moet een van deze waarden zijn: ' + WERKWIJZER_FACTOR_NUMBERS.join(', '),
      'intake-prompts/vervoer.md: de bestandsnaam moet "geld.md" zijn',
      'plan-quality/tone.md:1: de kopgegevens worden niet afgesloten met een regel "---"',
      'themes/3-thema.md:1: het bestand moet beginnen met een regel "---" (de kopgegevens)',
      'themes/: thema 3 ontbreekt',
      'factors/: succesfactor 2.10 ontbreekt',
      'intake-prompts/vervoer.md:2: intakeonderwerp geld staat er al in intake-prompts/geld.md; elk(e) intakeonderwerp hoort er precies één keer in',
      'intake-prompts/: intakeonderwerp vervoer ontbreekt',
      'plan-quality/: plancheck tone ontbreekt',
    ]);
  });

  it('reports bad tips, unknown headings, files in unknown places and too long texts', () => {
    let files = replace(validSet(), 'factors/5.20-factor.md', '---\nnumber: 5.20\ntitle: Urgent\nmoments: [intake]\n---\nUitleg.\n\n## Tips\n- Zonder kop.\n\n## Extra\n- iets\n');
    files = replace(files, 'themes/1-thema.md', `---\ntheme: 1\ntitle: ${'x'.repeat(151)}\n---\nUitleg.\n`);
    files.push({ path: 'losse-notitie.md', text: 'nee' }, { path: 'factors/sub/1.1-x.md', text: 'nee' });
    expect(problemsOf(files)).toEqual([
      'factors/5.20-factor.md:11: onbekende kop "## Extra" (toegestaan: ## Tips)',
      'factors/5.20-factor.md:9: een tip begint met een vetgedrukte kop en heeft tekst, zoals "- **Eerste contact.** Maak …"',
      'factors/sub/1.1-x.md: hoort niet in de werkwijzer-inhoud: bestanden staan als .md in een van deze mappen: themes, factors, intake-prompts, plan-quality',
      'losse-notitie.md: hoort niet in de werkwijzer-inhoud: bestanden staan als .md in een van deze mappen: themes, factors, intake-prompts, plan-quality',
      'themes/1-thema.md:3: "title" is te lang (151 tekens, hoogstens 150)',
    ]);
  });

  it('accepts Windows line endings and quoted values', () => {
    const files = replace(validSet(), 'themes/2-thema.md', '\uFEFF---\r\ntheme: 2\r\ntitle: "Vaardigheden: beroep en sociaal"\r\n# commentaar\r\n---\r\nUitleg.\r\n');
    const result = buildWerkwijzerContent(files);
    expect(result.ok && result.content.themes[1]!.title).toBe('Vaardigheden: beroep en sociaal');
  });
});
