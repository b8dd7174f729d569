const mb = () => Math.round(process.memoryUsage().rss / 1048576);
const mods = process.argv.slice(2);
const before = mb();
for (const m of mods) { await import(m); globalThis.gc?.(); console.log(`${m.padEnd(60)} rss ${mb()} MB`); }
