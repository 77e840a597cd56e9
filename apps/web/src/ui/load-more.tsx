import { t } from '../i18n/i18n';
import { SecondaryActionButton } from './button';

/** "Meer laden" under a keyset-paginated list; only there while the server has a next page. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  if (!hasMore) return null;
  return (
    <div className="koers-form__actions">
      <SecondaryActionButton busy={loading} onClick={() => !loading && onLoad()}>
        {t('common.loadMore')}
      </SecondaryActionButton>
    </div>
  );
}
