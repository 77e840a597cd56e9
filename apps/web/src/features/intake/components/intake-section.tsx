import { type ReactNode, useState } from 'react';
import { Heading } from '../../../ui/heading';

export interface IntakeSectionProps {
  id: string;
  title: string;
  /** A short line beside the title, e.g. "2 van 3 ingevuld". */
  meta?: string;
  defaultOpen?: boolean;
  /** Kept open while something in it needs the user (a conflict, an error). */
  forceOpen?: boolean;
  children: ReactNode;
}

/** A collapsible part of the intake (native details/summary), so the long form stays calm. */
export function IntakeSection({ id, title, meta, defaultOpen = false, forceOpen = false, children }: IntakeSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details id={id} className="koers-intake-section" open={open || forceOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="koers-intake-section__summary">
        <Heading level={3} className="koers-intake-section__title">
          {title}
          {meta ? ' ' : null}
          {meta ? <span className="koers-intake-section__meta">{meta}</span> : null}
        </Heading>
      </summary>
      <div className="koers-intake-section__body">{children}</div>
    </details>
  );
}
