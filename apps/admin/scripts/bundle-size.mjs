#!/usr/bin/env node
// The admin's initial JavaScript: what the first screen after signing in downloads, gzip-compressed.
//
// Reads the Vite manifest of a build (apps/admin/dist/.vite/manifest.json; `npm run build -w @cchc/admin`
// first) and, for each first screen (the index route's dashboard, and the leadership's evaluation
// dashboard when the build has one), sums the gzip size of the entry chunk and the route's lazy chunk
// with everything both import statically. Chunks reachable only through a dynamic import() (other
// pages, the charts) are not counted: the browser fetches them when they are drawn. The initial figure
// is the largest of those screens. recharts' chunk is measured separately and must not be part of any
// first screen.
//
// Prints a table, then ONE final JSON line:
//   {"initialGzipKB":…, "limitKB":200, "ok":true|false, "chunks":[…], "screens":[…], "recharts":{…}}
// Usage: node scripts/bundle-size.mjs [--check] [--dist <dir>] [--limit <KB>]
//   --check  exit 1 when a first screen is over the limit or loads recharts statically.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const CHECK = args.includes('--check');
const DIST = resolve(option('--dist', join(HERE, '..', 'dist')));
const LIMIT_KB = Number(option('--limit', '200'));

/** The routes a person lands on after signing in (src/routes.tsx), by their lazy module. */
const FIRST_SCREENS = [
  { screen: 'dashboard (/)', src: 'src/pages/dashboard-page.tsx', required: true },
  // LEADERSHIP lands on the evaluation dashboard (when the build has it)
  { screen: 'evaluation dashboard (leadership)', src: 'src/pages/evaluation-dashboard-page.tsx', required: false },
];

const manifestPath = join(DIST, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(
    `bundle-size: ${manifestPath} is missing. Build the admin app first (npm run build -w @cchc/admin; ` +
      'vite.config.ts sets build.manifest).',
  );
  process.exit(2);
}
/** @type {Record<string, {file: string, name?: string, src?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipCache = new Map();
function sizes(file) {
  let found = gzipCache.get(file);
  if (!found) {
    const bytes = readFileSync(join(DIST, file));
    found = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString('utf8') };
    gzipCache.set(file, found);
  }
  return found;
}
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** The manifest keys a key imports statically, itself included (dynamic imports are not followed). */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle-size: ${key} is not in the manifest`);
  into.add(key);
  for (const next of chunk.imports ?? []) staticClosure(next, into);
  return into;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) {
  console.error('bundle-size: the manifest has no entry chunk');
  process.exit(2);
}

// recharts: the chunk(s) holding its code, found by content (its class names), whatever their name
const RECHARTS_MARK = 'recharts-wrapper';
const jsKeys = Object.keys(manifest).filter((key) => manifest[key]?.file.endsWith('.js'));
const rechartsKeys = jsKeys.filter((key) => sizes(manifest[key].file).text.includes(RECHARTS_MARK));

const screens = [];
for (const { screen, src, required } of FIRST_SCREENS) {
  if (!manifest[src]) {
    if (required) {
      console.error(`bundle-size: the first screen's module ${src} is not a chunk of the build`);
      process.exit(2);
    }
    continue;
  }
  const keys = new Set([...staticClosure(entryKey), ...staticClosure(src)]);
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const gzip = files.reduce((sum, file) => sum + sizes(file).gzip, 0);
  const raw = files.reduce((sum, file) => sum + sizes(file).raw, 0);
  const withRecharts = [...keys].filter((key) => rechartsKeys.includes(key)).map((key) => manifest[key].file);
  screens.push({ screen, src, files, gzipKB: kb(gzip), rawKB: kb(raw), rechartsStatic: withRecharts });
}

const initialFiles = new Set(screens.flatMap((s) => s.files));
const chunks = [...initialFiles]
  .map((file) => ({
    file,
    rawKB: kb(sizes(file).raw),
    gzipKB: kb(sizes(file).gzip),
    entry: file === manifest[entryKey].file,
    screens: screens.filter((s) => s.files.includes(file)).map((s) => s.screen),
  }))
  .sort((a, b) => b.gzipKB - a.gzipKB);
const initialGzipKB = Math.max(...screens.map((s) => s.gzipKB));
const rechartsFiles = rechartsKeys.map((key) => manifest[key].file);
const recharts = {
  files: rechartsFiles,
  gzipKB: kb(rechartsFiles.reduce((sum, file) => sum + sizes(file).gzip, 0)),
  inInitial: screens.some((s) => s.rechartsStatic.length > 0),
};
const ok = initialGzipKB <= LIMIT_KB && !recharts.inInitial;

// the readable table
const pad = (value, width, right = false) => (right ? String(value).padStart(width) : String(value).padEnd(width));
const width = Math.max(40, ...chunks.map((c) => c.file.length));
console.log(`Admin initial JavaScript (gzip -9) from ${manifestPath}`);
console.log(`${pad('chunk', width)}  ${pad('raw KB', 8, true)}  ${pad('gzip KB', 8, true)}`);
for (const chunk of chunks)
  console.log(
    `${pad(chunk.file + (chunk.entry ? ' (entry)' : ''), width)}  ${pad(chunk.rawKB.toFixed(1), 8, true)}  ${pad(chunk.gzipKB.toFixed(1), 8, true)}`,
  );
console.log('');
for (const s of screens)
  console.log(
    `${pad(`first screen: ${s.screen}`, width)}  ${pad(s.rawKB.toFixed(1), 8, true)}  ${pad(s.gzipKB.toFixed(1), 8, true)}${s.rechartsStatic.length ? '  (loads recharts statically!)' : ''}`,
  );
console.log(
  `${pad(`recharts (lazy, only where a chart is drawn)${recharts.files.length ? '' : ': not in the build'}`, width)}  ${pad('', 8)}  ${pad(recharts.gzipKB.toFixed(1), 8, true)}`,
);
console.log(
  `initial ${initialGzipKB.toFixed(1)} KB gzip, limit ${LIMIT_KB} KB: ${ok ? 'OK' : recharts.inInitial ? 'OVER (recharts on a first screen)' : 'OVER THE LIMIT'}`,
);
console.log(
  JSON.stringify({
    initialGzipKB,
    limitKB: LIMIT_KB,
    ok,
    chunks,
    screens: screens.map(({ screen, src, gzipKB, rawKB, rechartsStatic }) => ({
      screen,
      src,
      gzipKB,
      rawKB,
      rechartsStatic,
    })),
    recharts,
  }),
);
if (CHECK && !ok) process.exit(1);
