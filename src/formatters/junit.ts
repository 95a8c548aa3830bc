/**
 * `--format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).
 * One `<testsuite>` per linted file; one failing `<testcase>` per finding, or a single passing
 * `<testcase>` when the file is clean, so clean files show up as passed tests rather than not at all.
 * @module
 */
import type { Formatter } from "./types.js";
import { xmlAttr, xmlText } from "./util.js";

const junit: Formatter = (results) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const name = xmlAttr(result.file);
    const count = result.findings.length;
    tests += Math.max(count, 1);
    failures += count;
    suites.push(`  <testsuite name="${name}" tests="${Math.max(count, 1)}" failures="${count}" errors="0" skipped="0">`);
    if (count === 0) suites.push(`    <testcase name="shipshape" classname="${name}"/>`);
    for (const f of result.findings) {
      const where = `${result.file}:${f.line}:${f.column}`;
      suites.push(
        `    <testcase name="${xmlAttr(`${f.line}:${f.column} ${f.rule}`)}" classname="${name}">`,
        `      <failure message="${xmlAttr(f.message)}" type="${f.severity}">${xmlText(`${where}: ${f.severity} ${f.rule}: ${f.message}`)}</failure>`,
        "    </testcase>",
      );
    }
    suites.push("  </testsuite>");
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="shipshape" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

export default junit;
