import { HANDOVER_LIMITS, type HandoverDetail } from '@koers/contracts';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { CheckboxField } from '../../../ui/checkbox-field';
import { QueryProblem } from '../../../ui/query-problem';
import { useHandoverCandidates } from '../hooks/use-handovers';
import { th } from '../i18n';
import { addDaysIso, FormShell, text, todayIso } from './form-shell';
import { useHandoverAction } from './use-action';

/** Start a handover: candidates from the case's team (with their caseload), a reason and the planned switch date. */
export function ProposeForm({ caseId, contactPersonId, onDone }: { caseId: string; contactPersonId: string | null; onDone: (message: string, detail: HandoverDetail) => void }) {
  const caseload = useHandoverCandidates(caseId);
  const ids = { candidateUserIds: 'voorstel-kandidaten', reason: 'voorstel-reden', plannedSwitchDate: 'voorstel-datum' };
  const a = useHandoverAction(caseId, ['candidateUserIds', 'reason', 'plannedSwitchDate'] as const);
  const colleagues = (caseload.data?.items ?? []).filter((k) => k.user.id !== contactPersonId);
  return (
    <FormShell
      id="voorstel"
      level={3}
      title={th('handover.propose.title')}
      intro={<p className="utrecht-paragraph">{th('handover.propose.intro')}</p>}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.propose.submit')}
      onSubmit={(data) => {
        const candidateUserIds = data.getAll('candidate').map(String);
        const reason = text(data, 'reason');
        const plannedSwitchDate = text(data, 'plannedSwitchDate');
        if (
          a.invalid({
            candidateUserIds: candidateUserIds.length === 0 ? th('handover.propose.candidatesRequired') : candidateUserIds.length > HANDOVER_LIMITS.maxCandidates ? th('handover.propose.tooMany', { max: HANDOVER_LIMITS.maxCandidates }) : undefined,
            reason: !reason ? th('handover.propose.reasonRequired') : reason.length > HANDOVER_LIMITS.reason ? th('handover.form.tooLong', { max: HANDOVER_LIMITS.reason }) : undefined,
            plannedSwitchDate: !plannedSwitchDate ? th('handover.propose.dateRequired') : plannedSwitchDate < todayIso() ? th('handover.propose.datePast') : undefined,
          })
        )
          return;
        a.run(null, `/cases/${caseId}/handovers`, { candidateUserIds, reason, plannedSwitchDate }, { onSuccess: (d) => onDone(th('handover.propose.done'), d) });
      }}
    >
      <fieldset id={ids.candidateUserIds} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset koers-fieldset" aria-describedby={a.errors?.fields.candidateUserIds ? `${ids.candidateUserIds}-error` : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend koers-fieldset__legend">{th('handover.propose.candidates')}</legend>
        {a.errors?.fields.candidateUserIds ? (
          <p id={`${ids.candidateUserIds}-error`} className="utrecht-form-field-error-message">
            {a.errors.fields.candidateUserIds}
          </p>
        ) : null}
        {caseload.isPending ? (
          <p className="utrecht-paragraph">{th('handover.loading')}</p>
        ) : !caseload.data ? (
          <QueryProblem error={caseload.error} retry={() => void caseload.refetch()} />
        ) : colleagues.length === 0 ? (
          <p className="utrecht-paragraph">{th('handover.propose.noList')}</p>
        ) : (
          colleagues.map((k) => <CheckboxField key={k.user.id} name="candidate" value={k.user.id} label={th('handover.propose.candidate', { name: k.user.name, count: k.activeCases })} />)
        )}
      </fieldset>
      <TextareaField id={ids.reason} name="reason" rows={2} required label={th('handover.propose.reason')} description={th('handover.propose.reasonDescription')} error={a.errors?.fields.reason} />
      <TextField
        id={ids.plannedSwitchDate}
        name="plannedSwitchDate"
        type="date"
        required
        min={todayIso()}
        defaultValue={addDaysIso(todayIso(), 21)}
        label={th('handover.propose.date')}
        description={th('handover.propose.dateDescription')}
        error={a.errors?.fields.plannedSwitchDate}
      />
    </FormShell>
  );
}
