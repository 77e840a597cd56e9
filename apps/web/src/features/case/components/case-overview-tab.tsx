import { type CaseSignal, PHASE_LABELS, PREFERRED_CONTACT_LABELS, SIGNAL_LABELS, type SignalKind } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { formatDate } from '../../../i18n/i18n';
import { type CaseTab, casePath } from '../../../routing/paths';
import { Heading } from '../../../ui/heading';
import { Anchor, Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useCase, useCaseId } from '../hooks/use-case';
import { tc } from '../i18n';
import { PhaseBadge } from './signal-list';
import { Fact } from './facts';
import { YouthAccountActions, youthAccountText } from './youth-account';

/** Where the work behind a signal is done. */
const SIGNAL_TABS: Partial<Record<SignalKind, { tab: CaseTab; label: 'case.overview.signals.goto.intake' | 'case.overview.signals.goto.plan' | 'case.overview.signals.goto.contacts' }>> = {
  urgent_obstakel: { tab: 'intake', label: 'case.overview.signals.goto.intake' },
  evaluatie_verlopen: { tab: 'plan', label: 'case.overview.signals.goto.plan' },
  geen_contact: { tab: 'contacts', label: 'case.overview.signals.goto.contacts' },
};

/** The case at a glance: where it stands, what needs attention, how to reach the jongere. The tabs hold the details. */
export function CaseOverviewTab() {
  const caseId = useCaseId();
  const { data: kase } = useCase(caseId);
  const user = useCurrentUser();
  // The case page renders tabs only once the case is loaded.
  if (!kase) return null;
  const { youth } = kase;
  return (
    <section aria-labelledby="overzicht-titel" className="koers-case-overview">
      <Heading level={2} id="overzicht-titel" className="koers-visually-hidden">
        {tc('case.overview.title')}
      </Heading>
      <div className="koers-cards koers-case-overview__cards">
        <section className="koers-panel" aria-labelledby="overzicht-stand">
          <Heading level={3} appearance="level-4" id="overzicht-stand">
            {tc('case.overview.status.title')}
          </Heading>
          <dl className="koers-facts koers-facts--stacked">
            <Fact label={tc('case.overview.phase')}>
              <PhaseBadge>{PHASE_LABELS[kase.phase]}</PhaseBadge>
            </Fact>
            <Fact label={tc('case.overview.nextEvaluation')}>{kase.nextEvaluationDate ? formatDateNl(kase.nextEvaluationDate) : tc('case.overview.noEvaluation')}</Fact>
            <Fact label={tc('case.overview.lastContact')}>{kase.lastContactAt ? formatDate(kase.lastContactAt) : tc('case.overview.noContact')}</Fact>
            <Fact label={tc('case.overview.since')}>{formatDate(kase.createdAt)}</Fact>
            <Fact label={tc('case.overview.team')}>{kase.team.name}</Fact>
          </dl>
        </section>
        <section className="koers-panel" aria-labelledby="overzicht-signalen">
          <Heading level={3} appearance="level-4" id="overzicht-signalen">
            {tc('case.overview.signals.title')}
          </Heading>
          {kase.signals.length === 0 ? (
            <Paragraph className="koers-muted">{tc('case.overview.signals.none')}</Paragraph>
          ) : (
            <ul className="koers-attention-list">
              {kase.signals.map((signal) => (
                <AttentionItem key={signal.kind} caseId={caseId} signal={signal} />
              ))}
            </ul>
          )}
        </section>
        <section className="koers-panel" aria-labelledby="overzicht-contact">
          <Heading level={3} appearance="level-4" id="overzicht-contact">
            {tc('case.overview.contact.title')}
          </Heading>
          <dl className="koers-facts koers-facts--stacked">
            <Fact label={tc('case.overview.contact.preferred')}>{PREFERRED_CONTACT_LABELS[youth.preferredContact]}</Fact>
            <Fact label={tc('case.overview.contact.phone')}>
              {youth.phone ? <Anchor href={`tel:${youth.phone.replace(/[^0-9+]/g, '')}`}>{youth.phone}</Anchor> : tc('case.overview.contact.none')}
            </Fact>
            <Fact label={tc('case.overview.contact.email')}>
              {youth.email ? <Anchor href={`mailto:${youth.email}`}>{youth.email}</Anchor> : tc('case.overview.contact.none')}
            </Fact>
            <Fact label={tc('case.overview.contact.account')}>{youthAccountText(youth.account)}</Fact>
          </dl>
          {kase.permissions.canEdit && user.role === 'klantmanager' ? <YouthAccountActions kase={kase} /> : null}
        </section>
        {user.role === 'teamleider' || (user.role === 'klantmanager' && kase.contactPerson?.id === user.id) ? <InzageExport caseId={kase.id} youthName={youth.name} /> : null}
      </div>
    </section>
  );
}

/**
 * An inzageverzoek (AVG art. 15): the contact person or the teamleider downloads everything Koers
 * holds about the jongere, the same export the jongere gets herself. The server checks the role
 * again and records the download in the audit trail.
 */
function InzageExport({ caseId, youthName }: { caseId: string; youthName: string }) {
  const base = `/api/cases/${encodeURIComponent(caseId)}/inzage`;
  return (
    <section className="koers-panel" aria-labelledby="overzicht-inzage">
      <Heading level={3} appearance="level-4" id="overzicht-inzage">
        {tc('case.overview.inzage.title')}
      </Heading>
      <Paragraph id="overzicht-inzage-uitleg">{tc('case.overview.inzage.intro', { name: youthName })}</Paragraph>
      <ul className="koers-inzage__downloads">
        <li>
          <Anchor href={`${base}.pdf`} download aria-describedby="overzicht-inzage-uitleg">
            {tc('case.overview.inzage.pdf', { name: youthName })}
          </Anchor>
        </li>
        <li>
          <Anchor href={base} download aria-describedby="overzicht-inzage-uitleg">
            {tc('case.overview.inzage.json', { name: youthName })}
          </Anchor>
        </li>
      </ul>
    </section>
  );
}


function AttentionItem({ caseId, signal }: { caseId: string; signal: CaseSignal }) {
  const target = SIGNAL_TABS[signal.kind];
  return (
    <li className={`koers-attention-list__item koers-signal--${signal.kind}`}>
      <strong className="koers-attention-list__label">{SIGNAL_LABELS[signal.kind]}</strong>
      <span className="koers-attention-list__detail">{signal.detail}</span>
      {target ? (
        <Link to={casePath(caseId, target.tab)} className="koers-attention-list__link">
          {tc(target.label)}
        </Link>
      ) : null}
    </li>
  );
}
