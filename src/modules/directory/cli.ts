// Command-line imports and exports of the directory.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../platform/db.ts';
import { importServices, type ImportProgress } from './importer.ts';
import { readCsvServices, readMapping } from './csv-import.ts';
import { exportPackage, readJsonFile, readPackage } from './hsds-package.ts';

type ProgressFactory = (label: string) => ImportProgress;

function fail(message: string): never {
  throw Object.assign(new Error(message), { userFacing: true });
}

export async function hsdsCommand(database: Database, args: string[], progress: ProgressFactory) {
  const [sub, target] = args;
  if (sub === 'import' && target) {
    const p = path.resolve(target);
    if (!fs.existsSync(p)) fail(`${p}: no such file or directory`);
    let services;
    try {
      services = fs.statSync(p).isDirectory() ? await readPackage(p, { onWarning: (m) => console.error(`Warning: ${m}`) }) : await readJsonFile(p);
    } catch (e) {
      fail((e as Error).message);
    }
    console.error(`${services.length.toLocaleString('de-DE')} services valid; importing …`);
    const t0 = Date.now();
    const r = await database.db.transaction((tx) => importServices(tx, services, progress('HSDS import')));
    console.log(`Imported ${r.services} services from ${p}: ${r.changed} new or changed, ${r.unchanged} unchanged (${((Date.now() - t0) / 1000).toFixed(1)} s).`);
    return;
  }
  if (sub === 'export' && target) {
    const dir = path.resolve(target);
    const n = await exportPackage(database.db, dir, progress('HSDS export'));
    console.log(`Exported the directory as an HSDS 3.0 data package to ${dir} (${JSON.stringify(n)}).`);
    return;
  }
  fail('usage: zugang hsds import <file.json|dir> | zugang hsds export <dir>');
}

export async function csvImportCommand(database: Database, file: string, mappingFile: string, progress: ProgressFactory) {
  const mapping = readMapping(mappingFile);
  const services = readCsvServices(file, mapping);
  console.error(`${services.length.toLocaleString('de-DE')} rows valid; importing …`);
  const t0 = Date.now();
  const r = await database.db.transaction((tx) => importServices(tx, services, progress('CSV import')));
  console.log(`Imported ${r.services} services from ${file}: ${r.changed} new or changed, ${r.unchanged} unchanged (${((Date.now() - t0) / 1000).toFixed(1)} s).`);
}

/**
 * `zugang federation add <url> --label <label> [--interval <minutes>] | list | pull [<id>|--all] | remove <id>`:
 * the portal network for operators (the same as /verwaltung/quellen). `pull` runs in this process, at once.
 */
export async function federationCommand(database: Database, args: string[]) {
  const { addSource, listSources, pullSource, removeSource, dueSources } = await import('./federation.ts');
  const { translator, initI18n } = await import('../../platform/i18n.ts');
  initI18n();
  const i18next = translator('en');
  const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const db = database.db;
  const [sub, target] = args;
  if (sub === 'add' && target) {
    const r = await addSource(db, { url: target, label: option('--label') ?? '', interval: option('--interval') ?? '60' });
    if (!r.ok) fail(r.problems.map((p) => `${p.field}: ${i18next(p.key)}`).join('\n'));
    console.log(`Source ${r.id} added (${target}); it is pulled at the next run of the job queue or with: zugang federation pull ${r.id}`);
    return;
  }
  if (sub === 'list') {
    const list = await listSources(db);
    if (!list.length) console.log('No sources.');
    for (const s of list) {
      console.log(`${s.id}  ${s.label}  ${s.url}  every ${s.intervalMinutes} min${s.paused ? '  PAUSED' : ''}  ${s.entries} entries  `
        + `last: ${s.lastStatus ?? 'never'}${s.lastPullAt ? ` ${s.lastPullAt.toISOString()}` : ''}${s.lastError ? `  (${s.lastError})` : ''}`);
    }
    return;
  }
  if (sub === 'pull') {
    const ids = target && !target.startsWith('--') ? [target] : args.includes('--all') ? (await listSources(db)).map((s) => s.id) : await dueSources(db);
    if (!ids.length) console.log('No source is due (pull one by id, or --all).');
    let failed = false;
    for (const id of ids) {
      const t0 = Date.now();
      const r = await pullSource(db, id).catch((e: Error) => fail(e.message));
      failed ||= r.status === 'error';
      console.log(`${id}: ${r.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s – ${JSON.stringify(r.counts)}${r.error ? `\n  ${r.error}` : ''}`);
    }
    if (failed) process.exitCode = 1;
    return;
  }
  if (sub === 'remove' && target) {
    if (!await removeSource(db, target)) fail(`no source ${target}`);
    console.log(`Source ${target} removed with its entries.`);
    return;
  }
  fail('usage: zugang federation add <url> --label <label> [--interval <minutes>] | list | pull [<id>|--all] | remove <id>');
}
