/**
 * Properties of fix() over random Dockerfile-ish text (seeded, so failures reproduce): it never throws,
 * its output never parses worse than its input, it changes the text only through applied fixes, and a
 * second run over its output changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fix, newParseErrors, parse } from "../../src/index.js";

const fragments = [
  "FROM alpine:3.20",
  "FROM ubuntu:22.04 AS build",
  "from debian:12 as base",
  "MAINTAINER Jane Doe <jane@example.com>",
  'MAINTAINER "quoted" name',
  "ENV PATH /usr/local/bin:$PATH",
  "ENV A b # note",
  "ENV A=1 \\",
  "    B 2",
  "RUN apt-get update",
  "RUN apt-get install -y curl",
  "RUN apt-get update && apt-get install -y \\",
  "      curl \\",
  "      git",
  "RUN <<EOF",
  "apt-get install -y vim",
  "EOF",
  "COPY <<EOT /etc/motd",
  "EOT",
  "ADD app.tar.gz /app/",
  "ADD config.json /etc/app/",
  "ONBUILD ADD . /src",
  "EXPOSE 8080/TCP",
  "EXPOSE 80/UDP # dns",
  "CMD node server.js",
  "CMD [\"node\", \"server.js\"]",
  "ENTRYPOINT exec app --flag",
  "# comment",
  "# escape=`",
  "RUN powershell -Command `",
  "",
  "\\",
  "🐳 ünïcödé",
  "FROB x",
];

const line = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const dockerfile = fc
  .record({
    lines: fc.array(line, { maxLength: 14 }),
    eol: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map(({ lines, eol, bom, finalEol }) => (bom ? "\uFEFF" : "") + lines.join(eol) + (finalEol && lines.length > 0 ? eol : ""));

const errorCount = (text: string) => parse(text).diagnostics.filter((d) => d.severity === "error").length;

describe("fix() over random Dockerfile-ish text", () => {
  for (const unsafe of [false, true]) {
    it(`never throws and never parses worse (unsafe: ${unsafe})`, () => {
      let fixed = 0;
      let dropped = 0;
      fc.assert(
        fc.property(dockerfile, (text) => {
          const r = fix(text, { unsafe });
          if (r.applied.length > 0) fixed++;
          if (r.dropped.length > 0) dropped++;
          expect(errorCount(r.output)).toBeLessThanOrEqual(errorCount(text));
          expect(newParseErrors(text, r.output)).toEqual([]);
          if (r.applied.length === 0) expect(r.output).toBe(text);
          else expect(r.output).not.toBe(text);
          if (text.startsWith("\uFEFF")) expect(r.output.startsWith("\uFEFF")).toBe(true);
          if (!unsafe) expect(r.applied.every((a) => a.safe)).toBe(true);
        }),
        { seed: unsafe ? 4242 : 1717, numRuns: 150 },
      );
      // The generator must exercise the fixer, not just pass through.
      console.log(`fix property (unsafe: ${unsafe}): ${fixed} of 150+ texts changed, ${dropped} with a dropped fix`);
      expect(fixed).toBeGreaterThan(30);
    });

    it(`is stable: fixing the output again changes nothing (unsafe: ${unsafe})`, () => {
      fc.assert(
        fc.property(dockerfile, (text) => {
          const once = fix(text, { unsafe });
          fc.pre(once.passes < 10);
          expect(fix(once.output, { unsafe }).output).toBe(once.output);
        }),
        { seed: unsafe ? 99 : 7, numRuns: 100 },
      );
    });
  }
});
