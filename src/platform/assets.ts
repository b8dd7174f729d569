// Stylesheet and scripts, built in memory at start-up: KERN UX reduced to the classes Zugang uses
// (PurgeCSS over the views), plus the app stylesheet; the client script bundled by esbuild.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PurgeCSS } from 'purgecss';
import * as esbuild from 'esbuild';
import { projectRoot } from '../config.ts';

export type Asset = { path: string; body: string; type: string };
export type Assets = { css: string; js: string; files: Map<string, Asset> };

const require = createRequire(import.meta.url);
export const kernDir = path.join(path.dirname(require.resolve('@kern-ux/native/package.json')), 'dist');
export const leafletDir = path.join(path.dirname(require.resolve('leaflet/package.json')), 'dist');

let built: Promise<Assets> | undefined;

export function buildAssets(): Promise<Assets> {
  built ??= doBuild();
  return built;
}

const hashOf = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

async function doBuild(): Promise<Assets> {
  const files = new Map<string, Asset>();
  const kern = fs.readFileSync(path.join(kernDir, 'kern.min.css'), 'utf8');
  const fonts = fs.readFileSync(path.join(kernDir, 'fonts', 'fira-sans.css'), 'utf8').replace(/url\("\.\/fira-sans\//g, 'url("/assets/fonts/fira-sans/');
  const app = fs.readFileSync(path.join(projectRoot, 'src', 'client', 'app.css'), 'utf8');
  const purged = await new PurgeCSS().purge({
    content: [path.join(projectRoot, 'src', '**', '*.tsx'), path.join(projectRoot, 'src', 'client', '*.ts')],
    css: [{ raw: kern }],
    safelist: { standard: [/^kern-kopfzeile/] },
    variables: true,
    keyframes: true,
  });
  // Only the font weights the stylesheet uses.
  const usedFonts = fonts.split('@font-face').filter((block) => /font-weight: (400|600|700);/.test(block) && /font-style: normal/.test(block))
    .map((b) => '@font-face' + b).join('\n');
  const css = `${usedFonts}\n${purged[0].css}\n${app}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*\n/g, '\n');
  const cssPath = `/assets/app.${hashOf(css)}.css`;
  files.set(cssPath, { path: cssPath, body: css, type: 'text/css; charset=utf-8' });

  const result = await esbuild.build({
    entryPoints: [path.join(projectRoot, 'src', 'client', 'main.ts')],
    bundle: true, format: 'esm', splitting: true, minify: true, write: false, outdir: '/assets/js',
    entryNames: 'main.[hash]', chunkNames: 'chunk.[hash]', target: 'es2020', logLevel: 'silent',
  });
  let js = '';
  for (const f of result.outputFiles) {
    const p = f.path.replace(/^.*\/assets\/js\//, '/assets/js/');
    files.set(p, { path: p, body: f.text, type: 'text/javascript; charset=utf-8' });
    if (/\/main\.[A-Z0-9]+\.js$/i.test(p)) js = p;
  }
  return { css: cssPath, js, files };
}
