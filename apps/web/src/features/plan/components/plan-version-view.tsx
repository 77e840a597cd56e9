import type { UrgentObstacle } from '@koers/contracts';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';
import { day } from '../utils/format';
import { AgreementsSection } from './agreements-section';
import { GoalsSection } from './goals-section';
import { usePlanContext } from './plan-context';
import { SignOffSection } from './sign-off-section';
import { VersionFieldForm } from './version-field-form';

/** "Volgende evaluatie": the date is needed before the plan can be proposed. */
function EvaluationDateSection() {
  const { version, canEditContent, headingLevel } = usePlanContext();
  const headingId = `plan-${version.number}-evaluatiedatum`;
  return (
    <section className="koers-plan-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {tp('version.evaluationDate.title')}
      </Heading>
      {canEditContent ? (
        <VersionFieldForm field="evaluationDate" />
      ) : (
        <Paragraph>{version.evaluationDate ? tp('version.evaluationDate.on', { date: day(version.evaluationDate) }) : tp('version.evaluationDate.none')}</Paragraph>
      )}
    </section>
  );
}

/** The content of one plan version, in reading order: goals first, then agreements, the evaluation date and the sign-off. */
export function PlanVersionView({ obstacles = [] }: { obstacles?: UrgentObstacle[] }) {
  return (
    <>
      <GoalsSection obstacles={obstacles} />
      <AgreementsSection />
      <EvaluationDateSection />
      <SignOffSection />
    </>
  );
}
