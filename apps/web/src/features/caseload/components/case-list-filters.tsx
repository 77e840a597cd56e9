import { PHASE_LABELS, PHASES, SIGNAL_KINDS, SIGNAL_LABELS } from '@koers/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { SecondaryActionButton } from '../../../ui/button';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import type { CaseListFilters as Filters } from '../../case/hooks/use-case';
import { useCaseloadFilters } from '../hooks/use-caseload-filters';
import { tx } from '../i18n';

/** How long typing must pause before the list follows the search field. */
export const SEARCH_DEBOUNCE_MS = 300;

const PHASE_OPTIONS = PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }));
const SIGNAL_OPTIONS = SIGNAL_KINDS.map((signal) => ({ value: signal, label: SIGNAL_LABELS[signal] }));

export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.q || filters.phase || filters.signal);
}

/**
 * Search by name (debounced), phase and signal. Every change goes into the query string; the
 * list reads it from there. Choosing a filter adds a history entry (back undoes it); refining
 * a search that is already under way replaces the entry, so back does not replay every word.
 */
export function CaseListFilters({ idPrefix }: { idPrefix: string }) {
  const { filters, setFilters } = useCaseloadFilters();
  const committed = filters.q ?? '';
  const [text, setText] = useState(committed);
  // The search text the list last followed from this field; any other change came from the address bar.
  const [seen, setSeen] = useState(committed);
  const [own, setOwn] = useState<string | null>(null);

  if (committed !== seen) {
    setSeen(committed);
    setOwn(null);
    if (committed !== own) setText(committed);
  }

  const commitSearch = (value: string) => {
    const q = value.trim();
    if (q === committed) return;
    setOwn(q);
    setFilters({ q }, { replace: committed !== '' && q !== '' });
  };

  useEffect(() => {
    const q = text.trim();
    if (q === committed) return;
    const timer = setTimeout(() => {
      setOwn(q);
      setFilters({ q }, { replace: committed !== '' && q !== '' });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, committed, setFilters]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    commitSearch(text);
  };

  const clear = () => {
    setText('');
    setOwn('');
    setFilters({ q: undefined, phase: undefined, signal: undefined });
    document.getElementById(`${idPrefix}-zoek`)?.focus();
  };

  return (
    <form role="search" aria-label={tx('caseList.filters.label')} className="koers-case-filters" onSubmit={onSubmit}>
      <TextField
        id={`${idPrefix}-zoek`}
        name="zoek"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        label={tx('caseList.filters.search')}
        className="koers-case-filters__search"
      />
      <SelectField
        id={`${idPrefix}-fase`}
        name="fase"
        value={filters.phase ?? ''}
        onChange={(e) => setFilters({ phase: e.target.value })}
        label={tx('caseList.filters.phase')}
        placeholder={tx('caseList.filters.phase.all')}
        options={PHASE_OPTIONS}
      />
      <SelectField
        id={`${idPrefix}-signaal`}
        name="signaal"
        value={filters.signal ?? ''}
        onChange={(e) => setFilters({ signal: e.target.value })}
        label={tx('caseList.filters.signal')}
        placeholder={tx('caseList.filters.signal.all')}
        options={SIGNAL_OPTIONS}
      />
      <p className="utrecht-paragraph utrecht-paragraph--small koers-muted koers-case-filters__hint">{tx('caseList.filters.phase.description')}</p>
      {hasFilters(filters) || text.trim() ? (
        <div className="koers-case-filters__clear">
          <SecondaryActionButton type="button" onClick={clear}>
            {tx('caseList.filters.clear')}
          </SecondaryActionButton>
        </div>
      ) : null}
    </form>
  );
}
