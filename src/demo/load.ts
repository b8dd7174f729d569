// Loads the demo municipality on first start (empty directory) and names the instance after it.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { rows } from '../platform/db.ts';
import { setMunicipality } from '../modules/directory/service.ts';
import { loadDemo, DEMO_MUNICIPALITY } from './index.ts';
import { loadDemoAccounts } from './accounts.ts';
import { loadDemoAccountRegistrations } from './events.ts';
import { loadDemoEditorial } from './editorial.ts';
import { loadDemoFeedback } from './feedback.ts';
import { DEVELOPMENT_SECRET_KEY } from '../config.ts';

export async function loadDemoWithSettings(db: Queryable, log: (m: string) => void = () => {}, secretKey = DEVELOPMENT_SECRET_KEY) {
  const result = await loadDemo(db, log);
  const accounts = await loadDemoAccounts(db, secretKey);
  if (accounts) log(`${accounts} Demo-Konten angelegt (Passwort siehe README)`);
  // The citizen's own registrations (after her account exists): "Meine Anmeldungen" is not empty in the demo.
  await loadDemoAccountRegistrations(db);
  // Changes waiting for review and services with two versions (after the provider's and editors' accounts exist).
  await loadDemoEditorial(db);
  // Visitors' reports and "did this help?" answers for the editors' feedback page.
  await loadDemoFeedback(db);
  await setMunicipality(db, { name: DEMO_MUNICIPALITY.name, shortName: DEMO_MUNICIPALITY.shortName ?? DEMO_MUNICIPALITY.name });
  return result;
}

export async function loadDemoIfEmpty(db: Queryable, log: (m: string) => void = () => {}, secretKey = DEVELOPMENT_SECRET_KEY) {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM services`);
  if (n > 0) return null;
  log('Empty directory: loading the demo municipality (set ZUGANG_DEMO=off to start empty) …');
  const r = await loadDemoWithSettings(db, log, secretKey);
  log(`Demo municipality loaded: ${r.districts} districts, ${r.organizations} organisations, ${r.services} services.`);
  return r;
}
