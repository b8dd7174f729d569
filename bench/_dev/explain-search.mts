// EXPLAIN ANALYZE of every statement one search runs (dev-only).
import pg from 'pg';
import { openDatabase } from '/work/main/src/platform/db.ts';
import { searchParamsSchema, searchServices } from '/work/main/src/modules/directory/search/search.ts';
import { presentServices } from '/work/main/src/modules/directory/hsds-present.ts';
const url = process.argv[2];
const q = process.argv[3] ?? 'Kinder';
const what = process.argv[4] ?? 'search';
const captured: { text: string; values: unknown[] }[] = [];
const orig = pg.Client.prototype.query as any;
let capture = false;
(pg.Client.prototype as any).query = function (this: any, ...args: any[]) {
  if (capture && typeof args[0] === 'object' && args[0]?.text) captured.push({ text: args[0].text, values: args[0].values ?? args[1] ?? [] });
  else if (capture && typeof args[0] === 'string') captured.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
  return orig.apply(this, args);
};
const database = await openDatabase({ url });
const db = database.db;
await searchServices(db, { ...searchParamsSchema.parse({ q }), seite: 1, perPage: 20, log: false });
capture = true;
if (what === 'search') await searchServices(db, { ...searchParamsSchema.parse({ q }), seite: 1, perPage: 20, log: false });
else {
  const { getServiceFull } = await import('/work/main/src/modules/directory/service.ts');
  const { rows } = await import('/work/main/src/platform/db.ts');
  const { sql } = await import('drizzle-orm');
  const [r] = await rows<{ id: string }>(db, sql`SELECT id FROM services ORDER BY md5(id::text) LIMIT 1`);
  captured.length = 0;
  await getServiceFull(db, r.id);
}
capture = false;
const client = new pg.Client({ connectionString: url });
await client.connect();
for (const c of captured) {
  const r = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${c.text}`, values: c.values });
  const lines = r.rows.map((x: any) => x['QUERY PLAN'] as string);
  const exec = lines.find((l) => l.startsWith('Execution Time'));
  console.log(`\n### ${c.text.replace(/\s+/g, ' ').slice(0, 140)}\n${exec}`);
  if (process.argv.includes('--plans')) console.log(lines.join('\n'));
}
await client.end();
await database.close();
