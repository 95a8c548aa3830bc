import rule from "../../rules/label-missing.js";
import { cases } from "./harness.js";

const settings = { labelSchema: { foo: "text" as const } };
const msg = 'Label "foo" is missing from the image this stage builds (the label schema requires it)';

cases(rule, {
  valid: [
    { name: "no schema", code: "FROM baseimage\n" },
    { name: "label present", code: 'FROM baseimage\nLABEL foo="bar"\n', settings },
    { name: "inheritance, label in the second stage", code: 'FROM baseimage AS base\nFROM base\nLABEL foo="bar"\n', settings },
    { name: "no inheritance, label in the last stage, base copied from", code: 'FROM baseimage AS base\nFROM anotherimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz\n', settings },
    { name: "inheritance, label in the base", code: 'FROM baseimage AS base\nLABEL foo="bar"\nFROM base\n', settings },
    { name: "quoted key, legacy form", code: 'FROM baseimage\nLABEL "foo" some value\n', settings },
    { name: "a key from an unknown variable might be the label", code: "FROM baseimage\nARG KEY\nLABEL $KEY=x\n", settings },
  ],
  invalid: [
    { name: "single stage, no label", code: "FROM baseimage\n", settings, findings: [{ line: 1, column: 6, endLine: 1, endColumn: 15, message: msg }] },
    { name: "single stage, wrong label", code: 'FROM baseimage\nLABEL bar="baz"\n', settings, findings: [{ line: 1, column: 6, endLine: 1, endColumn: 15 }] },
    { name: "two stages, no labels", code: "FROM stage1\nFROM stage2\n", settings, findings: [{ line: 1, column: 6, endLine: 1, endColumn: 12 }, { line: 2, column: 6, endLine: 2, endColumn: 12 }] },
    { name: "two stages, label in the first only", code: 'FROM baseimage\nLABEL foo="bar"\nFROM newimage\n', settings, findings: [{ line: 3, column: 6 }] },
    { name: "two stages, label in the second only", code: 'FROM baseimage\nFROM newimage\nLABEL foo="bar"\n', settings, findings: [{ line: 1, column: 6 }] },
    {
      name: "inheritance, no labels: reported once, on the stage that ships",
      code: "FROM baseimage AS base\nFROM base\n",
      settings,
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }],
    },
    {
      name: "multiple results, no inheritance, label in one",
      code: 'FROM baseimage AS base\nFROM newimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz\n\nFROM newimage\nCOPY --from=base /bar /baz\n',
      settings,
      findings: [{ line: 6, column: 6 }],
    },
    { name: "multiple results, inheritance, label in one", code: 'FROM baseimage AS base\nFROM base\nLABEL foo="bar"\n\nFROM base\n', settings, findings: [{ line: 5, column: 6 }] },
    {
      name: "ONBUILD LABEL is for child images; two labels missing",
      code: 'FROM baseimage\nONBUILD LABEL foo="bar"\n',
      settings: { labelSchema: { foo: "text" as const, version: "semver" as const } },
      findings: [{ line: 1, column: 6, message: msg }, { line: 1, column: 6, message: /"version"/ }],
    },
  ],
});
