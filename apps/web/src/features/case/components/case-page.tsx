import { PHASE_LABELS } from '@koers/contracts';
import { NavLink, Outlet } from 'react-router';
import { usePageTitle } from '../../../routing/use-page-title';
import { CASE_TABS, type CaseTab, casePath } from '../../../routing/paths';
import { Alert } from '../../../ui/alert';
import { PageHeading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { tc } from '../i18n';
import { useCase, useCaseId } from '../hooks/use-case';

/** One case: a header with who and where, tabs for its parts, the tab's content below. */
export function CasePage() {
  const caseId = useCaseId();
  const { data: kase, isPending, isError } = useCase(caseId);
  usePageTitle(kase ? kase.youth.name : tc('case.loading'));
  if (isPending) return <Loading>{tc('case.loading')}</Loading>;
  if (isError || !kase) return <Alert type="error">{tc('case.notFound')}</Alert>;
  return (
    <div className="koers-case">
      <PageHeading>{kase.youth.name}</PageHeading>
      <dl className="koers-case__facts">
        <div>
          <dt>{tc('case.header.phase')}</dt>
          <dd>{PHASE_LABELS[kase.phase]}</dd>
        </div>
        <div>
          <dt>{tc('case.header.contactPerson')}</dt>
          <dd>{kase.contactPerson?.name ?? tc('case.header.noContactPerson')}</dd>
        </div>
        <div>
          <dt>{tc('case.header.age', { age: kase.youth.age })}</dt>
          <dd>{kase.youth.dateOfBirth}</dd>
        </div>
      </dl>
      <nav aria-label={tc('case.tabs.label')} className="koers-case__tabs">
        <ul>
          {(Object.keys(CASE_TABS) as CaseTab[]).map((tab) => (
            <li key={tab}>
              <NavLink to={casePath(caseId, tab)} end>
                {tc(`case.tabs.${tab}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
