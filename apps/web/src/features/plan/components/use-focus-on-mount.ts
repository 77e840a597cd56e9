import { useEffect } from 'react';

/** Moves focus to the element with this id when the component appears (the first field of an inline form). */
export function useFocusOnMount(id: string): void {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}
