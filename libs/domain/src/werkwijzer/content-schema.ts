import {
  type FactorNumber,
  INTAKE_PROMPT_AREAS,
  type IntakePromptGroup,
  PLAN_QUALITY_RULES,
  type PlanQualityRuleInfo,
  WERKWIJZER_MOMENTS,
  type WerkwijzerContent,
  type WerkwijzerFactor,
  type WerkwijzerMoment,
  type WerkwijzerTheme,
  type WerkwijzerTip,
} from '@koers/contracts';
import { type ContentProblem, type FrontMatterField, type ParsedDocument, parseDocument, parseList, type Section } from './content-format';

/*
 * The schema of the werkwijzer content, as code: which files exist, which fields each has, which
 * values are allowed, and that the whole set is complete (every factor 1.1–7.31 exactly once, every
 * intake area and plan-quality rule exactly once). Used by the API at start and by the content check.
 */

/** The 31 success factors per theme, numbered as in the source (the number after the dot runs on). */
export const WERKWIJZER_THEME_FACTORS: Readonly<Record<number, readonly FactorNumber[]>> = {
  1: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'],
  2: ['2.8', '2.9', '2.10', '2.11'],
  3: ['3.12', '3.13', '3.14'],
  4: ['4.15', '4.16', '4.17'],
  5: ['5.18', '5.19', '5.20', '5.21'],
  6: ['6.22', '6.23', '6.24', '6.25', '6.26', '6.27', '6.28'],
  7: ['7.29', '7.30', '7.31'],
};
export const WERKWIJZER_THEME_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WERKWIJZER_FACTOR_NUMBERS: readonly FactorNumber[] = WERKWIJZER_THEME_NUMBERS.flatMap((t) => WERKWIJZER_THEME_FACTORS[t]!);

/** Folders of the content, each with one kind of file. */
export const CONTENT_FOLDERS = { themes: 'themes', factors: 'factors', intakePrompts: 'intake-prompts', planQuality: 'plan-quality' } as const;

export const CONTENT_LIMITS = { title: 150, explanation: 1500, tip: 1500, question: 300 } as const;

export interface ContentFile {
  /** Relative to the content folder, with '/' separators, e.g. 'factors/1.1-vertrouwensband.md'. */
  path: string;
  text: string;
}

export type ContentResult = { ok: true; content: WerkwijzerContent } | { ok: false; problems: ContentProblem[] };

/** "factors/1.1-vertrouwensband.md:3: het veld …" */
export function formatContentProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

const factorOrder = (n: FactorNumber) => WERKWIJZER_FACTOR_NUMBERS.indexOf(n);

/** Reads the fields of one document, reporting missing, unknown and badly typed ones. */
class FieldReader {
  constructor(
    private readonly file: string,
    private readonly doc: ParsedDocument,
    private readonly problems: ContentProblem[],
    allowed: readonly string[],
  ) {
    for (const [key, field] of doc.fields) {
      if (!allowed.includes(key)) this.problem(field.line, `onbekend veld "${key}" (toegestaan: ${allowed.join(', ')})`);
    }
  }

  problem(line: number | null, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }

  private field(key: string, required: boolean): FrontMatterField | undefined {
    const f = this.doc.fields.get(key);
    if (!f && required) this.problem(1, `het veld "${key}" ontbreekt in de kopgegevens`);
    return f;
  }

  text(key: string, max: number): string | null {
    const f = this.field(key, true);
    if (!f) return null;
    let problem: string | null = null;
    if (Array.isArray(f.value)) problem = `"${key}" moet een tekst zijn, geen lijst`;
    else if (!f.value.trim()) problem = `"${key}" is leeg`;
    else if (f.value.length > max) problem = `"${key}" is te lang (${f.value.length} tekens, hoogstens ${max})`;
    if (problem) {
      this.problem(f.line, problem);
      return null;
    }
    return f.value as string;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): { value: T; line: number } | null {
    const f = this.field(key, true);
    if (!f) return null;
    if (Array.isArray(f.value) || !allowed.includes(f.value as T)) {
      this.problem(f.line, `"${key}" moet een van deze waarden zijn: ${allowed.join(', ')}`);
      return null;
    }
    return { value: f.value as T, line: f.line };
  }

