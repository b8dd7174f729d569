// The `zugang` command line.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { openDatabase, runMigrations, type Database } from './platform/db.ts';
import { ensureBaseData } from './modules/directory/base-data.ts';

const HELP = `Zugang – digital access to social work

Usage: zugang <command> [options]

Commands:
  start                          migrate, load the demo municipality into an empty database
                                 (unless ZUGANG_DEMO=off) and serve
  serve                          serve on PORT (default 3000)
  migrate                        apply database migrations
  demo                           load the demo municipality
  demo code                      print the current second-factor code of the demo accounts
  districts import <file.geojson> [--code-property P] [--name-property P] [--population-property P]
                                 import or update districts (Sozialräume) from GeoJSON
  hsds import <file.json|dir>    import HSDS 3.0 services (JSON or tabular data package)
  hsds export <dir>              write the directory as an HSDS 3.0 tabular data package
  federation add <url> --label L [--interval MIN] | list | pull [<id>|--all] | remove <id>
                                 the portal network: subscribed HSDS sources (docs/federation.md)
  audit verify                   check the audit log's hash chain; names the first broken entry
  mail send-test <address>       send a test mail through the SMTP settings at once and show the server's answer
  import csv <file.csv> --mapping <mapping.json>
                                 import services from any CSV file through a column mapping
  bench [--quick] [--engine E]   load test on 100,000 generated services, PostgreSQL and PGlite (bench/README.md)

Environment: DATABASE_URL (PostgreSQL; default embedded PGlite in ZUGANG_DATA_DIR), PORT, HOST,
ZUGANG_DEMO=on|off, ZUGANG_TILE_URL, LOG_LEVEL, NODE_ENV, SMTP_URL (or SMTP_HOST, SMTP_PORT, SMTP_USER,
SMTP_PASSWORD, SMTP_SECURE), MAIL_FROM. See README.md.`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function open(config: Config): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await runMigrations(database);
  await ensureBaseData(database.db);
  return database;
}

function progress(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    process.stderr.write(`\r${label}: ${done.toLocaleString('de-DE')} / ${total.toLocaleString('de-DE')} (${Math.round((done / Math.max(total, 1)) * 100)} %)${done >= total ? '\n' : ''}`);
  };
}

async function serve(config: Config, database: Database) {
  const { buildApp } = await import('./app.ts');
  const app = await buildApp({ config, database });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const { demoAccountCount } = await import('./demo/accounts.ts');
  const demoAccounts = await demoAccountCount(database.db);
  if (demoAccounts && config.env === 'production') {
    const line = '!'.repeat(100);
    app.log.warn(`${line}\n!!! ${demoAccounts} DEMO ACCOUNTS with a published password exist in this PRODUCTION instance.\n!!! Delete them (users.demo = true) before real people's data is entered.\n${line}`);
  }
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  app.log.info(`Zugang is running at http://${shown}:${config.port}/ (${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`);
}

