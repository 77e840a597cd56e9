export * from './password-policy';
export * from './dates';
export * from './signals';
export * from './plan-diff';
export * from './werkwijzer';
export * from './self-check';
export * from './phone';
