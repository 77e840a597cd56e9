import { describe, expect, it } from 'vitest';
import { afterSave, changesToSend, conflictsOf, type Draft, edit, rebase, restore } from './draft';

type F = 'a' | 'b' | 'c';
const server = (a: string | null, b: string | null, c: boolean | null = null) => ({ a, b, c });

describe('draft', () => {
  it('sends only the fields that differ from the server, with text of only spaces as empty', () => {
    let draft: Draft<F> = {};
    const s = server('een', null);
    draft = edit(draft, s, 'a', 'twee');
    draft = edit(draft, s, 'b', '   ');
    expect(changesToSend(draft, s)).toEqual({ a: 'twee' });
    draft = edit(draft, s, 'a', 'een');
    expect(changesToSend(draft, s)).toEqual({});
  });

  it('keeps text typed during a save as the next change', () => {
    const s = server('een', null);
    let draft = edit<F>({}, s, 'a', 'twee');
    const sent = changesToSend(draft, s);
    draft = edit(draft, s, 'a', 'twee drie');
    const saved = server('twee', null);
    draft = afterSave(draft, sent, saved);
    expect(changesToSend(draft, saved)).toEqual({ a: 'twee drie' });
    expect(conflictsOf(draft, saved, ['a', 'b'])).toEqual([]);
  });

  it('after someone else saved: merges untouched fields, settles equal ones, and flags real conflicts', () => {
    const before = server('een', 'x', true);
    let draft = edit<F>({}, before, 'a', 'mijn tekst');
    draft = edit(draft, before, 'b', 'y');
    draft = edit(draft, before, 'c', false);
    // They changed a (differently) and b (to the same), not c.
    const theirs = server('hun tekst', 'y', true);
    draft = rebase(draft, before, theirs);
    expect(conflictsOf(draft, theirs, ['a', 'b', 'c'])).toEqual([{ field: 'a', theirs: 'hun tekst', mine: 'mijn tekst' }]);
    expect(changesToSend(draft, theirs)).toEqual({ c: false });
  });

  it('a field the user changed and changed back follows the other person', () => {
    const before = server('een', null);
    let draft = edit<F>({}, before, 'a', 'twee');
    draft = edit(draft, before, 'a', 'een');
    const theirs = server('drie', null);
    draft = rebase(draft, before, theirs);
    expect(draft).toEqual({});
  });

  it('restores only entries that still differ, keeping their base so a conflict is seen', () => {
    const now = server('hun tekst', 'b');
    const stored: Draft<F> = { a: { value: 'mijn tekst', base: 'een' }, b: { value: 'b', base: null } };
    const draft = restore(stored, now, ['a', 'b', 'c']);
    expect(Object.keys(draft)).toEqual(['a']);
    expect(conflictsOf(draft, now, ['a', 'b', 'c'])).toHaveLength(1);
  });
});