  list<T extends string>(key: string, allowed: readonly T[], { required, nonEmpty }: { required: boolean; nonEmpty: boolean }): T[] | null {
    const f = this.field(key, required);
    if (!f) return required ? null : [];
    const values = f.value;
    let problem: string | null = null;
    if (!Array.isArray(values)) problem = `"${key}" moet een lijst zijn, zoals [${allowed.slice(0, 2).join(', ')}]`;
    else if (nonEmpty && values.length === 0) problem = `"${key}" mag niet leeg zijn`;
    else {
      const bad = values.filter((v) => !allowed.includes(v as T));
      const dupes = values.filter((v, i) => values.indexOf(v) !== i);
      if (bad.length) problem = `onbekende waarde(n) in "${key}": ${bad.join(', ')} (toegestaan: ${allowed.join(', ')})`;
      else if (dupes.length) problem = `dubbele waarde(n) in "${key}": ${dupes.join(', ')}`;
    }
    if (problem) {
      this.problem(f.line, problem);
      return null;
    }
    return values as T[];
  }

  intro(required: boolean, max: number): string {
    const { text, line } = this.doc.intro;
    if (required && !text) this.problem(line, 'de uitleg (tekst onder de kopgegevens) ontbreekt');
    if (text.length > max) this.problem(line, `de uitleg is te lang (${text.length} tekens, hoogstens ${max})`);
    return text;
  }

