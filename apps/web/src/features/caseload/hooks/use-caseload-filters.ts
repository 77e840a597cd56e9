import { PHASES, type Phase, SIGNAL_KINDS, type SignalKind } from '@koers/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseListFilters } from '../../case/hooks/use-case';

/** The filters' names in the address bar (Dutch, users see them). */
export const FILTER_PARAMS = { q: 'zoek', phase: 'fase', signal: 'signaal' } as const;

const isPhase = (value: string | null): value is Phase => value !== null && (PHASES as readonly string[]).includes(value);
const isSignal = (value: string | null): value is SignalKind => value !== null && (SIGNAL_KINDS as readonly string[]).includes(value);

/** Reads the filters from a query string; unknown values are ignored (an old bookmark still works). */
export function readFilters(params: URLSearchParams): CaseListFilters {
  const q = params.get(FILTER_PARAMS.q)?.trim() ?? '';
  const phase = params.get(FILTER_PARAMS.phase);
  const signal = params.get(FILTER_PARAMS.signal);
  return {
    ...(q ? { q } : {}),
    ...(isPhase(phase) ? { phase } : {}),
    ...(isSignal(signal) ? { signal } : {}),
  };
}

/**
 * The list's filters live in the query string (`?zoek=noa&fase=plan&signaal=geen_contact`), so that
 * back/forward, reload and a shared link all show the same list.
 */
export function useCaseloadFilters() {
  const [params, setParams] = useSearchParams();
  // Keyed by the text of the query string: a new URLSearchParams with the same content is the same filter.
  const key = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(key)), [key]);

  const setFilters = useCallback(
    (change: Partial<Record<keyof CaseListFilters, string | undefined>>, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(change) as [keyof CaseListFilters, string | undefined][]) {
            const param = FILTER_PARAMS[name];
            if (value && value.trim()) next.set(param, name === 'q' ? value.trim() : value);
            else next.delete(param);
          }
          return next;
        },
        { replace: options.replace, preventScrollReset: true },
      );
    },
    [setParams],
  );

  return { filters, setFilters };
}
