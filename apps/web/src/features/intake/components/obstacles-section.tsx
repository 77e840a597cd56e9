import { INTAKE_LIMITS, URGENT_OBSTACLE_KIND_LABELS, URGENT_OBSTACLE_KINDS, type UrgentObstacle, type UrgentObstacleKind } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { formatDate, t } from '../../../i18n/i18n';
import { casePath } from '../../../routing/paths';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useAddObstacle, useGoalFromObstacle, useResolveObstacle } from '../hooks/use-intake';
import { ti } from '../i18n';
import { TextareaField } from '../../../ui/textarea-field';

type ObstacleField = 'kind' | 'description';
const FIELD_IDS: Record<ObstacleField, string> = { kind: 'obstakel-soort', description: 'obstakel-omschrijving' };

type Feedback = { type: 'ok' | 'error'; text: string; goal?: boolean } | null;

export interface ObstaclesSectionProps {
  caseId: string;
  obstacles: UrgentObstacle[];
  canEdit: boolean;
  /** The intake says there is no fixed place to sleep: suggest recording it as an obstacle. */
  noSleepingPlace: boolean;
}

/** Urgent obstacles (solved first): open ones with "resolve" and "make a goal of this", then the solved ones. */
export function ObstaclesSection({ caseId, obstacles, canEdit, noSleepingPlace }: ObstaclesSectionProps) {
  const resolve = useResolveObstacle(caseId);
  const makeGoal = useGoalFromObstacle(caseId);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const open = obstacles.filter((o) => !o.resolvedAt);
  const solved = obstacles.filter((o) => o.resolvedAt);
  const showSleepHint = canEdit && noSleepingPlace && !open.some((o) => o.kind === 'slaapplek');
  const problem = (e: unknown) => setFeedback({ type: 'error', text: isApiError(e) ? e.title : t('error.unexpected') });

  return (
    <>
      <Paragraph>{ti('obstacles.intro')}</Paragraph>
      {showSleepHint ? (
        <Alert type="warning">
          <Paragraph>{ti('obstacles.sleepHint')}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={4}>
        {ti('obstacles.open.title')}
      </Heading>
      {open.length === 0 ? (
        <Paragraph className="koers-muted">{obstacles.length === 0 ? ti('obstacles.none') : ti('obstacles.noneOpen')}</Paragraph>
      ) : (
        <ul className="koers-intake-list">
          {open.map((o) => (
            <li key={o.id} className="koers-intake-list__item koers-intake-list__item--urgent">
              <div className="koers-intake-list__content">
                <p className="utrecht-paragraph koers-intake-list__kind">{URGENT_OBSTACLE_KIND_LABELS[o.kind]}</p>
                <p className="utrecht-paragraph koers-intake-list__text">{o.description}</p>
                <p className="utrecht-paragraph utrecht-paragraph--small koers-muted">{ti('obstacles.by', { name: o.createdBy.name, date: formatDate(o.createdAt) })}</p>
                {o.goalId ? (
                  <p className="utrecht-paragraph">
                    {ti('obstacles.hasGoal')} <Link to={casePath(caseId, 'plan')}>{ti('obstacles.toPlan')}</Link>
                  </p>
                ) : null}
              </div>
              {canEdit ? (
                <div className="koers-intake-list__actions">
                  {!o.goalId ? (
                    <PrimaryActionButton
                      type="button"
                      busy={makeGoal.isPending && makeGoal.variables?.id === o.id}
                      onClick={() => {
                        setFeedback(null);
                        makeGoal.mutate(o, {
                          onSuccess: (goal) => setFeedback({ type: 'ok', text: ti('obstacles.goalMade', { title: goal.title }), goal: true }),
                          onError: problem,
                        });
                      }}
                    >
                      {ti('obstacles.makeGoal')}
                      <VisuallyHidden>: {URGENT_OBSTACLE_KIND_LABELS[o.kind]}</VisuallyHidden>
                    </PrimaryActionButton>
                  ) : null}
                  <SecondaryActionButton
                    type="button"
                    busy={resolve.isPending && resolve.variables?.id === o.id}
                    onClick={() => {
                      setFeedback(null);
                      resolve.mutate(o, {
                        onSuccess: () => setFeedback({ type: 'ok', text: ti('obstacles.resolvedStatus', { kind: URGENT_OBSTACLE_KIND_LABELS[o.kind] }) }),
                        onError: problem,
                      });
                    }}
                  >
                    {ti('obstacles.resolve')}
                    <VisuallyHidden>: {URGENT_OBSTACLE_KIND_LABELS[o.kind]}</VisuallyHidden>
                  </SecondaryActionButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="koers-intake-feedback">
        {feedback ? (
          <Alert type={feedback.type}>
            <Paragraph>
              {feedback.text}
              {feedback.goal ? (
                <>
                  {' '}
                  <Link to={casePath(caseId, 'plan')}>{ti('obstacles.toPlan')}</Link>
                </>
              ) : null}
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      {solved.length > 0 ? (
        <>
          <Heading level={4}>
            {ti('obstacles.resolved.title')}
          </Heading>
          <ul className="koers-intake-list">
            {solved.map((o) => (
              <li key={o.id} className="koers-intake-list__item koers-intake-list__item--resolved">
                <div className="koers-intake-list__content">
                  <p className="utrecht-paragraph koers-intake-list__kind">{URGENT_OBSTACLE_KIND_LABELS[o.kind]}</p>
                  <p className="utrecht-paragraph koers-intake-list__text">{o.description}</p>
                  <p className="utrecht-paragraph utrecht-paragraph--small koers-muted">{ti('obstacles.resolvedOn', { date: formatDate(o.resolvedAt!) })}</p>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canEdit ? <AddObstacleForm caseId={caseId} onAdded={(kind) => setFeedback({ type: 'ok', text: ti('obstacles.added', { kind }) })} /> : null}
    </>
  );
}

function AddObstacleForm({ caseId, onAdded }: { caseId: string; onAdded: (kindLabel: string) => void }) {
  const add = useAddObstacle(caseId);
  const [kind, setKind] = useState<UrgentObstacleKind | ''>('');
  const [description, setDescription] = useState('');
  const [clientErrors, setClientErrors] = useState<FormErrors<ObstacleField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const errors = clientErrors ?? (add.error ? problemFormErrors(add.error, ['kind', 'description'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = description.trim();
    const problems = clientFormErrors<ObstacleField>({
      kind: kind ? undefined : ti('obstacles.kind.required'),
      description: trimmed ? undefined : ti('obstacles.description.required'),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems || !kind) return;
    add.mutate(
      { kind, description: trimmed },
      {
        onSuccess: (o) => {
          setKind('');
          setDescription('');
          onAdded(URGENT_OBSTACLE_KIND_LABELS[o.kind]);
        },
      },
    );
  };

  return (
    <form className="utrecht-form koers-form koers-intake-subform" noValidate onSubmit={onSubmit} aria-labelledby="obstakel-toevoegen">
      <Heading level={4} id="obstakel-toevoegen">
        {ti('obstacles.add.title')}
      </Heading>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <SelectField
        id={FIELD_IDS.kind}
        label={ti('obstacles.kind.label')}
        placeholder={ti('obstacles.kind.placeholder')}
        options={URGENT_OBSTACLE_KINDS.map((k) => ({ value: k, label: URGENT_OBSTACLE_KIND_LABELS[k] }))}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as UrgentObstacleKind | '')}
        required
        error={errors?.fields.kind}
      />
      <TextareaField
        id={FIELD_IDS.description}
        label={ti('obstacles.description.label')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        maxLength={INTAKE_LIMITS.obstacleDescription}
        rows={3}
        required
        error={errors?.fields.description}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={add.isPending}>
          {ti('obstacles.add.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
