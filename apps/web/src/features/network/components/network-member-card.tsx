import { NETWORK_LEAD_LABEL, NETWORK_RELATION_LABELS, type NetworkMember } from '@koers/contracts';
import { useState } from 'react';
import { problemFormErrors } from '../../../forms/form-errors';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { InlineConfirm } from '../../../ui/inline-confirm';
import { Anchor } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useRemoveNetworkMember, useUpdateNetworkMember } from '../hooks/use-network';
import { tn } from '../i18n';
import { NetworkMemberForm } from './network-member-form';

/** The ids of a card's buttons and first field, so that focus can go back to them after a change. */
export const memberIds = (memberId: string) => ({
  card: `netwerk-${memberId}`,
  edit: `netwerk-${memberId}-wijzigen`,
  remove: `netwerk-${memberId}-verwijderen`,
  firstField: `netwerk-${memberId}-naam`,
});

export function focusById(id: string): void {
  // After React has drawn the change (the button may only now be back on the page).
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export interface NetworkMemberCardProps {
  caseId: string;
  member: NetworkMember;
  currentLead: NetworkMember | null;
  canEdit: boolean;
  onSaved: (saved: NetworkMember, before: NetworkMember) => void;
  onRemoved: (member: NetworkMember) => void;
}

type Mode = 'view' | 'edit' | 'confirm-remove';

/** One person or organisation in the netwerk: who, how to reach them, their role; edit and remove in place. */
export function NetworkMemberCard({ caseId, member: m, currentLead, canEdit, onSaved, onRemoved }: NetworkMemberCardProps) {
  const [mode, setMode] = useState<Mode>('view');
  const update = useUpdateNetworkMember(caseId, m.id, (saved) => onSaved(saved, m));
  const remove = useRemoveNetworkMember(caseId, onRemoved);
  const ids = memberIds(m.id);
  const removeError = remove.error ? problemFormErrors(remove.error, []) : null;

  const backTo = (buttonId: string) => {
    setMode('view');
    focusById(buttonId);
  };

  return (
    <li className={m.isLead ? 'koers-network-member koers-network-member--lead' : 'koers-network-member'}>
      <article aria-labelledby={ids.card}>
        <Heading level={4} id={ids.card} className="koers-network-member__name">
          {m.name}
        </Heading>
        {m.isLead ? (
          <p className="utrecht-paragraph koers-network-member__lead">
            <StatusBadge status="active">{NETWORK_LEAD_LABEL}</StatusBadge>
          </p>
        ) : null}
        {mode === 'edit' ? (
          <>
            <span id={`${ids.card}-formulier`} className="koers-visually-hidden">
              {tn('network.member.editTitle', { name: m.name })}
            </span>
            <NetworkMemberForm
              idPrefix={ids.card}
              member={m}
              currentLead={currentLead}
              labelledBy={`${ids.card}-formulier`}
              submitLabel={tn('network.form.save')}
              pending={update.isPending}
              error={update.error}
              onCancel={() => backTo(ids.edit)}
              onSubmit={(values) => update.mutate(values, { onSuccess: () => setMode('view') })}
            />
          </>
        ) : (
          <dl className="koers-details">
            <div>
              <dt>{tn('network.member.relation')}</dt>
              <dd>{NETWORK_RELATION_LABELS[m.relation]}</dd>
            </div>
            {m.organisation ? (
              <div>
                <dt>{tn('network.member.organisation')}</dt>
                <dd>{m.organisation}</dd>
              </div>
            ) : null}
            {m.phone ? (
              <div>
                <dt>{tn('network.member.phone')}</dt>
                <dd>
                  <Anchor href={`tel:${m.phone.replace(/[^0-9+]/g, '')}`}>{m.phone}</Anchor>
                </dd>
              </div>
            ) : null}
            {m.email ? (
              <div>
                <dt>{tn('network.member.email')}</dt>
                <dd className="koers-break-word">
                  <Anchor href={`mailto:${m.email}`}>{m.email}</Anchor>
                </dd>
              </div>
            ) : null}
            {m.roleInPlan ? (
              <div>
                <dt>{tn('network.member.roleInPlan')}</dt>
                <dd className="koers-pre-line">{m.roleInPlan}</dd>
              </div>
            ) : null}
            {m.openSteps > 0 ? (
              <div>
                <dt>{tn('network.member.openSteps')}</dt>
                <dd>{m.openSteps}</dd>
              </div>
            ) : null}
          </dl>
        )}
        {removeError ? (
          <Alert type="error" role="alert" className="koers-network-member__error">
            <Paragraph>{removeError.title}</Paragraph>
          </Alert>
        ) : null}
        {canEdit && mode === 'confirm-remove' ? (
          <InlineConfirm
            question={tn('network.member.removeQuestion', { name: m.name })}
            confirmLabel={tn('network.member.removeConfirm')}
            cancelLabel={tn('network.member.cancel')}
            busy={remove.isPending}
            onCancel={() => backTo(ids.remove)}
            onConfirm={() => remove.mutate(m, { onError: () => backTo(ids.remove) })}
          />
        ) : null}
        {canEdit && mode === 'view' ? (
          <div className="koers-form__actions koers-network-member__actions">
            <SecondaryActionButton
              id={ids.edit}
              onClick={() => {
                remove.reset();
                update.reset();
                setMode('edit');
                focusById(ids.firstField);
              }}
            >
              {tn('network.member.edit')}
              {' '}
              <VisuallyHidden>{m.name}</VisuallyHidden>
            </SecondaryActionButton>
            <SubtleButton
              id={ids.remove}
              onClick={() => {
                remove.reset();
                setMode('confirm-remove');
              }}
            >
              {tn('network.member.remove')}
              {' '}
              <VisuallyHidden>{m.name}</VisuallyHidden>
            </SubtleButton>
          </div>
        ) : null}
      </article>
    </li>
  );
}
