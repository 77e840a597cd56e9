/*
 * The format of the werkwijzer content files (content/werkwijzer/**): Markdown with a small front
 * matter, written by people and reviewed in pull requests. Deliberately simple, so it needs no
 * parser package and every mistake can be reported with the file and line:
 *
 *   ---
 *   number: 1.7
 *   title: De jongere is mede-eigenaar van het traject
 *   moments: [plan, evaluation]
 *   ---
 *   A paragraph of explanation.
 *
 *   ## Tips
 *   - **Heading.** Text of the tip,
 *     which may continue on the next line.
 *     - a point under the tip
 *
 * Front matter: `key: value` or `key: [a, b, c]`, one per line; `#` starts a comment line.
 * Body: text before the first `## ` heading, then sections; lists are `- ` items with optional
 * indented `- ` points.
 */

export interface ContentProblem {
  /** Path relative to the content folder, e.g. 'factors/1.1-vertrouwensband.md'. */
  file: string;
  /** 1-based line number, when the problem is on one line. */
  line: number | null;
  message: string;
}

export interface FrontMatterField {
  value: string | string[];
  line: number;
}

export interface Paragraphs {
  /** Paragraphs joined by a blank line; the lines of one paragraph joined by a space. */
  text: string;
  line: number;
}

export interface Section {
  heading: string;
  line: number;
  body: { text: string; line: number }[];
}

export interface ParsedDocument {
  fields: Map<string, FrontMatterField>;
  /** The text before the first `## ` heading. */
  intro: Paragraphs;
  sections: Section[];
}

export interface ListItem {
  text: string;
  points: string[];
  line: number;
}

const KEY = /^([a-z][a-zA-Z0-9_]*):(.*)$/;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

/** Parses one file; problems are added to `problems` (and null is returned when the file cannot be read at all). */
export function parseDocument(file: string, source: string, problems: ContentProblem[]): ParsedDocument | null {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const problem = (line: number | null, message: string) => problems.push({ file, line, message });
  if (lines[0]?.trim() !== '---') {
    problem(1, 'het bestand moet beginnen met een regel "---" (de kopgegevens)');
    return null;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    problem(1, 'de kopgegevens worden niet afgesloten met een regel "---"');
    return null;
  }

  const fields = new Map<string, FrontMatterField>();
  for (let i = 1; i < end; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const match = KEY.exec(raw);
    if (!match) {
      problem(line, `verwacht "naam: waarde", maar staat er "${raw.trim()}"`);
      continue;
    }
    const key = match[1]!;
    if (fields.has(key)) {
      problem(line, `het veld "${key}" staat er twee keer in`);
      continue;
    }
    const value = match[2]!.trim();
    if (value.startsWith('[')) {
      if (!value.endsWith(']')) {
        problem(line, `de lijst bij "${key}" wordt niet afgesloten met "]"`);
        continue;
      }
      const inner = value.slice(1, -1).trim();
      fields.set(key, { value: inner ? inner.split(',').map(unquote) : [], line });
    } else {
      fields.set(key, { value: unquote(value), line });
    }
  }

  const introLines: { text: string; line: number }[] = [];
  const sections: Section[] = [];
  for (let i = end + 1; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\s+$/, '');
    const line = i + 1;
    const heading = /^##\s+(.+)$/.exec(raw);
    if (heading) {
      sections.push({ heading: heading[1]!.trim(), line, body: [] });
      continue;
    }
    if (/^#/.test(raw)) {
      problem(line, 'gebruik "## " voor een kop (andere koppen kent het formaat niet)');
      continue;
    }
    (sections.length ? sections[sections.length - 1]!.body : introLines).push({ text: raw, line });
  }
  return { fields, intro: paragraphs(introLines, end + 2), sections };
}

/** Joins lines into paragraphs (blank lines separate them). */
export function paragraphs(lines: { text: string; line: number }[], fallbackLine: number): Paragraphs {
  const paras: string[] = [];
  let current: string[] = [];
  let first: number | null = null;
  for (const l of lines) {
    if (!l.text.trim()) {
      if (current.length) paras.push(current.join(' '));
      current = [];
      continue;
    }
    first ??= l.line;
    current.push(l.text.trim());
  }
  if (current.length) paras.push(current.join(' '));
  return { text: paras.join('\n\n'), line: first ?? fallbackLine };
}

/** Reads a section that must be a list of `- ` items (with optional indented `- ` points). */
export function parseList(file: string, section: Section, problems: ContentProblem[]): ListItem[] {
  const items: ListItem[] = [];
  let inPoint = false;
  for (const { text: raw, line } of section.body) {
    if (!raw.trim()) continue;
    const item = /^- (.*)$/.exec(raw);
    const point = /^\s{2,}- (.*)$/.exec(raw);
    const current = items[items.length - 1];
    if (item) {
      items.push({ text: item[1]!.trim(), points: [], line });
      inPoint = false;
    } else if (point && current) {
      current.points.push(point[1]!.trim());
      inPoint = true;
    } else if (current && /^\s/.test(raw)) {
      // A continuation line (indented): belongs to the last point, or else to the item.
      if (inPoint) current.points[current.points.length - 1] += ` ${raw.trim()}`;
      else current.text += ` ${raw.trim()}`;
    } else {
      problems.push({ file, line, message: `onder "## ${section.heading}" hoort een opsomming ("- …"); vervolgregels springen in` });
    }
  }
  return items;
}
