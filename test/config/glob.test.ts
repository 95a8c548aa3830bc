import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/config/glob.js";
import { gitignoreToGlobs } from "../../src/config/targets.js";

describe("ignore-paths globs", () => {
  const cases: [string, string, boolean][] = [
    ["vendor/**", "vendor/a/Dockerfile", true],
    ["vendor/**", "src/vendor/Dockerfile", false],
    ["vendor", "src/vendor/Dockerfile", true],
    ["/vendor", "src/vendor/Dockerfile", false],
    ["*.gen.Dockerfile", "a/b/x.gen.Dockerfile", true],
    ["*.gen.Dockerfile", "a/b/x.Dockerfile", false],
    ["docker/*/Dockerfile", "docker/api/Dockerfile", true],
    ["docker/*/Dockerfile", "docker/api/v1/Dockerfile", false],
    ["docker/**/Dockerfile", "docker/Dockerfile", true],
    ["Dockerfile.{dev,test}", "Dockerfile.test", true],
    ["Dockerfile.{dev,test}", "Dockerfile.prod", false],
    ["Dockerfile.[ab]", "Dockerfile.b", true],
    ["Dockerfile.?", "Dockerfile.ab", false],
  ];
  it.each(cases)("%s on %s → %s", (pattern, file, expected) => {
    expect(globMatcher([pattern])(file)).toBe(expected);
  });
  it("re-includes with !", () => {
    const m = globMatcher(["vendor/**", "!vendor/keep/**"]);
    expect([m("vendor/a/Dockerfile"), m("vendor/keep/Dockerfile")]).toEqual([true, false]);
  });
});

describe(".gitignore conversion", () => {
  it("anchors patterns with a slash and lets the others match at any depth", () => {
    expect(gitignoreToGlobs("# c\n\nbuild/\n/out\nlogs/*.log\n*.tmp\n!keep.tmp\n")).toEqual([
      "**/build/**",
      "out/**",
      "out",
      "logs/*.log/**",
      "logs/*.log",
      "**/*.tmp/**",
      "**/*.tmp",
    ]);
  });
});
