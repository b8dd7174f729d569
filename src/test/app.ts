// The real application on a fresh test database, for integration tests through Fastify's inject.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export type TestApp = { app: FastifyInstance; database: TestDatabase; close(): Promise<void> };

/** `env`: further settings, as the environment would give them (e.g. SMTP_URL). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database });
  await app.ready();
  return { app, database, async close() { await app.close(); await database.drop(); } };
}
