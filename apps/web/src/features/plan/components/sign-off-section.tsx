import { type PlanVersionDetail, YOUTH_AGREED_VIA_LABELS } from '@koers/contracts';
import { useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { Button, PrimaryActionButton } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useAgreePlan, useProposePlan } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { day } from '../utils/format';
import { InlineConfirm } from '../../../ui/inline-confirm';
import { MissingList, missingItems } from './missing-list';
import { usePlanContext } from './plan-context';

/** Who has agreed to this version, and when; the jongere's agreement says it was given in a meeting. */
function Agreements({ version, youthName }: { version: PlanVersionDetail; youthName: string }) {
  const { staff, youth } = version.signOff;
  return (
    <dl className="koers-plan-facts koers-plan-signoff__parties">
      <div>
        <dt>{tp('signOff.staff')}</dt>
        <dd>{staff ? tp('signOff.staffAgreed', { date: day(staff.agreedAt), who: staff.by?.name ?? tp('history.unknown') }) : tp('signOff.notYet')}</dd>
      </div>
      <div>
        <dt>{tp('signOff.youth', { youth: youthName })}</dt>
        <dd>
          {youth
            ? `${tp('signOff.youthAgreed', { date: day(youth.agreedAt) })} ${YOUTH_AGREED_VIA_LABELS[youth.via]}.${
                youth.recordedBy ? ` ${tp('signOff.recordedBy', { who: youth.recordedBy.name })}` : ''
              }`
            : tp('signOff.notYet')}
        </dd>
      </div>
    </dl>
  );
}

/**
 * "Instemming": propose the concept (with what is still missing shown beforehand and, from the
 * server, afterwards), then record the klantmanager's agreement and the jongere's agreement given
 * in a meeting. With both, the version is vastgesteld.
 */
export function SignOffSection() {
  const { caseId, version, youthName, canEditContent, headingLevel, notify } = usePlanContext();
  const propose = useProposePlan(caseId);
  const agree = useAgreePlan(caseId);
  const [confirmYouth, setConfirmYouth] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const youthButton = useRef<HTMLButtonElement>(null);
  const headingId = `plan-${version.number}-instemming`;
  const { signOff, readiness, status } = version;
  const focusHeading = () => setTimeout(() => heading.current?.focus(), 0);

  const failure = (propose.error ?? agree.error) as unknown;
  const problem = failure && isApiError(failure) ? failure : failure ? null : undefined;

  const onPropose = () => {
    if (propose.isPending) return;
    agree.reset();
    setAttempt((n) => n + 1);
    propose.mutate(
      { versionId: version.id, version: version.version },
      {
        onSuccess: () => {
          notify(tp('signOff.proposed', { youth: youthName }));
          focusHeading();
        },
      },
    );
  };

  const onAgree = (party: 'klantmanager' | 'jongere') => {
    if (agree.isPending) return;
    propose.reset();
    setAttempt((n) => n + 1);
    agree.mutate(
      { versionId: version.id, body: party === 'jongere' ? { party, via: 'gesprek', version: version.version } : { party, version: version.version } },
      {
        onSuccess: (result) => {
          setConfirmYouth(false);
          if (result.status === 'vastgesteld') {
            notify(tp('signOff.establishedMessage', { number: result.number, date: day(result.signOff.establishedAt ?? result.createdAt) }));
            focusHeading();
          } else {
            notify(party === 'jongere' ? tp('signOff.youthRecorded', { youth: youthName }) : tp('signOff.staffRecorded'));
          }
        },
        onError: () => setConfirmYouth(false),
      },
    );
  };

  return (
    <section className="koers-plan-section koers-plan-signoff" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} ref={heading} tabIndex={-1} className="koers-plan-focus">
        {tp('signOff.title')}
      </Heading>

      {problem ? (
        <ErrorSummary
          key={attempt}
          title={problem.title}
          items={missingItems(problem.fieldErrors, canEditContent)}
          requestId={problem.status >= 500 ? problem.requestId : undefined}
          headingLevel={(headingLevel + 1) as 4 | 5}
        />
      ) : problem === null ? (
        <Alert type="error" role="alert">
          <Paragraph>{tp('error.unexpected')}</Paragraph>
        </Alert>
      ) : null}

      {status === 'concept' ? (
        <>
          <Paragraph>{tp('signOff.intro', { youth: youthName })}</Paragraph>
          {readiness.ready ? (
            <Paragraph className="koers-plan-ready">{tp('signOff.ready')}</Paragraph>
          ) : (
            <div className="koers-plan-readiness">
              <Paragraph>{tp('signOff.missing')}</Paragraph>
              <MissingList missing={readiness.missing} linked={canEditContent} />
            </div>
          )}
          {canEditContent ? (
            <div className="koers-form__actions">
              <PrimaryActionButton busy={propose.isPending} onClick={onPropose}>
                {tp('signOff.propose')}
              </PrimaryActionButton>
            </div>
          ) : null}
        </>
      ) : null}

      {status === 'voorgesteld' ? (
        <>
          <Paragraph>
            {tp('signOff.proposedOn', { date: day(signOff.proposedAt ?? version.createdAt), who: signOff.proposedBy?.name ?? tp('history.unknown') })}{' '}
            {tp('signOff.bothNeeded', { youth: youthName })}
          </Paragraph>
          <Agreements version={version} youthName={youthName} />
          {canEditContent ? (
            <>
              {confirmYouth ? (
                <InlineConfirm
                  tone="calm"
                  question={tp('signOff.youthQuestion', { youth: youthName, number: version.number })}
                  confirmLabel={tp('signOff.youthConfirm')}
                  cancelLabel={tp('form.cancel')}
                  busy={agree.isPending}
                  onConfirm={() => onAgree('jongere')}
                  onCancel={() => {
                    setConfirmYouth(false);
                    requestAnimationFrame(() => youthButton.current?.focus());
                  }}
                />
              ) : null}
              <div className="koers-form__actions">
                {!signOff.staff ? (
                  <PrimaryActionButton busy={agree.isPending && agree.variables?.body.party === 'klantmanager'} onClick={() => onAgree('klantmanager')}>
                    {tp('signOff.agreeStaff')}
                  </PrimaryActionButton>
                ) : null}
                {!signOff.youth && !confirmYouth ? (
                  <Button
                    ref={youthButton}
                    appearance="primary-action-button"
                    onClick={() => {
                      agree.reset();
                      setConfirmYouth(true);
                    }}
                  >
                    {tp('signOff.agreeYouth')}
                  </Button>
                ) : null}
              </div>
            </>
          ) : null}
        </>
      ) : null}

      {status === 'vastgesteld' || status === 'vervangen' ? (
        <>
          <Alert type="ok" className="koers-plan-established">
            <Paragraph>
              <strong>{tp('signOff.established', { date: day(signOff.establishedAt ?? version.createdAt) })}</strong>
            </Paragraph>
            <Paragraph>{status === 'vastgesteld' ? tp('signOff.fixed') : tp('signOff.replaced')}</Paragraph>
          </Alert>
          <Agreements version={version} youthName={youthName} />
        </>
      ) : null}
    </section>
  );
}
