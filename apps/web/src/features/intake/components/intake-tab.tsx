import { INTAKE_FIELD_LABELS, INTAKE_FIELD_NAMES, type IntakeDetail, type IntakeFieldName, type IntakeFields } from '@koers/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { formatDate, formatDateTime, t } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useCase, useCaseId } from '../../case/hooks/use-case';
import { WerkwijzerTips } from '../../werkwijzer/components/werkwijzer-tips';
import { useCompleteIntake, useIntake, useIntakeWrites } from '../hooks/use-intake';
import { useVersionedDraft, type VersionedDraft } from '../hooks/use-versioned-draft';
import { ti } from '../i18n';
import { draftStorageKey } from '../utils/draft-storage';
import { FIELDS_WITH_DESCRIPTION, INTAKE_FIELD_KINDS, INTAKE_SECTIONS, type IntakeSection as Section, intakeFieldId, sectionFields } from '../utils/intake-form';
import { AutosaveStatus } from './autosave-status';
import { DiversitySection } from './diversity-section';
import { DraftField, formatValue } from './draft-fields';
import { IntakeSection } from './intake-section';
import { LifeAreasSection } from './life-areas-section';
import { ObstaclesSection } from './obstacles-section';
import { RestoredDraft } from './restored-draft';
import { WishesSection } from './wishes-section';

type IntakeDraft = VersionedDraft<IntakeFieldName, IntakeDetail>;

const fieldId = (field: IntakeFieldName) => intakeFieldId(field);
const description = (field: IntakeFieldName) =>
  (FIELDS_WITH_DESCRIPTION as readonly string[]).includes(field) ? ti(`field.${field as (typeof FIELDS_WITH_DESCRIPTION)[number]}.description`) : undefined;

/** The intake tab of a case: the intake form (autosaved), leefgebieden, and (for the contact person) the diversiteitsfactoren. */
export function IntakeTab() {
  const caseId = useCaseId();
  // A fresh draft per case.
  return <IntakeView key={caseId} caseId={caseId} />;
}

function IntakeView({ caseId }: { caseId: string }) {
  const intake = useIntake(caseId);
  if (intake.isPending) return <Loading>{ti('intake.loading')}</Loading>;
  if (intake.isError) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{intake.error.message}</Paragraph>
        <SecondaryActionButton type="button" onClick={() => void intake.refetch()}>
          {ti('common.retry')}
        </SecondaryActionButton>
      </Alert>
    );
  }
  return intake.data.permissions.canEdit ? <IntakeEditor caseId={caseId} intake={intake.data} /> : <IntakeReadOnly caseId={caseId} intake={intake.data} />;
}

function IntakeHeader({ intake, children }: { intake: IntakeDetail; children?: React.ReactNode }) {
  return (
    <header className="koers-intake-header">
      <Heading level={2} className="koers-intake-header__title">
        {ti('intake.title')}
      </Heading>
      <p className="utrecht-paragraph koers-intake-header__meta">
        {intake.completedAt ? (
          <StatusBadge status="active">{ti('intake.completed', { date: formatDate(intake.completedAt) })}</StatusBadge>
        ) : (
          <StatusBadge status="neutral">{ti('intake.notCompleted')}</StatusBadge>
        )}
        {intake.updatedBy ? <span className="koers-muted"> {ti('intake.lastChange', { name: intake.updatedBy.name, date: formatDateTime(intake.updatedAt) })}</span> : null}
      </p>
      {children}
    </header>
  );
}

function filledCount(section: Section, value: (f: IntakeFieldName) => unknown): string | undefined {
  const fields = sectionFields(section).filter((f) => INTAKE_FIELD_KINDS[f].kind !== 'given');
  if (fields.length === 0) return undefined;
  const filled = fields.filter((f) => {
    const v = value(f);
    return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
  }).length;
  return ti('section.filled', { filled, total: fields.length });
}

