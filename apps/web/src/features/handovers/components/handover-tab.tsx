import { ANNOUNCE_METHOD_LABELS, HANDOVER_NEXT_STEP_LABELS, HANDOVER_STATUS_LABELS, HANDOVER_WARMTH_LABELS, type HandoverDetail, OPEN_HANDOVER_STATUSES } from '@koers/contracts';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../../i18n/i18n';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { QueryProblem } from '../../../ui/query-problem';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useCase, useCaseId } from '../../case/hooks/use-case';
import { useCaseHandovers, useContactPerson, useHandover, useHandoverCandidates } from '../hooks/use-handovers';
import { th } from '../i18n';
import { AbortForm, AddCandidateForm, AnnounceForm, ChooseForm, MeetingForm, NoteForm, PreferenceForm, RespondForms, SwitchForm, UpdatePlanForm } from './handover-actions';
import { WerkwijzerTips } from '../../werkwijzer/components/werkwijzer-tips';
import { HandoverSteps } from './handover-steps';
import { ProposeForm } from './propose-form';

const isOpen = (status: string) => (OPEN_HANDOVER_STATUSES as readonly string[]).includes(status);

/** Tab "Overdracht" of the case page: who the contact person is, and the warme overdracht step by step. */
export function HandoverTab() {
  const caseId = useCaseId();
  const user = useCurrentUser();
  const { data: kase } = useCase(caseId);
  const contact = useContactPerson(caseId);
  const list = useCaseHandovers(caseId);
  const [status, setStatus] = useState('');
  const openSummary = list.data?.find((h) => isOpen(h.status)) ?? null;
  const detail = useHandover(openSummary?.id ?? null);
  const closed = (list.data ?? []).filter((h) => !isOpen(h.status));
  const isContact = kase?.contactPerson?.id === user.id;
  const mayPropose = kase?.phase !== 'afgesloten' && (user.role === 'teamleider' || isContact);

  return (
    <section className="koers-section koers-tab koers-handover" aria-labelledby="overdracht-titel">
      <Heading level={2} id="overdracht-titel">
        {th('handover.title')}
      </Heading>
      <p className="utrecht-paragraph koers-form-status" role="status">
        {status}
      </p>
      <WerkwijzerTips moment="handover" />
      <section className="koers-panel" aria-labelledby="contactpersoon-titel">
        <Heading level={3} id="contactpersoon-titel">
          {th('handover.contact.title')}
        </Heading>
        {contact.isPending ? (
          <Loading>{th('handover.loading')}</Loading>
        ) : !contact.data ? (
          <QueryProblem error={contact.error} retry={() => void contact.refetch()} />
        ) : contact.data.person ? (
          <Paragraph>
            {contact.data.person.name}
            {contact.data.person.email ? ` · ${contact.data.person.email}` : ''}
          </Paragraph>
        ) : (
          <Paragraph>{th('handover.contact.none', { since: contact.data.withoutContactSince ? formatDateTime(contact.data.withoutContactSince) : '—' })}</Paragraph>
        )}
      </section>

      {list.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !list.data ? (
        <QueryProblem error={list.error} retry={() => void list.refetch()} />
      ) : openSummary ? (
        detail.data ? (
          <OpenHandover handover={detail.data} onDone={setStatus} />
        ) : detail.isError ? (
          <QueryProblem error={detail.error} retry={() => void detail.refetch()} />
        ) : (
          <Loading>{th('handover.loading')}</Loading>
        )
      ) : mayPropose ? (
        <ProposeForm caseId={caseId} contactPersonId={kase?.contactPerson?.id ?? null} onDone={setStatus} />
      ) : (
        <Paragraph>{th('handover.noneOpen')}</Paragraph>
      )}

      {closed.length > 0 ? (
        <section className="koers-panel" aria-labelledby="overdracht-eerder">
          <Heading level={3} id="overdracht-eerder">
            {th('handover.history.title')}
          </Heading>
          <ul className="koers-handover-history">
            {closed.map((h) => (
              <li key={h.id}>
                {h.status === 'overgedragen'
                  ? th('handover.history.switched', {
                      from: h.from?.name ?? '—',
                      to: h.successor?.name ?? '—',
                      when: h.switchedAt ? formatDate(h.switchedAt) : '—',
                      warmth: h.warmth ? HANDOVER_WARMTH_LABELS[h.warmth] : '—',
                    })
                  : th('handover.history.aborted', { reason: h.abortReason ?? '—' })}
                {h.coldReason ? ` ${th('handover.history.coldReason', { reason: h.coldReason })}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function OpenHandover({ handover: h, onDone }: { handover: HandoverDetail; onDone: (message: string) => void }) {
  const p = h.permissions;
  const isLeader = useCurrentUser().role === 'teamleider';
  const team = useHandoverCandidates(h.caseId, isLeader && p.canManage);
  const colleagues = (team.data?.items ?? []).map((k) => ({ id: k.user.id, label: th('handover.propose.candidate', { name: k.user.name, count: k.activeCases }) }));
  const beforeAccept = h.acceptedAt === null;
  return (
    <section className="koers-panel koers-handover-open" aria-labelledby="overdracht-lopend">
      <Heading level={3} id="overdracht-lopend">
        {th('handover.open.title')} <StatusBadge status="active">{HANDOVER_STATUS_LABELS[h.status]}</StatusBadge>
      </Heading>
      <dl className="koers-handover-facts">
        <dt>{th('handover.open.from')}</dt>
        <dd>{h.from?.name ?? '—'}</dd>
        <dt>{th('handover.open.successor')}</dt>
        <dd>{h.successor ? `${h.successor.name}${h.acceptedAt ? ` (${th('handover.open.accepted')})` : ` (${th('handover.open.notAccepted')})`}` : th('handover.open.noSuccessor')}</dd>
        <dt>{th('handover.open.reason')}</dt>
        <dd>{h.reason}</dd>
        <dt>{th('handover.open.planned')}</dt>
        <dd>
          {h.plannedSwitchDate ? formatDate(h.plannedSwitchDate) : '—'}
          {h.daysToSwitch !== null ? ` (${th('handover.days', { days: h.daysToSwitch })})` : ''}
        </dd>
        <dt>{th('handover.open.next')}</dt>
        <dd>{h.nextStep ? HANDOVER_NEXT_STEP_LABELS[h.nextStep] : '—'}</dd>
        <dt>{th('handover.open.candidates')}</dt>
        <dd>
          <ul className="koers-handover-candidates">
            {h.candidates.map((c) => (
              <li key={c.user.id}>
                {c.user.name} — {th(`handover.candidate.${c.status}`)}, {th('handover.candidates.cases', { count: c.activeCases })}
                {c.preferredByYouth ? `, ${th('handover.candidates.preferred')}` : ''}
                {c.declinedReason ? ` (${c.declinedReason})` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{th('handover.open.preference')}</dt>
        <dd>
          {h.youthPreference ? (h.youthPreference.candidate?.name ?? th('handover.preference.none')) : th('handover.open.noPreference')}
          {h.youthPreference
            ? ` (${h.youthPreference.via === 'eigen_login' ? th('handover.preference.viaOwnLogin') : th('handover.preference.viaTalk', { name: h.youthPreference.recordedBy?.name ?? '—' })})`
            : ''}
          {h.youthPreference?.note ? ` — ${h.youthPreference.note}` : ''}
        </dd>
        <dt>{th('handover.open.announced')}</dt>
        <dd>{h.announcement ? `${formatDate(h.announcement.on)}, ${ANNOUNCE_METHOD_LABELS[h.announcement.how].toLowerCase()}` : th('handover.open.notAnnounced')}</dd>
        <dt>{th('handover.open.meetings')}</dt>
        <dd>
          {h.meetings.length === 0 ? (
            th('handover.open.noMeetings')
          ) : (
            <ul>
              {h.meetings.map((m) => (
                <li key={m.id}>
                  {formatDate(m.heldOn)} — {th(m.currentContactPresent ? 'handover.meeting.withContact' : 'handover.meeting.withoutContact')}
                  {m.othersPresent ? `, ${m.othersPresent}` : ''}
                  {m.note ? `: ${m.note}` : ''}
                  {m.youthConfirmedAt ? (
                    <>
                      {' — '}
                      <strong>{th('handover.meeting.confirmedByYouth')}</strong>
                      {m.youthRemark ? ` (${th('handover.meeting.youthRemark', { remark: m.youthRemark })})` : ''}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {h.note ? (
          <>
            <dt>{th('handover.note.title')}</dt>
            <dd>
              <p className="utrecht-paragraph">
                <strong>{th('handover.note.worksWell')}:</strong> {h.note.worksWell}
              </p>
              {h.note.avoid ? (
                <p className="utrecht-paragraph">
                  <strong>{th('handover.note.avoid')}:</strong> {h.note.avoid}
                </p>
              ) : null}
              {h.note.openCommitments ? (
                <p className="utrecht-paragraph">
                  <strong>{th('handover.note.openCommitments')}:</strong> {h.note.openCommitments}
                </p>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      <HandoverSteps handover={h} />
      <div className="koers-handover-actions">
        {p.canRespond && beforeAccept && h.successor ? <RespondForms handover={h} onDone={onDone} /> : null}
        {p.canManage && !h.successor ? <ChooseForm handover={h} onDone={onDone} /> : null}
        {p.canManage && isLeader && beforeAccept ? <AddCandidateForm handover={h} colleagues={colleagues} onDone={onDone} /> : null}
        {p.canManage && beforeAccept ? <PreferenceForm handover={h} onDone={onDone} /> : null}
        {p.canManage && !h.announcement ? <AnnounceForm handover={h} onDone={onDone} /> : null}
        {p.canLogMeeting && h.announcement ? <MeetingForm handover={h} onDone={onDone} /> : null}
        {p.canWriteNote ? <NoteForm handover={h} onDone={onDone} /> : null}
        {p.canSwitch ? <SwitchForm handover={h} onDone={onDone} /> : null}
        {p.canManage && h.kind === 'gepland' ? <UpdatePlanForm handover={h} onDone={onDone} /> : null}
        {p.canManage ? <AbortForm handover={h} onDone={onDone} /> : null}
      </div>
    </section>
  );
}
