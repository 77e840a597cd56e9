import {
  INTAKE_LIMITS,
  type IntakeDetail,
  LIFE_AREA_INFO,
  LIFE_AREA_SCALE,
  LIFE_AREA_SCORES,
  LIFE_AREAS,
  type LifeArea,
  type LifeAreaHistory,
  type LifeAreaScoreValue,
  type RecordLifeAreasRequest,
} from '@koers/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { Button, PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { TextField } from '../../../ui/text-field';
import { useLifeAreaHistory, useRecordLifeAreas } from '../hooks/use-intake';
import { ti } from '../i18n';
import { LifeAreaChart, LifeAreaLegend, type LifeAreaPoint } from './life-area-chart';

type Current = IntakeDetail['lifeAreas'];

function scoreText(score: LifeAreaScoreValue | null): string {
  return score === null ? ti('lifeAreas.noScore') : `${score} – ${LIFE_AREA_SCALE[score].label}`;
}

/** Per area, every moment it was scored, oldest first. */
export function pointsPerArea(history: LifeAreaHistory): Record<LifeArea, LifeAreaPoint[]> {
  const out = Object.fromEntries(LIFE_AREAS.map((a) => [a, [] as LifeAreaPoint[]])) as Record<LifeArea, LifeAreaPoint[]>;
  for (const set of history.sets) {
    for (const s of set.scores) out[s.area]?.push({ recordedAt: set.recordedAt, moment: set.moment, staffScore: s.staffScore, youthScore: s.youthScore, note: s.note });
  }
  return out;
}

