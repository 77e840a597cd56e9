import type { Milestone } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { useRef, useState } from 'react';
import { problemFormErrors } from '../../../forms/form-errors';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { InlineConfirm } from '../../../ui/inline-confirm';
import { Paragraph } from '../../../ui/paragraph';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useDeleteMilestone } from '../hooks/use-milestones';
import { tm } from '../i18n';
import { CertificateLink } from './certificate-link';

export interface MilestoneListProps {
  caseId: string;
  milestones: Milestone[];
  youthName: string;
  /** Show the delete button (the contact person of an open case). */
  canEdit: boolean;
  /** The certificate PDF is for the contact person (and the jongere), not for the teamleider. */
  canOpenCertificates: boolean;
  onDeleted: (milestone: Milestone) => void;
}

/** The mijlpalen as a timeline, newest first. */
export function MilestoneList({ caseId, milestones, youthName, canEdit, canOpenCertificates, onDeleted }: MilestoneListProps) {
  return (
    <ol className="koers-timeline">
      {milestones.map((m) => (
        <MilestoneItem
          key={m.id}
          caseId={caseId}
          milestone={m}
          youthName={youthName}
          canEdit={canEdit}
          canOpenCertificate={canOpenCertificates}
          onDeleted={onDeleted}
        />
      ))}
    </ol>
  );
}

interface MilestoneItemProps {
  caseId: string;
  milestone: Milestone;
  youthName: string;
  canEdit: boolean;
  canOpenCertificate: boolean;
  onDeleted: (milestone: Milestone) => void;
}

function MilestoneItem({ caseId, milestone: m, youthName, canEdit, canOpenCertificate, onDeleted }: MilestoneItemProps) {
  const remove = useDeleteMilestone(caseId, onDeleted);
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const error = remove.error ? problemFormErrors(remove.error, []) : null;

  const cancel = () => {
    setConfirming(false);
    // After the confirmation is gone from the page, put focus back where the user was.
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  return (
    <li className="koers-timeline__item">
      <article className="koers-timeline__card" aria-labelledby={`mijlpaal-${m.id}`}>
        <p className="utrecht-paragraph koers-timeline__date">
          <time dateTime={m.achievedOn}>{formatDateNl(m.achievedOn)}</time>
        </p>
        <Heading level={4} id={`mijlpaal-${m.id}`} className="koers-timeline__title">
          {m.title}
        </Heading>
        {m.goalTitle || m.certificateName || m.note ? (
          <dl className="koers-details">
            {m.goalTitle ? (
              <div>
                <dt>{tm('milestones.list.goal')}</dt>
                <dd>{m.goalTitle}</dd>
              </div>
            ) : null}
            {m.certificateName ? (
              <div>
                <dt>{tm('milestones.list.certificate')}</dt>
                <dd>
                  {m.certificateName}
                  {canOpenCertificate && m.certificateUrl ? (
                    <>
                      {' '}
                      <CertificateLink url={m.certificateUrl} name={m.certificateName} />
                    </>
                  ) : null}
                </dd>
              </div>
            ) : null}
            {m.note ? (
              <div>
                <dt>{tm('milestones.list.note')}</dt>
                <dd className="koers-pre-line">{m.note}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        <Paragraph small className="koers-muted">
          {tm('milestones.list.recordedBy')} {m.createdBy.name}.{' '}
          {tm(m.seenByYouthAt ? 'milestones.list.seen' : 'milestones.list.notSeen', { youth: youthName })}
        </Paragraph>
        {error ? (
          <Alert type="error" role="alert">
            <Paragraph>{error.title}</Paragraph>
          </Alert>
        ) : null}
        {canEdit ? (
          confirming ? (
            <InlineConfirm
              question={tm('milestones.list.deleteQuestion', { title: m.title })}
              confirmLabel={tm('milestones.list.deleteConfirm')}
              cancelLabel={tm('milestones.list.deleteCancel')}
              busy={remove.isPending}
              onCancel={cancel}
              onConfirm={() => remove.mutate(m, { onError: cancel })}
            />
          ) : (
            <div className="koers-form__actions">
              <Button
                ref={deleteButton}
                appearance="subtle-button"
                onClick={() => {
                  remove.reset();
                  setConfirming(true);
                }}
              >
                {tm('milestones.list.delete')}
                {' '}
                <VisuallyHidden>{tm('milestones.list.deleteHint', { title: m.title })}</VisuallyHidden>
              </Button>
            </div>
          )
        ) : null}
      </article>
    </li>
  );
}
