import rule from "../../rules/env-same-statement-reference.js";
import { cases } from "./harness.js";

const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "separate ENVs", code: F + 'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n' },
    { name: "partial match 1", code: F + 'ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"\n' },
    { name: "partial match 2", code: F + 'ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"\n' },
    { name: "partial match 3", code: F + 'ENV BLA="blubb" BLUBB="$FOOBLA/blubb"\n' },
    { name: "partial match 4", code: F + 'ENV BLA="blubb" BLUBB="$BLAFOO/blubb"\n' },
    { name: "partial match 6", code: F + 'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"\n' },
    { name: "ARG then ENV of the same name", code: F + "ARG BLA\nENV BLA=${BLA}\n" },
    { name: "own right-hand side", code: F + "ENV PATH=/bla:${PATH}\n" },
    { name: "own right-hand side in two ENVs", code: F + "ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}\n" },
    { name: "used before the pair that sets it", code: F + "ENV OLD=$NEW NEW=1\n" },
    { name: "escaped dollar", code: F + "ENV A=1 B=\\$A\n" },
    { name: "single quotes do not expand", code: F + "ENV A=1 B='$A'\n" },
  ],
  invalid: [
    {
      name: "curly braces",
      code: F + 'ENV BLA="blubb" BLUBB="${BLA}/blubb"\n',
      findings: [{ line: 2, column: 24, endLine: 2, endColumn: 30, message: "BLA is set earlier in this ENV (BLA=...), but ENV expands all values first: this still sees the value from before the instruction; split the ENV" }],
    },
    { name: "no curly braces", code: F + 'ENV BLA="blubb" BLUBB="$BLA/blubb"\n', findings: [{ line: 2, column: 24, endLine: 2, endColumn: 28 }] },
    { name: "partial match 5", code: F + 'ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"\n', findings: [{ line: 2, column: 24, endLine: 2, endColumn: 28 }] },
    { name: "full match", code: F + 'ENV BLA="blubb" BLUBB="$BLA"\n', findings: [{ line: 2, column: 24, endLine: 2, endColumn: 28 }] },
    { name: "own right-hand side twice in one ENV", code: F + "ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n", findings: [{ line: 2, column: 35, endLine: 2, endColumn: 42, message: /^PATH is set earlier/ }] },
    { name: "previously defined, still misses the new value", code: F + "ENV BLA blubb\nENV BLA=x FOO=${BLA}\n", findings: [{ line: 3, column: 15, endLine: 3, endColumn: 21 }] },
    { name: "default-value form, continued line", code: F + "ENV HOME_DIR=/opt/app \\\n    BIN=${HOME_DIR:-/usr}/bin\n", findings: [{ line: 3, column: 9, endLine: 3, endColumn: 26 }] },
    { name: "ONBUILD ENV", code: F + "ONBUILD ENV A=1 B=$A\n", findings: [{ line: 2, column: 19, endLine: 2, endColumn: 21 }] },
  ],
});