/** Leefgebieden at a glance: the intake scores side by side, how each area developed, and (for the contact person) recording new scores. */
export function LifeAreasSection({ caseId, current, canEdit }: { caseId: string; current: Current; canEdit: boolean }) {
  const history = useLifeAreaHistory(caseId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const byArea = new Map(current.map((s) => [s.area, s]));

  return (
    <section className="koers-intake-block" aria-labelledby="leefgebieden-titel">
      <Heading level={3} id="leefgebieden-titel">
        {ti('lifeAreas.title')}
      </Heading>
      <Paragraph>{ti('lifeAreas.intro')}</Paragraph>
      <details className="koers-intake-scale">
        <summary>{ti('lifeAreas.scale.toggle')}</summary>
        <dl>
          {LIFE_AREA_SCORES.map((s) => (
            <div key={s}>
              <dt>
                {s} – {LIFE_AREA_SCALE[s].label}
              </dt>
              <dd>{LIFE_AREA_SCALE[s].explanation}</dd>
            </div>
          ))}
        </dl>
      </details>

      {current.length === 0 ? (
        <Paragraph className="koers-muted">{ti('lifeAreas.none')}</Paragraph>
      ) : (
        <Table caption={ti('lifeAreas.now.caption')} className="koers-life-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{ti('lifeAreas.col.area')}</TableHeaderCell>
              <TableHeaderCell>{ti('lifeAreas.col.staff')}</TableHeaderCell>
              <TableHeaderCell>{ti('lifeAreas.col.youth')}</TableHeaderCell>
              <TableHeaderCell>{ti('lifeAreas.col.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {LIFE_AREAS.map((area) => {
              const s = byArea.get(area);
              return (
                <TableRow key={area}>
                  <TableHeaderCell scope="row">{LIFE_AREA_INFO[area].label}</TableHeaderCell>
                  <TableCell>
                    <ScoreBar score={s?.staffScore ?? null} />
                  </TableCell>
                  <TableCell>
                    <ScoreBar score={s?.youthScore ?? null} />
                  </TableCell>
                  <TableCell className="koers-life-table__note">{s?.note ?? ''}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      <p role="status" className="utrecht-paragraph koers-form-status">
        {status}
      </p>
      {canEdit ? (
        editing ? (
          <LifeAreasForm
            caseId={caseId}
            current={current}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => openButton.current?.focus());
            }}
            onSaved={() => {
              setEditing(false);
              setStatus(ti('lifeAreas.saved'));
              requestAnimationFrame(() => openButton.current?.focus());
            }}
          />
        ) : (
          <div className="koers-form__actions">
            <Button
              ref={openButton}
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                setStatus('');
                setEditing(true);
              }}
            >
              {ti('lifeAreas.form.open')}
            </Button>
          </div>
        )
      ) : null}

      <Heading level={4}>
        {ti('lifeAreas.history.title')}
      </Heading>
      {history.isPending ? (
        <Loading>{ti('lifeAreas.history.loading')}</Loading>
      ) : history.isError ? (
        <Paragraph>{history.error.message}</Paragraph>
      ) : history.data.sets.length === 0 ? (
        <Paragraph className="koers-muted">{ti('lifeAreas.history.empty')}</Paragraph>
      ) : (
        <>
          <LifeAreaLegend />
          <div className="koers-life-charts">
            {Object.entries(pointsPerArea(history.data)).map(([area, points]) =>
              points.length ? <LifeAreaChart key={area} id={`leefgebied-grafiek-${area}`} label={LIFE_AREA_INFO[area as LifeArea].label} points={points} /> : null,
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** "3 – Beperkt zelfredzaam" with five blocks, three filled (the blocks are decoration). */
function ScoreBar({ score }: { score: LifeAreaScoreValue | null }) {
  return (
    <span className="koers-score">
      {score !== null ? (
        <span className="koers-score__blocks" aria-hidden="true">
          {LIFE_AREA_SCORES.map((s) => (
            <span key={s} className={s <= score ? 'koers-score__block koers-score__block--on' : 'koers-score__block'} />
          ))}
        </span>
      ) : null}
      <span>{scoreText(score)}</span>
    </span>
  );
}

interface AreaInput {
  staff: string;
  youth: string;
  note: string;
}

const fieldId = (area: LifeArea, part: 'klantmanager' | 'jongere' | 'toelichting') => `leefgebied-${area}-${part}`;
const toScore = (v: string) => (v ? (Number(v) as LifeAreaScoreValue) : null);

function LifeAreasForm({ caseId, current, onCancel, onSaved }: { caseId: string; current: Current; onCancel: () => void; onSaved: () => void }) {
  const record = useRecordLifeAreas(caseId);
  const initial = Object.fromEntries(
    LIFE_AREAS.map((area) => {
      const s = current.find((c) => c.area === area);
      return [area, { staff: s?.staffScore ? String(s.staffScore) : '', youth: s?.youthScore ? String(s.youthScore) : '', note: s?.note ?? '' }];
    }),
  ) as Record<LifeArea, AreaInput>;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<LifeArea> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const set = (area: LifeArea, patch: Partial<AreaInput>) => setValues((v) => ({ ...v, [area]: { ...v[area], ...patch } }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    setAttempt((n) => n + 1);
    const changed = LIFE_AREAS.filter((a) => {
      const v = values[a];
      const i = initial[a];
      return v.staff !== i.staff || v.youth !== i.youth || v.note.trim() !== i.note.trim();
    });
    const fields: Partial<Record<LifeArea, string>> = {};
    for (const area of changed) {
      if (!values[area].staff && !values[area].youth) fields[area] = ti('lifeAreas.form.noteWithoutScore', { area: LIFE_AREA_INFO[area].label });
    }
    if (changed.length === 0) {
      setErrors({ title: ti('common.formError'), fields: {}, general: [ti('lifeAreas.form.noChange')] });
      return;
    }
    if (Object.keys(fields).length) {
      setErrors({ title: ti('common.formError'), fields, general: [] });
      return;
    }
    setErrors(null);
    const request: RecordLifeAreasRequest = {
      moment: 'intake',
      scores: changed.map((area) => ({
        area,
        staffScore: toScore(values[area].staff),
        youthScore: toScore(values[area].youth),
        note: values[area].note.trim() || null,
      })),
    };
    record.mutate(request, {
      onSuccess: onSaved,
      onError: (error) => {
        // The API names fields by position ("scores.2.staffScore"): put them on that area.
        const mapped = problemFormErrors(error, [] as LifeArea[]);
        const byArea: Partial<Record<LifeArea, string>> = {};
        const general: string[] = [];
        for (const fe of isApiError(error) ? error.fieldErrors : []) {
          const index = /^scores\.(\d+)\./.exec(fe.field)?.[1];
          const area = index !== undefined ? request.scores[Number(index)]?.area : undefined;
          if (area && !byArea[area]) byArea[area] = fe.message;
          else general.push(fe.message);
        }
        setErrors({ ...mapped, fields: byArea, general });
      },
    });
  };

  const fieldIds = Object.fromEntries(LIFE_AREAS.map((a) => [a, fieldId(a, 'klantmanager')])) as Record<LifeArea, string>;
  const scoreOptions = LIFE_AREA_SCORES.map((s) => ({ value: String(s), label: `${s} – ${LIFE_AREA_SCALE[s].label}` }));

  return (
    <form className="utrecht-form koers-form koers-intake-subform koers-life-form" noValidate onSubmit={onSubmit} aria-labelledby="leefgebieden-form-titel">
      <Heading level={4} id="leefgebieden-form-titel">
        {ti('lifeAreas.form.title')}
      </Heading>
      <Paragraph>{ti('lifeAreas.form.intro')}</Paragraph>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={fieldIds} /> : null}
      {LIFE_AREAS.map((area) => (
        <fieldset key={area} className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset koers-life-form__area" aria-describedby={`leefgebied-${area}-uitleg`}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{LIFE_AREA_INFO[area].label}</legend>
          <p id={`leefgebied-${area}-uitleg`} className="utrecht-paragraph utrecht-paragraph--small koers-muted">
            {LIFE_AREA_INFO[area].explanation}
          </p>
          <div className="koers-life-form__scores">
            <SelectField
              id={fieldId(area, 'klantmanager')}
              label={ti('lifeAreas.form.staff')}
              placeholder={ti('lifeAreas.noScore')}
              options={scoreOptions}
              value={values[area].staff}
              onChange={(e) => set(area, { staff: e.currentTarget.value })}
              error={errors?.fields[area]}
            />
            <SelectField
              id={fieldId(area, 'jongere')}
              label={ti('lifeAreas.form.youth')}
              placeholder={ti('lifeAreas.noScore')}
              options={scoreOptions}
              value={values[area].youth}
              onChange={(e) => set(area, { youth: e.currentTarget.value })}
            />
          </div>
          <TextField
            id={fieldId(area, 'toelichting')}
            label={ti('lifeAreas.form.note')}
            value={values[area].note}
            maxLength={INTAKE_LIMITS.lifeAreaNote}
            onChange={(e) => set(area, { note: e.currentTarget.value })}
          />
        </fieldset>
      ))}
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={record.isPending}>
          {ti('lifeAreas.form.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {ti('lifeAreas.form.cancel')}
        </SecondaryActionButton>
      </div>
    </form>
  );
}
