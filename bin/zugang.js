#!/usr/bin/env node
// Entry point of the `zugang` command. TypeScript sources run through tsx's loader,
// so there is no separate build step for the server.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`Zugang needs Node.js 22.12 or newer (found ${process.versions.node}). Run it through npm (npm start), which uses the project's Node 24.`);
  process.exit(1);
}
register();
const { main } = await import(fileURLToPath(new URL('../src/main.ts', import.meta.url)));
await main(process.argv.slice(2));
