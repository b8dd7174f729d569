// All tables of the application, for Drizzle and drizzle-kit.
export * from '../modules/directory/schema.ts';
export * from './audit/schema.ts';
export * from '../modules/accounts/schema.ts';
export * from './mail/schema.ts';
export * from '../modules/events/schema.ts';
export * from '../modules/editorial/schema.ts';
