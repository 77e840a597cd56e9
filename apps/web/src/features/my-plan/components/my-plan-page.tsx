import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { Heading, PageHeading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';

/** Landing page of the jongere: B1 language, mobile first. The plan itself comes here in a next stage. */
export function MyPlanPage() {
  usePageTitle(t('myPlan.title'));
  const user = useCurrentUser();
  return (
    <div className="koers-narrow koers-my-plan">
      <PageHeading>{t('myPlan.title')}</PageHeading>
      <Paragraph lead>{t('myPlan.hello', { name: user.name })}</Paragraph>
      <Paragraph>{t('myPlan.intro')}</Paragraph>

      <section className="koers-panel" aria-labelledby="mijn-doelen">
        <Heading level={2} id="mijn-doelen">
          {t('myPlan.goals.title')}
        </Heading>
        <Paragraph>{t('myPlan.goals.empty')}</Paragraph>
      </section>

      <section className="koers-panel" aria-labelledby="wat-gaat-goed">
        <Heading level={2} id="wat-gaat-goed">
          {t('myPlan.successes.title')}
        </Heading>
        <Paragraph>{t('myPlan.successes.empty')}</Paragraph>
      </section>

      <section className="koers-panel" aria-labelledby="hulp-nodig">
        <Heading level={2} id="hulp-nodig">
          {t('myPlan.help.title')}
        </Heading>
        <Paragraph>{t('myPlan.help.text')}</Paragraph>
      </section>
    </div>
  );
}