function IntakeEditor({ caseId, intake }: { caseId: string; intake: IntakeDetail }) {
  const user = useCurrentUser();
  const kase = useCase(caseId);
  const writes = useIntakeWrites(caseId);
  const complete = useCompleteIntake(caseId);
  const [completeMessage, setCompleteMessage] = useState<{ type: 'ok' | 'error' | 'warning'; text: string } | null>(null);
  const draft = useVersionedDraft<IntakeFieldName, IntakeDetail>(intake, {
    fields: INTAKE_FIELD_NAMES,
    save: (changes, version) => writes.saveIntake({ ...(changes as Partial<IntakeFields>), version }),
    onRecord: writes.putIntake,
    storageKey: draftStorageKey(user.id, 'intake', caseId),
  });
  const otherName = draft.server?.updatedBy?.name ?? null;

  const onComplete = async () => {
    setCompleteMessage(null);
    await draft.store.saveNow();
    const snapshot = draft.store.getSnapshot();
    if (snapshot.conflicts.length) return setCompleteMessage({ type: 'warning', text: ti('intake.complete.openConflicts') });
    if (snapshot.hasUnsaved || snapshot.restored || snapshot.error || !snapshot.server) return setCompleteMessage({ type: 'warning', text: ti('intake.complete.unsaved') });
    complete.mutate(snapshot.server.version, {
      onSuccess: (saved) => {
        draft.store.accept(saved);
        writes.putIntake(saved);
        setCompleteMessage({ type: 'ok', text: ti('intake.complete.done') });
      },
      onError: (error) => {
        const current = isApiError(error) && error.status === 409 ? (error.problem.current as IntakeDetail | undefined) : undefined;
        if (current?.version) {
          draft.store.accept(current);
          writes.putIntake(current);
          setCompleteMessage({ type: 'warning', text: ti('intake.complete.conflict') });
        } else {
          setCompleteMessage({ type: 'error', text: isApiError(error) ? error.title : t('error.unexpected') });
        }
      },
    });
  };

  const shown = draft.server ?? intake;
  return (
    <div className="koers-intake">
      <IntakeHeader intake={shown}>
        <Paragraph className="koers-intake__intro">{ti('intake.intro')}</Paragraph>
      </IntakeHeader>
      <WerkwijzerTips moment="intake" />
      <RestoredDraft draft={draft} labels={INTAKE_FIELD_LABELS} fieldId={fieldId} />
      <div className="koers-intake-sections" role="group" aria-label={ti('intake.sections.label')}>
        {INTAKE_SECTIONS.map((section, index) => {
          const fields = sectionFields(section);
          const needsAttention = fields.some((f) => draft.conflicts.some((c) => c.field === f) || draft.fieldErrors[f] || draft.restored?.fields.includes(f));
          return (
            <IntakeSection
              key={section.id}
              id={`intake-sectie-${section.id}`}
              title={ti(`section.${section.id}.title`)}
              meta={filledCount(section, draft.value)}
              defaultOpen={index === 0}
              forceOpen={needsAttention}
            >
              <SectionBody section={section} caseId={caseId} intake={intake} draft={draft} otherName={otherName} />
            </IntakeSection>
          );
        })}
      </div>
      <AutosaveStatus draft={draft} labels={INTAKE_FIELD_LABELS} fieldId={fieldId} className="koers-autosave--sticky" />
      <div className="koers-intake-complete">
        {!shown.completedAt ? (
          <>
            <Paragraph className="koers-muted">{ti('intake.complete.hint')}</Paragraph>
            <div className="koers-form__actions">
              <PrimaryActionButton type="button" busy={complete.isPending} onClick={() => void onComplete()}>
                {ti('intake.complete.button')}
              </PrimaryActionButton>
            </div>
          </>
        ) : null}
        <div role="status" className="koers-intake-feedback">
          {completeMessage ? (
            <Alert type={completeMessage.type}>
              <Paragraph>{completeMessage.text}</Paragraph>
            </Alert>
          ) : null}
        </div>
      </div>
      <LifeAreasSection caseId={caseId} current={intake.lifeAreas} canEdit />
      {intake.permissions.canManageConsent ? <DiversitySection caseId={caseId} intake={intake} youthName={kase.data?.youth.name ?? ''} /> : null}
    </div>
  );
}

