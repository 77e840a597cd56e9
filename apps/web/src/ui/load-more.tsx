import { t } from '../i18n/i18n';
import { SecondaryActionButton } from './button';

/** "Meer laden" under a keyset-paginated list; only there while the server has a next page. `label`: another text (e.g. "Eerdere reacties laden"). */
export function LoadMore({ hasMore, loading, onLoad, label }: { hasMore: boolean; loading: boolean; onLoad: () => void; label?: string }) {
  if (!hasMore) return null;
  return (
    <div className="koers-form__actions">
      <SecondaryActionButton busy={loading} onClick={() => !loading && onLoad()}>
        {label ?? t('common.loadMore')}
      </SecondaryActionButton>
    </div>
  );
}
