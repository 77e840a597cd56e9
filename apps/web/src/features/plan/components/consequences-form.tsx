import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';
import { usePlanContext } from './plan-context';
import { VersionFieldForm } from './version-field-form';

/** What happens if obligations are not met: required by law, written plainly and without threat. */
export function ConsequencesForm() {
  const { version, canEditContent, headingLevel, youthName } = usePlanContext();
  const headingId = `plan-${version.number}-gevolgen`;
  return (
    <section className="koers-plan-consequences" aria-labelledby={headingId}>
      <Heading level={(headingLevel + 1) as 4 | 5} id={headingId} appearance="level-4">
        {tp('consequences.title', { youth: youthName })}
      </Heading>
      {canEditContent ? (
        <VersionFieldForm field="consequences" />
      ) : version.consequences ? (
        <Paragraph className="koers-plan-pre-line">{version.consequences}</Paragraph>
      ) : (
        <Paragraph className="koers-muted">{tp('consequences.none')}</Paragraph>
      )}
    </section>
  );
}
