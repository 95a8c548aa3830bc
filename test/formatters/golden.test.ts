/**
 * Each format's exact output on a fixed set of results (test/formatters/sample.ts): every severity, a
 * fix, a multi-line range, an empty range, a clean file, a path with a space, an absolute path under
 * the current folder, and messages with XML specials, CR/LF, `%`, `:`, `,`, non-ASCII and a control
 * character. The expected texts are in golden/<format>.txt; SHIPSHAPE_UPDATE_FIXTURES=1 rewrites them
 * (then review the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FORMATTER_NAMES, loadFormatter, type FormatterName } from "../../src/formatters/index.js";
import { CONTEXT, RESULTS } from "./sample.js";

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");
const update = process.env.SHIPSHAPE_UPDATE_FIXTURES === "1";

// stylish has its own tests (test/cli/formatters.test.ts); gnu is compact under another name.
const GOLDEN: FormatterName[] = ["compact", "json", "sarif", "checkstyle", "junit", "gitlab", "github", "hadolint-json"];

describe("golden output", () => {
  it("covers every format but stylish and the gnu alias", () => {
    expect(FORMATTER_NAMES.filter((n) => !GOLDEN.includes(n)).sort()).toEqual(["gnu", "stylish"]);
  });

  for (const name of GOLDEN) {
    it(name, async () => {
      const out = (await loadFormatter(name))(RESULTS, CONTEXT);
      const file = path.join(goldenDir, `${name}.txt`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, out);
      }
      expect(existsSync(file), `missing ${file}: run with SHIPSHAPE_UPDATE_FIXTURES=1`).toBe(true);
      expect(out).toBe(readFileSync(file, "utf8"));
    });
  }

  it("gnu is compact", async () => {
    expect((await loadFormatter("gnu"))(RESULTS, CONTEXT)).toBe((await loadFormatter("compact"))(RESULTS, CONTEXT));
  });

  it("never colours machine-readable output", async () => {
    for (const name of GOLDEN) {
      expect((await loadFormatter(name))(RESULTS, { ...CONTEXT, color: true })).toBe((await loadFormatter(name))(RESULTS, CONTEXT));
    }
  });
});
