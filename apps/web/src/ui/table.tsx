import { type HTMLAttributes, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes, useId } from 'react';
import { cx } from './cx';

/**
 * Utrecht Table (CSS only). On narrow screens the container scrolls sideways instead of the page;
 * it is a focusable, named region so that keyboard users can scroll it too.
 */
export function Table({ caption, children, className }: { caption: ReactNode; children: ReactNode; className?: string }) {
  const captionId = useId();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline koers-table-container"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className={cx('utrecht-table', 'utrecht-table--html-table', className)}>
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function TableRow({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...rest} className={cx('utrecht-table__row', className)} />;
}

export function TableHeaderCell({ className, scope = 'col', ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th {...rest} scope={scope} className={cx('utrecht-table__header-cell', className)} />;
}

export function TableCell({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...rest} className={cx('utrecht-table__cell', className)} />;
}
