export * from './test-postgres';
export * from './chromium';
