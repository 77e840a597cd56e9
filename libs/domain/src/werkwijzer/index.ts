export * from './case-data';
export * from './content-format';
export * from './content-schema';
export * from './factor-checks';
export * from './plan-quality';
export * from './readability';
export * from './tone';
