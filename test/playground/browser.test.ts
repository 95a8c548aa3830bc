/**
 * The browser entry (src/browser.ts) against the package's own lint/fix/listRules, the playground's URL
 * state, and the playground build's refusal to bundle Node built-ins.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import * as browser from "../../src/browser.js";
import { RULE_DOCS_BASE, ruleDocsUrl } from "../../src/formatters/util.js";
import { fix as nodeFix, lint as nodeLint, listRules as nodeListRules } from "../../src/index.js";
import { EXAMPLES } from "../../playground/src/examples.js";
import { decodeState, encodeState, type ShareState } from "../../playground/src/share.js";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

const TEXTS = [
  ...EXAMPLES.map((e) => e.text),
  "FROM ubuntu\nMAINTAINER me\nCMD npm start\n",
  "from alpine as Base\r\nRUN apk add curl\r\nEXPOSE 80/TCP\r\n",
  "# syntax=docker/dockerfile:1\nFROM scratch\nCOPY <<EOF /x\nhello\n",
  "",
];

describe("src/browser.ts", () => {
  it("runs every registered rule except the ones that need files on disk", () => {
    const registered = allRules.map((r) => r.meta.id).filter((id) => !(id in browser.UNAVAILABLE_RULES));
    const inBrowser = browser.browserRules.map((r) => r.meta.id);
    const missing = registered.filter((id) => !inBrowser.includes(id));
    expect(missing, `rules registered in rules/index.ts but not imported in src/browser.ts's browserRules (run "node playground/sync-browser-rules.mjs"; a rule that reads files goes in UNAVAILABLE_RULES first): ${missing.join(", ")}`).toEqual([]);
    expect(inBrowser).toEqual(registered);
    for (const id of Object.keys(browser.UNAVAILABLE_RULES)) expect(allRules.some((r) => r.meta.id === id), `${id} is not a registered rule`).toBe(true);
  });

  it("links rule docs where the formatters and the language server do", () => {
    expect(browser.RULE_DOCS_BASE).toBe(RULE_DOCS_BASE);
    expect(browser.ruleDocsUrl("from-untagged")).toBe(ruleDocsUrl("from-untagged"));
  });

  // Same rule list on both sides: whether the lists agree is the first test's business.
  const rules = browser.browserRules;

  it("lints and fixes exactly like the package's lint() and fix()", () => {
    const config = { rules: { "from-untagged": "error" as const, "line-too-long": "off" as const, "invalid-definition-description": "on" as const } };
    for (const text of TEXTS) {
      expect(browser.lint(text).findings).toEqual(nodeLint(text, { rules }).findings);
      expect(browser.lint(text, { config }).findings).toEqual(nodeLint(text, { rules, config }).findings);
      expect(browser.lint(text, { ruleOverrides: { DL3006: "off" } }).findings).toEqual(nodeLint(text, { rules, ruleOverrides: { DL3006: "off" } }).findings);
      expect(browser.fix(text)).toEqual(nodeFix(text, { rules }));
      expect(browser.fix(text, { unsafe: true })).toEqual(nodeFix(text, { rules, unsafe: true }));
    }
  });

  it("throws for a rule name it does not know", () => {
    expect(() => browser.lint("FROM alpine\n", { config: { rules: { "no-such-rule": "off" } } })).toThrow(/unknown rule "no-such-rule"/);
  });

  it("lists rules like the package's listRules()", () => {
    expect(browser.listRules()).toEqual(nodeListRules(rules));
  });

  it("compares severities with a threshold", () => {
    expect(browser.meetsThreshold("error", "warning")).toBe(true);
    expect(browser.meetsThreshold("info", "warning")).toBe(false);
    expect(browser.meetsThreshold("style", "style")).toBe(true);
    expect(browser.meetsThreshold("error", "none")).toBe(false);
  });
});

describe("playground URL state", () => {
  const state: ShareState = { text: "FROM ubuntu\nCMD echo 'héllo 🚢'\n", off: ["shell-form-cmd", "from-untagged"], on: ["unused-suppression"], threshold: "warning" };

  it("round-trips compressed (deflate-raw) and plain", async () => {
    const z = await encodeState(state);
    expect(z).toMatch(/^z=[A-Za-z0-9_-]+$/);
    const p = await encodeState(state, { compress: false });
    expect(p).toMatch(/^p=[A-Za-z0-9_-]+$/);
    const expected = { ...state, off: [...state.off].sort() };
    expect(await decodeState(z)).toEqual(expected);
    expect(await decodeState(`#${p}`)).toEqual(expected);
  });

  it("compresses a typical Dockerfile", async () => {
    const text = EXAMPLES[1].text.repeat(4);
    const z = await encodeState({ text, off: [], on: [], threshold: "style" });
    const p = await encodeState({ text, off: [], on: [], threshold: "style" }, { compress: false });
    expect(z.length).toBeLessThan(p.length / 2);
  });

  it("reads nothing from a missing or damaged hash", async () => {
    for (const hash of ["", "#", "#z=", "#z=!!", "#z=AAAA", "#p=bm90IGpzb24", "#q=abc", "#p=" + Buffer.from('{"v":2,"t":"x"}').toString("base64url"), "#p=" + Buffer.from('{"v":1,"t":"x","th":"loud"}').toString("base64url")]) {
      expect(await decodeState(hash), hash).toBeNull();
    }
  });
});

describe("playground build", () => {
  it("fails, naming the import chain, when the core reaches a Node built-in", async () => {
    const error = await run(process.execPath, ["playground/build.mjs", "--quiet"], { cwd: root, env: { ...process.env, SHIPSHAPE_PLAYGROUND_CORE: "src/lint.ts" } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error, "the build should fail").not.toBeNull();
    expect(error!.code).toBe(1);
    expect(error!.stderr).toContain("src/lint.ts -> node:fs/promises");
    expect(error!.stderr).toMatch(/rules\/copy-ignored-file\.ts -> src\/analysis\/dockerignore\.ts -> node:fs/);
  });
});
