/** onbuild-invalid-trigger (hadolint DL3043) is a parser diagnostic: checked through lint(), positions pinned. */
import { describe, expect, it } from "vitest";
import rule from "../../rules/onbuild-invalid-trigger.js";
import { lint } from "../../src/lint.js";

const found = (code: string, config?: Record<string, unknown>) =>
  lint(code, { rules: [rule], config })
    .findings.filter((f) => f.rule === "onbuild-invalid-trigger")
    .map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.message}`);

const F = "FROM debian:12\n";

describe("onbuild-invalid-trigger", () => {
  it.each([
    ["ADD", "ONBUILD ADD anything anywhere"],
    ["USER", "ONBUILD USER anything"],
    ["LABEL", 'ONBUILD LABEL bla="blubb"'],
    ["STOPSIGNAL", "ONBUILD STOPSIGNAL SIGTERM"],
    ["COPY", "ONBUILD COPY anything anywhere"],
    ["RUN", "ONBUILD RUN anything"],
    ["ENV and ARG", 'ONBUILD ENV MYVAR="bla"\nONBUILD ARG anything'],
    ["HEALTHCHECK NONE", "ONBUILD HEALTHCHECK NONE"],
    ["FROM and MAINTAINER outside ONBUILD", "MAINTAINER Some Guy"],
  ])("allows %s", (_name, line) => {
    expect(found(F + line + "\n")).toEqual([]);
  });

  it("reports ONBUILD ONBUILD on the trigger keyword", () => {
    expect(found(F + "ONBUILD ONBUILD RUN anything\n")).toEqual(["2:9-2:16 error Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"]);
  });
  it("reports ONBUILD FROM", () => {
    expect(found(F + "ONBUILD FROM debian:buster\n")).toEqual(["2:9-2:13 error FROM isn't allowed as an ONBUILD trigger"]);
  });
  it("reports ONBUILD MAINTAINER, in any case", () => {
    expect(found(F + 'onbuild maintainer "BoJack Horseman"\n')).toEqual(["2:9-2:19 error MAINTAINER isn't allowed as an ONBUILD trigger"]);
  });
  it("reports each one, on continued lines too", () => {
    expect(found(F + "ONBUILD \\\n  FROM alpine\nONBUILD ONBUILD ONBUILD RUN x\n")).toEqual([
      "3:3-3:7 error FROM isn't allowed as an ONBUILD trigger",
      "4:9-4:16 error Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    ]);
  });
  it("is not reported as invalid-instruction", () => {
    expect(lint(F + "ONBUILD FROM alpine\n", { rules: [rule] }).findings.map((f) => f.rule)).toEqual(["onbuild-invalid-trigger"]);
  });
  it("is configured and suppressed by its hadolint code", () => {
    expect(found(F + "ONBUILD FROM alpine\n", { ignored: ["DL3043"] })).toEqual([]);
    expect(found(F + "# hadolint ignore=DL3043\nONBUILD FROM alpine\n")).toEqual([]);
    expect(found(F + "ONBUILD FROM alpine\n", { rules: { DL3043: "warning" } })).toEqual(["2:9-2:13 warning FROM isn't allowed as an ONBUILD trigger"]);
  });
});
