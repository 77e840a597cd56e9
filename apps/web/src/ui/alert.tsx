import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from './cx';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type?: AlertType;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}

/** Utrecht Alert (CSS only). Give it role="alert" or role="status" where it must be announced. */
export function Alert({ type = 'info', className, children, ref, ...rest }: AlertProps) {
  return (
    <div ref={ref} {...rest} className={cx('utrecht-alert', `utrecht-alert--${type}`, className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
