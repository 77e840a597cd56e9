import { PATHS } from '../../../routing/paths';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { ti } from '../i18n';

/** The way from "Mijn plan" to "Wat Koers over jou weet". */
export function InzageLink() {
  return (
    <Paragraph className="koers-inzage-link">
      <Link to={PATHS.myData}>{ti('inzage.link')}</Link>
    </Paragraph>
  );
}