function SectionBody({ section, caseId, intake, draft, otherName }: { section: Section; caseId: string; intake: IntakeDetail; draft: IntakeDraft; otherName: string | null }) {
  if (section.id === 'wensen') return <WishesSection caseId={caseId} wishes={intake.wishes} canEdit />;
  if (section.id === 'obstakels') return <ObstaclesSection caseId={caseId} obstacles={intake.urgentObstacles} canEdit noSleepingPlace={draft.value('fixedSleepingPlace') === false} />;
  const field = (f: IntakeFieldName) => (
    <DraftField key={f} field={f} id={fieldId(f)} label={INTAKE_FIELD_LABELS[f]} description={description(f)} kind={INTAKE_FIELD_KINDS[f]} draft={draft} otherName={otherName} />
  );
  return (
    <>
      {section.id === 'leefsituatie' ? <Paragraph>{ti('section.leefsituatie.intro')}</Paragraph> : null}
      {section.id === 'informatie' ? <Paragraph>{ti('section.informatie.intro')}</Paragraph> : null}
      {section.groups.map((group, i) =>
        group.id ? (
          <div key={group.id} className="koers-intake-group">
            <Heading level={4} className="koers-intake-group__title">
              {ti(`group.${group.id}`)}
            </Heading>
            {group.fields.map(field)}
          </div>
        ) : (
          <div key={i} className="koers-intake-group">
            {group.fields.map(field)}
          </div>
        ),
      )}
    </>
  );
}

/** For staff who may only read (a teamleider): the same information, no inputs; never the diversiteitsfactoren. */
function IntakeReadOnly({ caseId, intake }: { caseId: string; intake: IntakeDetail }) {
  const value = (f: IntakeFieldName) => intake[f];
  return (
    <div className="koers-intake koers-intake--read-only">
      <IntakeHeader intake={intake}>
        <Paragraph className="koers-intake__intro">{ti('intake.introReadOnly')}</Paragraph>
      </IntakeHeader>
      <div className="koers-intake-sections" role="group" aria-label={ti('intake.sections.label')}>
        {INTAKE_SECTIONS.map((section) => (
          <IntakeSection key={section.id} id={`intake-sectie-${section.id}`} title={ti(`section.${section.id}.title`)} meta={filledCount(section, value)} defaultOpen>
            {section.id === 'wensen' ? (
              <WishesSection caseId={caseId} wishes={intake.wishes} canEdit={false} />
            ) : section.id === 'obstakels' ? (
              <ObstaclesSection caseId={caseId} obstacles={intake.urgentObstacles} canEdit={false} noSleepingPlace={false} />
            ) : (
              section.groups.map((group, i) => (
                <div key={group.id ?? i} className="koers-intake-group">
                  {group.id ? (
                    <Heading level={4} className="koers-intake-group__title">
                      {ti(`group.${group.id}`)}
                    </Heading>
                  ) : null}
                  <dl className="koers-intake-values">
                    {group.fields.map((f) => {
                      const text = formatValue(INTAKE_FIELD_KINDS[f], intake[f]);
                      return (
                        <div key={f} className="koers-intake-values__item">
                          <dt>{INTAKE_FIELD_LABELS[f]}</dt>
                          <dd className={text ? undefined : 'koers-muted'}>{text ?? ti('value.empty')}</dd>
                        </div>
                      );
                    })}
                  </dl>
                </div>
              ))
            )}
          </IntakeSection>
        ))}
      </div>
      <LifeAreasSection caseId={caseId} current={intake.lifeAreas} canEdit={false} />
    </div>
  );
}
