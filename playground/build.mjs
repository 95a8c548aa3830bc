#!/usr/bin/env node
/**
 * Builds the playground into playground/dist/:
 *
 * - index.html: the page with app.css and app.js inlined, so once loaded it needs nothing else (and a
 *   saved copy works from disk);
 * - app.js, app.css: the same bundle and styles as separate files, for reading;
 * - sw.js: a service worker that keeps a copy of the page for offline reloads.
 *
 * The build fails when the linter core (src/browser.ts) or the page bundle reaches a Node built-in: every
 * `node:*` or built-in module import is marked external, then any such import in the metafile fails the
 * build with the import chain that leads to it, and the output is scanned for `node:` imports and
 * `require("fs")`-style calls as well. Reports raw and gzipped sizes (the linter core bundled alone too).
 *
 * Usage: node playground/build.mjs [--quiet]
 * (SHIPSHAPE_PLAYGROUND_CORE=<entry> checks another entry as the core: the tests use it to see the check fail.)
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const dist = path.join(here, "dist");
const quiet = process.argv.includes("--quiet");

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isBuiltin = (spec) => spec.startsWith("node:") || BUILTINS.has(spec) || BUILTINS.has(spec.split("/")[0]);

/** Marks Node built-ins external (so the build succeeds and the check below can name the chain). */
const builtinsExternal = {
  name: "builtins-external",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind !== "entry-point" && isBuiltin(args.path) ? { path: args.path, external: true } : undefined));
  },
};

const common = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022", "chrome111", "firefox113", "safari16.4"],
  minify: true,
  legalComments: "none",
  metafile: true,
  write: false,
  logLevel: "silent",
  plugins: [builtinsExternal],
  absWorkingDir: root,
};

/** The import chain from an entry point to each built-in the bundle reaches, per the metafile. */
function builtinChains(metafile) {
  const parents = new Map();
  const offenders = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) {
      if (isBuiltin(imp.path)) offenders.push({ file, spec: imp.path });
      else if (!parents.has(imp.path)) parents.set(imp.path, file);
    }
  }
  return offenders.map(({ file, spec }) => {
    const chain = [spec, file];
    const seen = new Set(chain);
    for (let f = parents.get(file); f && !seen.has(f); f = parents.get(f)) {
      chain.push(f);
      seen.add(f);
    }
    return chain.reverse().join(" -> ");
  });
}

// A bare `require(...)`/`import` of a built-in; `x.require("util")` (lodash's guarded probe for Node's
// util module, unreachable in a browser) is a method call, not an import.
const NODE_IMPORT = /(?:\bfrom\s*|(?<![.\w$])import\s*\(?\s*|(?<![.\w$])require\s*\(\s*)["'](node:[\w/]+|fs|fs\/promises|path|os|url|module|crypto|child_process|worker_threads|util|stream|zlib|http|https|net|tty|readline|v8|vm)["']/g;

function checkBrowserSafe(label, result) {
  const problems = builtinChains(result.metafile);
  for (const file of result.outputFiles) {
    if (!file.path.endsWith(".js")) continue;
    for (const m of file.text.matchAll(NODE_IMPORT)) problems.push(`${path.relative(root, file.path)} contains ${JSON.stringify(m[0])}`);
  }
  if (problems.length > 0) {
    console.error(`playground build: the ${label} reaches Node built-ins, which do not exist in a browser:`);
    for (const p of [...new Set(problems)]) console.error(`  ${p}`);
    process.exit(1);
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = [];
const report = (name, bytes) => sizes.push({ name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

// 1. The linter core on its own: the browser-safety check and the size the issue asks about.
const core = await esbuild.build({ ...common, entryPoints: [process.env.SHIPSHAPE_PLAYGROUND_CORE || "src/browser.ts"], outfile: path.join(dist, "core.js") });
checkBrowserSafe(`linter core (${process.env.SHIPSHAPE_PLAYGROUND_CORE || "src/browser.ts"})`, core);
report("linter core (src/browser.ts, minified)", core.outputFiles[0].contents);

// 2. The page: CodeMirror + the core + the UI.
const app = await esbuild.build({ ...common, entryPoints: { app: "playground/src/main.ts" }, outdir: dist, sourcemap: false });
checkBrowserSafe("playground bundle", app);
const js = app.outputFiles.find((f) => f.path.endsWith(".js"));
const css = app.outputFiles.find((f) => f.path.endsWith(".css"));
if (!js || !css) throw new Error("esbuild produced no app.js or app.css");

const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
const inlineScript = js.text.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
const inlineStyle = css.text.replace(/<\/style/gi, "<\\/style");
const html = readFileSync(path.join(here, "index.html"), "utf8")
  .replace("<!-- STYLE -->", () => `<style>${inlineStyle}</style>`)
  .replace("<!-- SCRIPT -->", () => `<script type="module">${inlineScript}</script>`)
  .replace("<!-- VERSION -->", () => version);
for (const marker of ["<!-- STYLE -->", "<!-- SCRIPT -->", "<!-- VERSION -->"]) if (html.includes(marker)) throw new Error(`index.html: ${marker} was not replaced`);

const buildId = createHash("sha256").update(html).digest("hex").slice(0, 12);
const sw = readFileSync(path.join(here, "src", "sw.js"), "utf8").replace("__CACHE__", `shipshape-playground-${buildId}`);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(path.join(dist, "index.html"), html);
writeFileSync(path.join(dist, "app.js"), js.contents);
writeFileSync(path.join(dist, "app.css"), css.contents);
writeFileSync(path.join(dist, "sw.js"), sw);

report("app.js (CodeMirror + core + UI)", js.contents);
report("app.css", css.contents);
report("index.html (everything inlined)", Buffer.from(html));
const sizeReport = { build: buildId, files: sizes };
writeFileSync(path.join(dist, "sizes.json"), JSON.stringify(sizeReport, null, 2) + "\n");

if (!quiet) {
  console.log(`playground built into ${path.relative(process.cwd(), dist) || "."} (no Node built-ins reachable)`);
  const width = Math.max(...sizes.map((s) => s.name.length));
  for (const s of sizes) console.log(`  ${s.name.padEnd(width)}  ${kb(s.raw).padStart(9)} raw  ${kb(s.gzip).padStart(9)} gzipped`);
}
