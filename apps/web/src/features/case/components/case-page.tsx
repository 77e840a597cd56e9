import { type CaseDetail, PHASE_LABELS, PREFERRED_CONTACT_LABELS } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { formatDate } from '../../../i18n/i18n';
import { CASE_TABS, type CaseTab, casePath, PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { LIVE_URLS, staffCaseKeys } from '../../live/live-keys';
import { useLiveUpdates } from '../../live/use-live-updates';
import { useCase, useCaseId } from '../hooks/use-case';
import { tc } from '../i18n';
import { PhaseActions } from './phase-actions';
import { PhaseBadge, SignalList } from './signal-list';

/** What the register form tells the case page it lands on. */
export interface CasePageLocationState {
  registered?: boolean;
}

/** One case: a header with who and where, tabs for its parts, the tab's content below. */
export function CasePage() {
  const caseId = useCaseId();
  const { data: kase, isPending, error, refetch } = useCase(caseId);
  useLiveUpdates(kase ? LIVE_URLS.case(caseId) : null, staffCaseKeys(caseId));
  usePageTitle(kase ? kase.youth.name : tc('case.loading'));
  if (isPending) return <Loading>{tc('case.loading')}</Loading>;
  if (!kase) {
    const missing = isApiError(error) && (error.status === 404 || error.status === 403 || error.status === 400);
    return (
      <div className="koers-narrow">
        <BackLink />
        <Alert type="error" role="alert">
          <Paragraph>{missing ? tc('case.notFound') : tc('case.loadFailed')}</Paragraph>
          {isApiError(error) && !missing ? <Paragraph small>{error.title}</Paragraph> : null}
          {!missing ? <SecondaryActionButton onClick={() => void refetch()}>{tc('case.retry')}</SecondaryActionButton> : null}
        </Alert>
      </div>
    );
  }
  return (
    <div className="koers-case">
      <BackLink />
      <RegisteredNotice name={kase.youth.name} />
      <CaseHeader kase={kase} />
      <nav aria-label={tc('case.tabs.label')} className="koers-case-tabs">
        <ul className="koers-case-tabs__list">
          {(Object.keys(CASE_TABS) as CaseTab[]).map((tab) => (
            <li key={tab} className="koers-case-tabs__item">
              {/* `end` only for the overview: a tab stays current on its own sub-pages. */}
              <NavLink to={casePath(caseId, tab)} end={tab === 'overview'} className="koers-case-tabs__link">
                {tc(`case.tabs.${tab}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="koers-case__content">
        <Outlet />
      </div>
    </div>
  );
}

function BackLink() {
  const user = useCurrentUser();
  const toTeam = user.role === 'teamleider';
  return (
    <p className="utrecht-paragraph koers-back-link">
      <Link to={toTeam ? PATHS.team : PATHS.caseload}>{toTeam ? tc('case.backToTeam') : tc('case.backToCaseload')}</Link>
    </p>
  );
}

/** "Noa is aangemeld", once: the history entry forgets it, so a reload or a later visit does not say it again. */
function RegisteredNotice({ name }: { name: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [show] = useState(() => Boolean((location.state as CasePageLocationState | null)?.registered));
  const cleared = useRef(false);
  useEffect(() => {
    if (!show || cleared.current) return;
    cleared.current = true;
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null, preventScrollReset: true });
  }, [show, navigate, location.pathname, location.search, location.hash]);
  if (!show) return null;
  return (
    <Alert type="ok" role="status" className="koers-case__notice">
      <Paragraph>{tc('case.registered', { name })}</Paragraph>
    </Alert>
  );
}

/** Name, key facts, signals, time-out or closed state, and (for the contact person) the phase actions. */
export function CaseHeader({ kase }: { kase: CaseDetail }) {
  const { youth } = kase;
  return (
    <div className="koers-case-header">
      <PageHeading>{youth.name}</PageHeading>
      <dl className="koers-facts">
        <div className="koers-facts__item">
          <dt>{tc('case.header.ageLabel')}</dt>
          <dd>{tc('case.header.age', { age: youth.age })}</dd>
        </div>
        <div className="koers-facts__item">
          <dt>{tc('case.header.dateOfBirth')}</dt>
          <dd>{formatDateNl(youth.dateOfBirth)}</dd>
        </div>
        <div className="koers-facts__item">
          <dt>{tc('case.header.phase')}</dt>
          <dd>
            <PhaseBadge>{PHASE_LABELS[kase.phase]}</PhaseBadge>
          </dd>
        </div>
        <div className="koers-facts__item">
          <dt>{tc('case.header.contactPerson')}</dt>
          <dd>{kase.contactPerson?.name ?? tc('case.header.noContactPerson')}</dd>
        </div>
        <div className="koers-facts__item">
          <dt>{tc('case.header.preferredContact')}</dt>
          <dd>{PREFERRED_CONTACT_LABELS[youth.preferredContact]}</dd>
        </div>
      </dl>
      <SignalList signals={kase.signals} label={tc('case.signals.label')} className="koers-case-header__signals" />
      {kase.timeout ? (
        <div className="koers-case-state koers-case-state--time-out">
          <p className="utrecht-paragraph koers-case-state__title">{tc('case.timeout.title')}</p>
          <dl className="koers-facts koers-facts--compact">
            <div className="koers-facts__item">
              <dt>{tc('case.timeout.reason')}</dt>
              <dd className="koers-prewrap">{kase.timeout.reason}</dd>
            </div>
            <div className="koers-facts__item">
              <dt>{tc('case.timeout.until')}</dt>
              <dd>{formatDateNl(kase.timeout.until)}</dd>
            </div>
            <div className="koers-facts__item">
              <dt>{tc('case.timeout.returnsTo')}</dt>
              <dd>{PHASE_LABELS[kase.timeout.returnsTo]}</dd>
            </div>
          </dl>
        </div>
      ) : null}
      {kase.closed ? (
        <div className="koers-case-state koers-case-state--closed">
          <p className="utrecht-paragraph koers-case-state__title">{tc('case.closed.title')}</p>
          <dl className="koers-facts koers-facts--compact">
            <div className="koers-facts__item">
              <dt>{tc('case.closed.at')}</dt>
              <dd>{formatDate(kase.closed.at)}</dd>
            </div>
            <div className="koers-facts__item">
              <dt>{tc('case.closed.reason')}</dt>
              <dd className="koers-prewrap">{kase.closed.reason}</dd>
            </div>
          </dl>
        </div>
      ) : null}
      {kase.permissions.canEdit ? (
        <PhaseActions kase={kase} />
      ) : (
        <Paragraph small className="koers-muted koers-case-header__readonly">
          {tc('case.header.readOnly')}
        </Paragraph>
      )}
    </div>
  );
}
