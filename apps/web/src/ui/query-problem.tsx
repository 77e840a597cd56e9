import { isApiError } from '../api/api-error';
import { t } from '../i18n/i18n';
import { Alert } from './alert';
import { SecondaryActionButton } from './button';
import { Paragraph } from './paragraph';

/** A list could not be loaded: the server's message, its request id, and a retry button. */
export function QueryProblem({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{error instanceof Error ? error.message : t('error.unexpected')}</Paragraph>
      {isApiError(error) && error.requestId ? <Paragraph small>{t('error.requestId', { id: error.requestId })}</Paragraph> : null}
      <SecondaryActionButton onClick={retry}>{t('common.retry')}</SecondaryActionButton>
    </Alert>
  );
}
