import { type ReactNode, useState } from 'react';
import { InlineConfirm } from '../../../ui/inline-confirm';
import { tp } from '../i18n';
import { usePlanContext } from './plan-context';

/**
 * Changing the content of a voorgesteld version takes it back to concept (the agreements given no
 * longer hold). `guard(save)` saves at once in a concept, and asks first in a voorgesteld version;
 * `confirm` is the question to render where the save button is.
 */
export function useReopenGuard(): { guard: (save: () => void) => void; confirm: ReactNode } {
  const { version } = usePlanContext();
  const [pending, setPending] = useState<{ save: () => void; returnTo: HTMLElement | null } | null>(null);

  const guard = (save: () => void) => {
    if (version.status !== 'voorgesteld') save();
    else setPending({ save, returnTo: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  };

  const confirm = pending ? (
    <InlineConfirm
      question={tp('reopen.question')}
      confirmLabel={tp('reopen.confirm')}
      cancelLabel={tp('reopen.cancel')}
      onConfirm={() => {
        setPending(null);
        pending.save();
      }}
      onCancel={() => {
        const target = pending.returnTo;
        setPending(null);
        requestAnimationFrame(() => target?.focus());
      }}
    />
  ) : null;

  return { guard, confirm };
}
