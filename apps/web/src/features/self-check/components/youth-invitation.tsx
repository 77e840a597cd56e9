import type { SelfCheckRound, SelfCheckYouthInvitation } from '@koers/contracts';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { TextField } from '../../../ui/text-field';
import { tx } from '../i18n';

/** Makes an invitation link for one jongere for the open round; the link is shown once, to copy. */
export function YouthInvitation({ round }: { round: SelfCheckRound }) {
  const api = useApiClient();
  const create = useMutation({ mutationFn: () => api.post<SelfCheckYouthInvitation>(`/self-check/rounds/${round.id}/youth-invitations`) });
  return (
    <div className="koers-section">
      <Paragraph>{tx('selfCheck.invite.intro')}</Paragraph>
      <SecondaryActionButton type="button" onClick={() => create.mutate()} disabled={create.isPending}>
        {tx('selfCheck.invite.button')}
      </SecondaryActionButton>
      <div role="status">
        {create.data ? (
          <>
            <Paragraph>{tx('selfCheck.invite.made')}</Paragraph>
            <TextField id="check-uitnodiging" label={tx('selfCheck.invite.label', { title: round.title })} value={`${window.location.origin}${create.data.path}`} readOnly />
          </>
        ) : null}
      </div>
      <div role="alert">{create.isError ? <Alert type="error">{tx('selfCheck.invite.error', { reason: isApiError(create.error) ? create.error.title : '' })}</Alert> : null}</div>
    </div>
  );
}
