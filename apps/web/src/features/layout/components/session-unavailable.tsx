import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { PageHeading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { isApiError } from '../../../api/api-error';

/** Koers could not tell whether someone is logged in: the server is down or unreachable. */
export function SessionUnavailable({ error, retry }: { error: unknown; retry: () => void }) {
  usePageTitle(t('unavailable.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{t('unavailable.title')}</PageHeading>
      <Alert type="error" role="alert">
        <Paragraph>{error instanceof Error ? error.message : t('error.unexpected')}</Paragraph>
        {isApiError(error) && error.requestId ? <Paragraph small>{t('error.requestId', { id: error.requestId })}</Paragraph> : null}
      </Alert>
      <div className="koers-form__actions">
        <SecondaryActionButton onClick={retry}>{t('common.retry')}</SecondaryActionButton>
      </div>
    </div>
  );
}