export async function main(argv: string[]) {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); process.exit(2); }
    throw e;
  }
  try {
    switch (command) {
      case 'start': {
        const database = await open(config);
        if (config.demo) {
          const { loadDemoIfEmpty } = await import('./demo/load.ts');
          await loadDemoIfEmpty(database.db, (m) => console.error(m), config.secretKey);
        }
        await serve(config, database);
        return;
      }
      case 'serve': return serve(config, await open(config));
      case 'migrate': {
        const database = await open(config);
        const { migrateJobs } = await import('./platform/jobs/index.ts');
        await migrateJobs(database);
        console.log('Migrations applied.');
        await database.close();
        return;
      }
      case 'demo': {
        if (args[0] === 'code') {
          // The current second-factor code of the demo accounts (their key is published in the README).
          const { demoSecondFactorCode } = await import('./demo/accounts.ts');
          console.log(await demoSecondFactorCode());
          return;
        }
        const database = await open(config);
        const { loadDemoWithSettings } = await import('./demo/load.ts');
        const r = await loadDemoWithSettings(database.db, (m) => console.error(m), config.secretKey);
        console.log(`Demo municipality loaded: ${r.districts} districts, ${r.organizations} organisations, ${r.services} services.`);
        await database.close();
        return;
      }
      case 'districts': {
        if (args[0] !== 'import' || !args[1]) throw new UsageError('zugang districts import <file.geojson>');
        const file = path.resolve(args[1]);
        const geojson = readJson(file);
        const database = await open(config);
        const { importDistricts } = await import('./modules/directory/districts.ts');
        const n = await database.db.transaction((tx) => importDistricts(tx, geojson, {
          codeProperty: option(args, '--code-property'), nameProperty: option(args, '--name-property'), populationProperty: option(args, '--population-property') }));
        console.log(`${n} districts imported from ${file}.`);
        await database.close();
        return;
      }
      case 'hsds': {
        const { hsdsCommand } = await import('./modules/directory/cli.ts');
        const database = await open(config);
        try { await hsdsCommand(database, args, progress); } finally { await database.close(); }
        return;
      }
      case 'federation': {
        const { federationCommand } = await import('./modules/directory/cli.ts');
        const database = await open(config);
        try { await federationCommand(database, args); } finally { await database.close(); }
        return;
      }
      case 'audit': {
        if (args[0] !== 'verify') throw new UsageError('zugang audit verify');
        const { verifyAuditChain } = await import('./platform/audit/index.ts');
        const database = await open(config);
        try {
          const check = await verifyAuditChain(database.db);
          if (check.ok) console.log(`Audit log intact: ${check.entries} entries, every hash verified.`);
          else {
            console.error(`Audit log BROKEN at entry ${check.firstBrokenId} (${check.reason}); the ${check.entries} entries before it are intact.`);
            process.exitCode = 1;
          }
        } finally { await database.close(); }
        return;
      }
      case 'mail': {
        if (args[0] !== 'send-test' || !args[1]) throw new UsageError('zugang mail send-test <address>');
        const smtp = config.mail.smtp;
        if (!smtp) throw userError('SMTP is not configured: set SMTP_URL (or SMTP_HOST) and MAIL_FROM.');
        const { z } = await import('zod');
        if (!z.email().safeParse(args[1]).success) throw userError(`${args[1]}: not an e-mail address`);
        const { sendTestMail } = await import('./platform/mail/delivery.ts');
        const database = await open(config);
        try {
          const { messageId } = await sendTestMail(database.db, { ...config.mail, smtp }, args[1]);
          console.log(`Test mail to ${args[1]} accepted by the SMTP server as ${messageId}.`);
        } catch (e) {
          throw userError(`The SMTP server did not accept the test mail: ${(e as Error).message}`);
        } finally { await database.close(); }
        return;
      }
      case 'import': {
        if (args[0] !== 'csv' || !args[1] || !option(args, '--mapping')) throw new UsageError('zugang import csv <file.csv> --mapping <mapping.json>');
        const { csvImportCommand } = await import('./modules/directory/cli.ts');
        const database = await open(config);
        try { await csvImportCommand(database, path.resolve(args[1]), path.resolve(option(args, '--mapping')!), progress); } finally { await database.close(); }
        return;
      }
      case 'bench': {
        const { runBench } = await import('../bench/run.ts');
        await runBench(args);
        return;
      }
      default:
        throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
    }
  } catch (e) {
    if (e instanceof UsageError) { console.error(`Usage: ${e.message}`); process.exit(2); }
    if (e instanceof Error && (e as { userFacing?: boolean }).userFacing) { console.error(`Error: ${e.message}`); process.exit(1); }
    throw e;
  }
}

export class UsageError extends Error {}

/** An error whose message is meant for the person at the terminal (no stack trace). */
export function userError(message: string): Error {
  return Object.assign(new Error(message), { userFacing: true });
}

function readJson(file: string): unknown {
  if (!fs.existsSync(file)) throw userError(`${file}: no such file`);
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw userError(`${file}: not valid JSON (${(e as Error).message})`); }
}
