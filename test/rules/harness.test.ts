/** The rule tester itself: it must reject cases that would let a broken fix through. */
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/engine/types.js";
import { checkInvalid, checkValid } from "./harness.js";

/** Reports every RUN keyword and offers to upper-case it. */
const upperRun: Rule = {
  meta: {
    id: "test-upper-run",
    aliases: [],
    severity: "style",
    category: "style",
    fix: { safe: true },
    docs: { description: "test rule", why: "test rule", bad: "", good: "" },
  },
  create(context) {
    return {
      RUN(node) {
        const k = node.keyword.range;
        context.report({
          range: k,
          message: "run",
          fix: { description: "upper", safe: true, edits: [{ start: k.start.offset, end: k.end.offset, text: node.keyword.value.toUpperCase() }] },
        });
      },
    };
  },
};

describe("harness", () => {
  it("passes a correct case", () => {
    expect(checkInvalid(upperRun, { code: "FROM a\nrun x\n", findings: [{ line: 2, column: 1, endColumn: 4 }], output: "FROM a\nRUN x\n" })).toEqual([]);
    expect(checkValid(upperRun, "FROM a\n")).toEqual([]);
  });
  it("fails a case whose rule offers a fix but has no output", () => {
    expect(checkInvalid(upperRun, { code: "FROM a\nrun x\n", findings: [{ line: 2, column: 1 }] }).join("\n")).toMatch(/needs an `output`/);
  });
  it("fails a case whose output equals the input", () => {
    expect(checkInvalid(upperRun, { code: "FROM a\nRUN x\n", findings: [{ line: 2, column: 1 }], output: "FROM a\nRUN x\n" }).join("\n")).toMatch(/equals the input/);
  });
  it("fails a wrong output, position, message or count", () => {
    expect(checkInvalid(upperRun, { code: "FROM a\nrun x\n", findings: [{ line: 2, column: 1 }], output: "FROM a\nRUN  x\n" }).join("\n")).toMatch(/fixed output differs/);
    expect(checkInvalid(upperRun, { code: "FROM a\nrun x\n", findings: [{ line: 2, column: 2 }], output: "FROM a\nRUN x\n" }).join("\n")).toMatch(/expected at 2:2/);
    expect(checkInvalid(upperRun, { code: "FROM a\nrun x\n", findings: [{ line: 2, column: 1, message: "nope" }], output: "FROM a\nRUN x\n" }).join("\n")).toMatch(/message/);
    expect(checkInvalid(upperRun, { code: "FROM a\nrun x\nrun y\n", findings: [{ line: 2, column: 1 }], output: "FROM a\nRUN x\nRUN y\n" }).join("\n")).toMatch(/expected 1 finding/);
    expect(checkValid(upperRun, "FROM a\nrun x\n")).toHaveLength(1);
  });
  it("fails a fix that is not declared in meta.fix", () => {
    const undeclared: Rule = { ...upperRun, meta: { ...upperRun.meta, fix: undefined } };
    expect(checkInvalid(undeclared, { code: "FROM a\nrun x\n", findings: [{ line: 2, column: 1 }], output: "FROM a\nRUN x\n" }).join("\n")).not.toBe("");
  });
});
