import type { MyConsentPurpose } from '@koers/contracts';
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { InlineConfirm } from '../../../ui/inline-confirm';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { useGiveConsent, useMyConsents, useWithdrawConsent } from '../hooks/use-my-consents';
import { tp } from '../i18n';

/**
 * Consent for private things (special-category data): what the team may write down, why, that it is
 * the jongere's own choice, and that stopping erases it. Giving is one button; withdrawing asks first.
 */
export function ConsentSection() {
  const query = useMyConsents();
  return (
    <section className="koers-panel koers-my-consent" aria-labelledby="mijn-toestemming">
      <Heading level={2} id="mijn-toestemming">
        {tp('myPlan.consent.title')}
      </Heading>
      {query.isPending ? <Loading>{tp('myPlan.consent.loading')}</Loading> : null}
      {query.isError ? <QueryProblem error={query.error} retry={() => void query.refetch()} /> : null}
      {query.data?.purposes.map((p) => <ConsentPurposeBlock key={p.purpose} item={p} />)}
    </section>
  );
}

function ConsentPurposeBlock({ item }: { item: MyConsentPurpose }) {
  const give = useGiveConsent();
  const withdraw = useWithdrawConsent();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const withdrawId = `toestemming-intrekken-${item.purpose}`;
  const giveId = `toestemming-geven-${item.purpose}`;
  // After giving or withdrawing, focus goes to the button that takes its place, once it is there.
  const focusTarget = useRef<string | null>(null);
  const focus = (id: string) => {
    focusTarget.current = id;
  };
  useEffect(() => {
    const el = focusTarget.current ? document.getElementById(focusTarget.current) : null;
    if (el) {
      el.focus();
      focusTarget.current = null;
    }
  });
  const active = item.active;

  const onGive = () => {
    setMessage(null);
    give.mutate(item.purpose, {
      onSuccess: () => {
        setMessage({ type: 'ok', text: tp('myPlan.consent.givenDone') });
        focus(withdrawId);
      },
      onError: (error) => setMessage({ type: 'error', text: error.message }),
    });
  };

  const onWithdraw = (consentId: string) => {
    setMessage(null);
    withdraw.mutate(consentId, {
      onSuccess: () => {
        setConfirming(false);
        setMessage({ type: 'ok', text: tp('myPlan.consent.withdrawnDone') });
        focus(giveId);
      },
      onError: (error) => {
        setConfirming(false);
        setMessage({ type: 'error', text: error.message });
      },
    });
  };

  return (
    <div className="koers-my-consent__purpose">
      <Paragraph>{item.explanation}</Paragraph>
      <Paragraph>{tp('myPlan.consent.choice')}</Paragraph>
      <Paragraph className="koers-my-consent__state">
        <strong>
          {active
            ? tp('myPlan.consent.stateGiven', { date: formatDate(active.givenAt) })
            : item.lastWithdrawn?.withdrawnAt
              ? tp('myPlan.consent.stateWithdrawn', { date: formatDate(item.lastWithdrawn.withdrawnAt) })
              : tp('myPlan.consent.stateNone')}
        </strong>
      </Paragraph>
      {active ? (
        confirming ? (
          <InlineConfirm
            question={tp('myPlan.consent.confirm')}
            confirmLabel={tp('myPlan.consent.confirmYes')}
            cancelLabel={tp('myPlan.consent.confirmNo')}
            busy={withdraw.isPending}
            onConfirm={() => onWithdraw(active.id)}
            onCancel={() => {
              setConfirming(false);
              focus(withdrawId);
            }}
          />
        ) : (
          <SecondaryActionButton
            id={withdrawId}
            onClick={() => {
              setMessage(null);
              setConfirming(true);
            }}
          >
            {tp('myPlan.consent.withdraw')}
          </SecondaryActionButton>
        )
      ) : (
        <PrimaryActionButton id={giveId} disabled={give.isPending} onClick={onGive}>
          {tp('myPlan.consent.give')}
        </PrimaryActionButton>
      )}
      <div role="status">{message ? <Alert type={message.type}>{message.text}</Alert> : null}</div>
    </div>
  );
}
