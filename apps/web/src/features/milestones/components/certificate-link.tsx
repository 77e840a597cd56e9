import { Anchor } from '../../../ui/link';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { tm } from '../i18n';

/** "Certificaat (pdf)", opening in a new tab; screen readers also hear which certificate and that a tab opens. */
export function CertificateLink({ url, name }: { url: string; name: string }) {
  return (
    <Anchor href={url} target="_blank" rel="noopener" className="koers-certificate-link">
      {tm('milestones.list.certificateLink')}
      <VisuallyHidden>, {tm('milestones.list.certificateLinkHint', { name })}</VisuallyHidden>
    </Anchor>
  );
}
