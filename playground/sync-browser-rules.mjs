#!/usr/bin/env node
/**
 * Rewrites the rule imports and the `browserRules` list in src/browser.ts from rules/index.ts: every
 * registered rule but the ones in UNAVAILABLE_RULES (which need files on disk). src/browser.ts cannot
 * import rules/index.ts because that module registers copy-ignored-file, which imports node:fs.
 * Run it after registering a rule: `node playground/sync-browser-rules.mjs` (`--check` only reports).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const indexFile = path.join(root, "rules", "index.ts");
const browserFile = path.join(root, "src", "browser.ts");

const index = readFileSync(indexFile, "utf8");
const browser = readFileSync(browserFile, "utf8");

const unavailableBlock = /export const UNAVAILABLE_RULES[^=]*=\s*\{([\s\S]*?)\};/.exec(browser);
if (!unavailableBlock) throw new Error("src/browser.ts: UNAVAILABLE_RULES not found");
const unavailable = new Set([...unavailableBlock[1].matchAll(/"([a-z0-9-]+)"\s*:/g)].map((m) => m[1]));

const imports = [...index.matchAll(/^import (\w+) from "\.\/([a-z0-9-]+)\.js";$/gm)].map((m) => ({ name: m[1], id: m[2] }));
const listBlock = /export const allRules: Rule\[\] = \[([\s\S]*?)\];/.exec(index);
if (!listBlock) throw new Error("rules/index.ts: allRules not found");
const listed = [...listBlock[1].matchAll(/^\s*(\w+),?\s*$/gm)].map((m) => m[1]);
const byName = new Map(imports.map((i) => [i.name, i]));
const rules = listed.map((name) => {
  const entry = byName.get(name);
  if (!entry) throw new Error(`rules/index.ts: ${name} is listed but not imported from ./<id>.js`);
  return entry;
}).filter((r) => !unavailable.has(r.id));

const importText = rules.map((r) => `import ${r.name} from "../rules/${r.id}.js";`).join("\n");
const listText = rules.map((r) => `  ${r.name},`).join("\n");
const next = browser
  .replace(/(\/\/ rules:imports[^\n]*\n)[\s\S]*?(\/\/ rules:imports end)/, (_, open, close) => `${open}${importText}\n${close}`)
  .replace(/( *\/\/ rules:list\n)[\s\S]*?( *\/\/ rules:list end)/, (_, open, close) => `${open}${listText}\n${close}`);

if (next === browser) {
  console.log(`src/browser.ts is in step with rules/index.ts (${rules.length} rules)`);
} else if (process.argv.includes("--check")) {
  console.error("src/browser.ts is out of step with rules/index.ts: run node playground/sync-browser-rules.mjs");
  process.exit(1);
} else {
  writeFileSync(browserFile, next);
  console.log(`src/browser.ts updated from rules/index.ts (${rules.length} rules)`);
}
