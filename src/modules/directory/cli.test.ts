// The command line as an operator uses it: Berlin's real districts and day-care centres imported with the
// project's own commands, on a fresh database (PGlite directory, or the PostgreSQL test database).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { projectRoot } from '../../config.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../test/db.ts';
import { openDatabase, rows } from '../../platform/db.ts';

const run = promisify(execFile);
let dataDir: string;
let tdb: TestDatabase | undefined;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zugang-cli-'));
  env = { ...process.env, ZUGANG_DEMO: 'off', LOG_LEVEL: 'warn', ZUGANG_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  if (onPostgres) { tdb = await createTestDatabase(); env.DATABASE_URL = tdb.url; }
});
afterAll(async () => { await tdb?.drop(); fs.rmSync(dataDir, { recursive: true, force: true }); });

const zugang = (...args: string[]) => run(process.execPath, [path.join(projectRoot, 'bin', 'zugang.js'), ...args], { cwd: projectRoot, env, timeout: 240_000 });

async function count(query: ReturnType<typeof sql>) {
  const database = tdb ?? await openDatabase({ dataDir });
  try { return (await rows<{ n: number }>(database.db, query))[0].n; } finally { if (!tdb) await database.close(); }
}

describe('zugang command line with Berlin open data', () => {
  it('imports the 12 districts and the 2,859 day-care centres, each located in its district', async () => {
    const d = await zugang('districts', 'import', 'resources/berlin/berlin-lor-districts.geojson');
    expect(d.stdout).toContain('12 districts imported');
    const k = await zugang('import', 'csv', 'resources/berlin/berlin-daycare-centers-2025-09.csv', '--mapping', 'resources/mappings/berlin-kitas.json');
    expect(k.stdout).toContain('Imported 2859 services');
    expect(await count(sql`SELECT count(*)::int AS n FROM services`)).toBe(2859);
    expect(await count(sql`SELECT count(*)::int AS n FROM locations WHERE district_id IS NULL`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM service_search ss JOIN districts d ON d.id = ANY(ss.district_ids) WHERE d.name = 'Neukölln'`)).toBeGreaterThan(150);
  }, 240_000);

  it('changes nothing when the same file is imported again', async () => {
    const k = await zugang('import', 'csv', 'resources/berlin/berlin-daycare-centers-2025-09.csv', '--mapping', 'resources/mappings/berlin-kitas.json');
    expect(k.stdout).toContain('0 new or changed, 2859 unchanged');
  }, 240_000);

  it('names the mapping field and the missing column when a mapping does not fit the file, and imports nothing', async () => {
    const bad = path.join(dataDir, 'bad-mapping.json');
    const mapping = JSON.parse(fs.readFileSync(path.join(projectRoot, 'resources/mappings/berlin-kitas.json'), 'utf8'));
    mapping.namespace = 'another-namespace';
    mapping.service.name = { column: 'kita_name' };
    fs.writeFileSync(bad, JSON.stringify(mapping));
    const err = await zugang('import', 'csv', 'resources/berlin/berlin-daycare-centers-2025-09.csv', '--mapping', bad).then(() => null, (e) => e);
    expect(err?.code).toBe(1);
    expect(err.stderr).toContain('mapping service.name: column "kita_name" is not in');
    expect(err.stderr).not.toMatch(/\n\s+at /);
    expect(await count(sql`SELECT count(*)::int AS n FROM services`)).toBe(2859);
  }, 240_000);
});
