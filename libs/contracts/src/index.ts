export * from './roles';
export * from './problem';
export * from './pagination';
export * from './auth';
export * from './accounts';
export * from './health';
export * from './cases';
