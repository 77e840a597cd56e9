/**
 * Utrecht buttons. Their React package only sets class names (no injected styles), so it is safe
 * under our CSP; the styles come from @utrecht/component-library-css.
 */
export { Button, PrimaryActionButton, SecondaryActionButton, SubtleButton, type ButtonProps } from '@utrecht/button-react';
