/**
 * Rules written before the BuildKit checks that carry a BuildKit check name, run on BuildKit's own lint-test
 * inputs (dockerfile_check_test.go): they fire on the same lines BuildKit reports, and stay quiet where it does.
 * Differences in messages and ranges are listed in docs/buildkit-checks.md.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/ast/parse.js";
import type { Rule } from "../../src/engine/types.js";
import envLegacyFormat from "../../rules/env-legacy-format.js";
import exposeProtoCasing from "../../rules/expose-proto-casing.js";
import maintainerDeprecated from "../../rules/maintainer-deprecated.js";
import multipleCmd from "../../rules/multiple-cmd.js";
import multipleEntrypoint from "../../rules/multiple-entrypoint.js";
import shellFormCmd from "../../rules/shell-form-cmd.js";
import workdirRelative from "../../rules/workdir-relative.js";
import { runRulesLocal } from "./run.js";

const lines = (rule: Rule, code: string) => runRulesLocal([rule], code).map((f) => f.line);

describe("existing rules on BuildKit's inputs", () => {
  it("JSONArgsRecommended (shell-form-cmd)", () => {
    expect(lines(shellFormCmd, "\nFROM scratch\nCMD mycommand\n")).toEqual([3]);
    expect(lines(shellFormCmd, "\nFROM scratch\nENTRYPOINT mycommand\n")).toEqual([3]);
    expect(lines(shellFormCmd, '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
    expect(lines(shellFormCmd, '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n')).toEqual([]);
    expect(lines(shellFormCmd, '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n')).toEqual([]);
    expect(lines(shellFormCmd, '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n')).toEqual([]);
    expect(lines(shellFormCmd, "# check=skip=JSONArgsRecommended\nFROM scratch\nCMD mycommand\n")).toEqual([]);
  });

  it("MaintainerDeprecated (maintainer-deprecated)", () => {
    expect(lines(maintainerDeprecated, "\nFROM scratch\nMAINTAINER me@example.org\n")).toEqual([3]);
    expect(lines(maintainerDeprecated, '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n')).toEqual([]);
    expect(lines(maintainerDeprecated, "# check=skip=MaintainerDeprecated\nFROM scratch\nMAINTAINER me@example.org\n")).toEqual([]);
  });

  it("LegacyKeyValueFormat (env-legacy-format)", () => {
    expect(lines(envLegacyFormat, "\nFROM scratch\nENV testkey value\nLABEL key value\n")).toEqual([3, 4]);
    expect(lines(envLegacyFormat, "\nFROM scratch\nENV testkey=value\nLABEL key=value\n")).toEqual([]);
    expect(lines(envLegacyFormat, "\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n")).toEqual([5, 6]);
  });

  it("MultipleInstructionsDisallowed (multiple-cmd, multiple-entrypoint)", () => {
    const consecutive = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n';
    expect(lines(multipleEntrypoint, consecutive)).toEqual([3]);
    expect(lines(multipleCmd, consecutive)).toEqual([5]);
    const twoStages = '\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n';
    expect(lines(multipleEntrypoint, twoStages)).toEqual([]);
    expect(lines(multipleCmd, twoStages)).toEqual([]);
  });

  it("WorkdirRelativePath (workdir-relative)", () => {
    expect(lines(workdirRelative, "\nFROM scratch\nWORKDIR app/\n")).toEqual([3]);
    expect(lines(workdirRelative, "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n")).toEqual([]);
    expect(lines(workdirRelative, "# check=skip=WorkdirRelativePath\nFROM scratch\nWORKDIR app/\n")).toEqual([]);
  });

  it("ExposeProtoCasing (expose-proto-casing)", () => {
    expect(lines(exposeProtoCasing, "\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n")).toEqual([3, 3]);
  });

  it("NoEmptyContinuation (parser diagnostic empty-continuation)", () => {
    const { diagnostics } = parse("\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n");
    expect(diagnostics.filter((d) => d.code === "empty-continuation").map((d) => [d.range.start.line, d.range.end.line])).toEqual([[4, 6]]);
  });
});
