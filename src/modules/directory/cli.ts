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
