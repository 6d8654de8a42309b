// Production bundle of the API: src/main.ts and the workspace packages it imports (@cchc/*, which
// are TypeScript source) into one ESM file, dist/main.js; every node_modules dependency stays
// external and is resolved at run time (PGlite's WebAssembly, Prisma's runtime and query compiler,
// argon2's native binding load from node_modules as they do under tsx).
//
// Paths computed from `import.meta.url` in the source (the committed migrations, the seed data,
// the admin app's dist) would point next to the bundle once inlined: each bundled source file's
// `import.meta.url` is rewritten to that file's original URL, expressed relative to the bundle, so
// they resolve exactly as under tsx as long as the bundle stays inside the repository.
//
//   node build.mjs [--outfile path/to/main.js]
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf("--outfile");
const outfile = path.resolve(flag > 0 ? process.argv[flag + 1] : path.join(here, "dist/main.js"));
const outdir = path.dirname(outfile);

/** The folder of package `name` as Node finds it from `dir` (the nearest node_modules/<name>). */
function packageDir(name, dir) {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(d) === d) return null;
  }
}

/**
 * Bare imports stay external except the workspace packages, which are source and get bundled. An
 * external that the importing file finds in a different copy than the bundle's folder would (npm
 * nests a workspace's own version: packages/db/node_modules/@prisma/client 6.19 while the root has
 * another) is pointed at the importer's copy, by a path relative to the bundle.
 */
const externals = {
  name: "externals",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@cchc/") || args.pluginData?.resolving) return undefined;
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      const parts = args.path.split("/");
      const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      const fromImporter = packageDir(name, args.resolveDir);
      if (!fromImporter || fromImporter === packageDir(name, outdir)) return { path: args.path, external: true };
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length) return { errors: resolved.errors };
      const relative = path.relative(outdir, resolved.path).split(path.sep).join("/");
      return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
    });
  },
};

/** `import.meta.url` of a bundled file → its original location, relative to the bundle. */
const sourceUrls = {
  name: "source-urls",
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, "utf8");
      const loader = /\.tsx$/.test(args.path) ? "tsx" : /\.[cm]?ts$/.test(args.path) ? "ts" : "js";
      if (!text.includes("import.meta.url")) return { contents: text, loader };
      const relative = path.relative(outdir, args.path).split(path.sep).join("/");
      const original = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: text.replaceAll("import.meta.url", original), loader };
    });
  },
};

const t0 = performance.now();
const result = await build({
  entryPoints: [path.join(here, "src/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  plugins: [externals, sourceUrls],
});
const inputs = Object.keys(result.metafile.inputs).length;
console.log(
  `${path.relative(process.cwd(), outfile)}: ${inputs} source files in ${Math.round(performance.now() - t0)} ms`,
);
