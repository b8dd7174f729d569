// The real application on a fresh test database, for integration tests through Fastify's inject.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export type TestApp = { app: FastifyInstance; database: TestDatabase; close(): Promise<void> };

export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, database });
  await app.ready();
  return { app, database, async close() { await app.close(); await database.drop(); } };
}
