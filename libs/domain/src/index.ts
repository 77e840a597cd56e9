export * from './password-policy';
export * from './dates';
export * from './signals';
export * from './plan-diff';
