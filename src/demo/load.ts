// Loads the demo municipality on first start (empty directory) and names the instance after it.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { rows } from '../platform/db.ts';
import { setMunicipality } from '../modules/directory/service.ts';
import { loadDemo, DEMO_MUNICIPALITY } from './index.ts';
import { loadDemoAccounts } from './accounts.ts';

export async function loadDemoWithSettings(db: Queryable, log: (m: string) => void = () => {}) {
  const result = await loadDemo(db, log);
  const accounts = await loadDemoAccounts(db);
  if (accounts) log(`${accounts} Demo-Konten angelegt (Passwort siehe README)`);
  await setMunicipality(db, { name: DEMO_MUNICIPALITY.name, shortName: DEMO_MUNICIPALITY.shortName ?? DEMO_MUNICIPALITY.name });
  return result;
}

export async function loadDemoIfEmpty(db: Queryable, log: (m: string) => void = () => {}) {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM services`);
  if (n > 0) return null;
  log('Empty directory: loading the demo municipality (set ZUGANG_DEMO=off to start empty) …');
  const r = await loadDemoWithSettings(db, log);
  log(`Demo municipality loaded: ${r.districts} districts, ${r.organizations} organisations, ${r.services} services.`);
  return r;
}