  /** The sections, checked against the allowed headings (each at most once). */
  sections(allowed: readonly string[], required: readonly string[]): Map<string, Section> {
    const found = new Map<string, Section>();
    for (const s of this.doc.sections) {
      if (!allowed.includes(s.heading)) {
        this.problem(s.line, allowed.length ? `onbekende kop "## ${s.heading}" (toegestaan: ${allowed.map((h) => `## ${h}`).join(', ')})` : `dit bestand heeft geen koppen ("## ${s.heading}")`);
      } else if (found.has(s.heading)) {
        this.problem(s.line, `de kop "## ${s.heading}" staat er twee keer in`);
      } else {
        found.set(s.heading, s);
      }
    }
    for (const h of required) if (!found.has(h)) this.problem(null, `de kop "## ${h}" ontbreekt`);
    return found;
  }

  items(section: Section | undefined, max: number): { text: string; points: string[]; line: number }[] {
    if (!section) return [];
    const items = parseList(this.file, section, this.problems);
    if (items.length === 0) this.problem(section.line, `onder "## ${section.heading}" staat nog niets`);
    for (const item of items) {
      const length = item.text.length + item.points.join(' ').length;
      if (length > max) this.problem(item.line, `dit punt is te lang (${length} tekens, hoogstens ${max})`);
    }
    return items;
  }
}

function readTheme(file: string, r: FieldReader): Omit<WerkwijzerTheme, 'factors'> | null {
  const theme = r.oneOf('theme', WERKWIJZER_THEME_NUMBERS.map(String));
  const title = r.text('title', CONTENT_LIMITS.title);
  const introduction = r.intro(true, CONTENT_LIMITS.explanation);
  r.sections([], []);
  if (!theme || !title) return null;
  if (!basename(file).startsWith(`${theme.value}-`)) r.problem(null, `de bestandsnaam moet beginnen met "${theme.value}-"`);
  return { number: Number(theme.value), title, introduction };
}

function readFactor(file: string, r: FieldReader): WerkwijzerFactor | null {
  const number = r.oneOf('number', WERKWIJZER_FACTOR_NUMBERS);
  const title = r.text('title', CONTENT_LIMITS.title);
  const moments = r.list<WerkwijzerMoment>('moments', WERKWIJZER_MOMENTS, { required: true, nonEmpty: true });
  const explanation = r.intro(true, CONTENT_LIMITS.explanation);
  const sections = r.sections(['Tips'], ['Tips']);
  const tips: WerkwijzerTip[] = [];
  for (const item of r.items(sections.get('Tips'), CONTENT_LIMITS.tip)) {
    const match = /^\*\*(.+?)\*\*\s*(.*)$/.exec(item.text);
    if (!match || !match[2]!.trim()) {
      r.problem(item.line, 'een tip begint met een vetgedrukte kop en heeft tekst, zoals "- **Eerste contact.** Maak …"');
      continue;
    }
    tips.push({ title: match[1]!.trim().replace(/[.:]$/, ''), text: match[2]!.trim(), points: item.points });
  }
  if (!number || !title || !moments) return null;
  if (!basename(file).startsWith(`${number.value}-`)) r.problem(null, `de bestandsnaam moet beginnen met "${number.value}-"`);
  return { number: number.value, theme: Number(number.value.split('.')[0]), title, explanation, tips, moments };
}

function readIntakePrompts(file: string, r: FieldReader): IntakePromptGroup | null {
  const area = r.oneOf('area', INTAKE_PROMPT_AREAS);
  const title = r.text('title', CONTENT_LIMITS.title);
  const factors = r.list('factors', WERKWIJZER_FACTOR_NUMBERS, { required: false, nonEmpty: false });
  const introduction = r.intro(false, CONTENT_LIMITS.explanation);
  const sections = r.sections(['Vragen'], ['Vragen']);
  const items = r.items(sections.get('Vragen'), CONTENT_LIMITS.question);
  for (const item of items) if (item.points.length) r.problem(item.line, 'een vraag heeft geen punten eronder');
  if (!area || !title || !factors) return null;
  if (basename(file) !== `${area.value}.md`) r.problem(null, `de bestandsnaam moet "${area.value}.md" zijn`);
  return { area: area.value, title, introduction, questions: items.map((i) => i.text), factors: sortFactors(factors) };
}

function readPlanQuality(file: string, r: FieldReader): PlanQualityRuleInfo | null {
  const rule = r.oneOf('rule', PLAN_QUALITY_RULES);
  const title = r.text('title', CONTENT_LIMITS.title);
  const factors = r.list('factors', WERKWIJZER_FACTOR_NUMBERS, { required: false, nonEmpty: false });
  const explanation = r.intro(true, CONTENT_LIMITS.explanation);
  const sections = r.sections(['Tips'], []);
  const tips = r.items(sections.get('Tips'), CONTENT_LIMITS.tip);
  for (const item of tips) if (item.points.length) r.problem(item.line, 'een tip bij een plancheck heeft geen punten eronder');
  if (!rule || !title || !factors) return null;
  if (basename(file) !== `${rule.value}.md`) r.problem(null, `de bestandsnaam moet "${rule.value}.md" zijn`);
  return { rule: rule.value, title, explanation, tips: tips.map((t) => t.text), factors: sortFactors(factors) };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function sortFactors(factors: FactorNumber[]): FactorNumber[] {
  return [...factors].sort((a, b) => factorOrder(a) - factorOrder(b));
}

/** Reports keys that occur in more than one file, and expected keys that occur in none. */
function exactlyOnce(
  kind: string,
  folder: string,
  found: { key: string; file: string; line: number }[],
  expected: readonly string[],
  problems: ContentProblem[],
): void {
  for (const key of expected) {
    const where = found.filter((f) => f.key === key);
    if (where.length === 0) problems.push({ file: `${folder}/`, line: null, message: `${kind} ${key} ontbreekt` });
    for (const extra of where.slice(1)) {
      problems.push({ file: extra.file, line: extra.line, message: `${kind} ${key} staat er al in ${where[0]!.file}; elk(e) ${kind} hoort er precies één keer in` });
    }
  }
}

/**
 * Validates all content files and builds the content the API serves. Problems name the file (and
 * line) and say in Dutch what is wrong; the content is only returned when there are none.
 */
export function buildWerkwijzerContent(files: readonly ContentFile[]): ContentResult {
  const problems: ContentProblem[] = [];
  const themes: Omit<WerkwijzerTheme, 'factors'>[] = [];
  const factors: WerkwijzerFactor[] = [];
  const prompts: IntakePromptGroup[] = [];
  const rules: PlanQualityRuleInfo[] = [];

  // Keys (theme, number, area, rule) of the files that name a valid one, also when the rest of the file is broken.
  const seen: Record<string, { key: string; file: string; line: number }[]> = { theme: [], number: [], area: [], rule: [] };
  const allowedKeys: Record<string, readonly string[]> = { theme: WERKWIJZER_THEME_NUMBERS.map(String), number: WERKWIJZER_FACTOR_NUMBERS, area: INTAKE_PROMPT_AREAS, rule: PLAN_QUALITY_RULES };
  const known = Object.values(CONTENT_FOLDERS) as string[];

  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (path === 'README.md') continue;
    const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
    if (!known.includes(folder) || path.split('/').length !== 2 || !path.endsWith('.md')) {
      problems.push({ file: path, line: null, message: `hoort niet in de werkwijzer-inhoud: bestanden staan als .md in een van deze mappen: ${known.join(', ')}` });
      continue;
    }
    const doc = parseDocument(path, text, problems);
    if (!doc) continue;
    const keyField = { themes: 'theme', factors: 'number', 'intake-prompts': 'area', 'plan-quality': 'rule' }[folder]!;
    const key = doc.fields.get(keyField);
    if (key && typeof key.value === 'string' && allowedKeys[keyField]!.includes(key.value)) seen[keyField]!.push({ key: key.value, file: path, line: key.line });
    switch (folder) {
      case CONTENT_FOLDERS.themes: {
        const t = readTheme(path, new FieldReader(path, doc, problems, ['theme', 'title']));
        if (t) themes.push(t);
        break;
      }
      case CONTENT_FOLDERS.factors: {
        const f = readFactor(path, new FieldReader(path, doc, problems, ['number', 'title', 'moments']));
        if (f) factors.push(f);
        break;
      }
      case CONTENT_FOLDERS.intakePrompts: {
        const p = readIntakePrompts(path, new FieldReader(path, doc, problems, ['area', 'title', 'factors']));
        if (p) prompts.push(p);
        break;
      }
      default: {
        const q = readPlanQuality(path, new FieldReader(path, doc, problems, ['rule', 'title', 'factors']));
        if (q) rules.push(q);
      }
    }
  }

  exactlyOnce('thema', CONTENT_FOLDERS.themes, seen.theme!, WERKWIJZER_THEME_NUMBERS.map(String), problems);
  exactlyOnce('succesfactor', CONTENT_FOLDERS.factors, seen.number!, WERKWIJZER_FACTOR_NUMBERS, problems);
  exactlyOnce('intakeonderwerp', CONTENT_FOLDERS.intakePrompts, seen.area!, INTAKE_PROMPT_AREAS, problems);
  exactlyOnce('plancheck', CONTENT_FOLDERS.planQuality, seen.rule!, PLAN_QUALITY_RULES, problems);

  // Without problems every file was read, so each key below is found exactly once.
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    content: {
      themes: WERKWIJZER_THEME_NUMBERS.map((n) => ({
        ...themes.find((t) => t.number === n)!,
        factors: WERKWIJZER_THEME_FACTORS[n]!.map((number) => factors.find((f) => f.number === number)!),
      })),
      intakePrompts: INTAKE_PROMPT_AREAS.map((area) => prompts.find((p) => p.area === area)!),
      planQualityRules: PLAN_QUALITY_RULES.map((rule) => rules.find((q) => q.rule === rule)!),
    },
  };
}
