import type { Milestone } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { useEffect, useRef } from 'react';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { CertificateLink } from './certificate-link';
import { tm } from '../i18n';

/** Decorative confetti pieces; their colours and paths are in app.css. */
const CONFETTI = Array.from({ length: 14 }, (_, i) => i);

export interface MilestoneCelebrationProps {
  milestone: Milestone;
  youthName: string;
  onClose: () => void;
}

/**
 * The joyful moment after a mijlpaal is recorded: a prominent panel with a short cheer and a little
 * confetti (only when the user has not asked for reduced motion; it is over within five seconds).
 * The parent renders it inside a polite live region, so that a screen reader announces it without
 * moving focus.
 */
export function MilestoneCelebration({ milestone, youthName, onClose }: MilestoneCelebrationProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const calm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    ref.current?.scrollIntoView?.({ block: 'start', behavior: calm ? 'auto' : 'smooth' });
  }, []);
  return (
    // The outer box is the scroll target: the inner one is scaled while it pops in, which would put it off by a few pixels.
    <div ref={ref} className="koers-celebration-frame">
      <div className="koers-celebration">
        <div className="koers-celebration__confetti" aria-hidden="true">
          {CONFETTI.map((i) => (
            <span key={i} className="koers-celebration__piece" />
          ))}
        </div>
        <div className="koers-celebration__badge" aria-hidden="true" />
        <div className="koers-celebration__body">
          <Heading level={3} className="koers-celebration__title">
            {tm('milestones.celebration.title')}
          </Heading>
          <Paragraph lead className="koers-celebration__what">
            {tm('milestones.celebration.what', { title: milestone.title, date: formatDateNl(milestone.achievedOn) })}
          </Paragraph>
          <Paragraph>{tm('milestones.celebration.cheer', { youth: youthName })}</Paragraph>
          {milestone.certificateName && milestone.certificateUrl ? (
            <Paragraph>
              {tm('milestones.celebration.certificate', { name: milestone.certificateName })}{' '}
              <CertificateLink url={milestone.certificateUrl} name={milestone.certificateName} />
            </Paragraph>
          ) : null}
          <SecondaryActionButton onClick={onClose}>{tm('milestones.celebration.close')}</SecondaryActionButton>
        </div>
      </div>
    </div>
  );
}
