export * from './test-postgres';
export * from './chromium';
export * from './test-postgres-url';
