/**
 * src/analysis/dockerignore.ts against the cases of moby/patternmatcher's own tests (TestMatches with
 * MatchesOrParentMatches, the multi-pattern cases, Go's filepath.Match table as TestMatch uses it) and
 * ignorefile.ReadAll's rules, restated here as data.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanPath, findDockerignore, isBadPattern, PatternMatcher, readIgnoreFile } from "../../src/analysis/dockerignore.js";

const matcher = (patterns: string[]): PatternMatcher => {
  const m = PatternMatcher.create(patterns);
  if (!m) throw new Error(`patterns rejected: ${JSON.stringify(patterns)}`);
  return m;
};

describe("PatternMatcher.matchesOrParentMatches (patternmatcher TestMatches)", () => {
  // [pattern, path, excluded]
  const single: [string, string, boolean][] = [
    ["**", "file", true], ["**", "file/", true], ["**/", "file", true], ["**/", "file/", true], ["**", "/", true], ["**/", "/", true],
    ["**", "dir/file", true], ["**/", "dir/file", true], ["**", "dir/file/", true], ["**/", "dir/file/", true],
    ["**/**", "dir/file", true], ["**/**", "dir/file/", true], ["dir/**", "dir/file", true], ["dir/**", "dir/file/", true],
    ["dir/**", "dir/dir2/file", true], ["dir/**", "dir/dir2/file/", true], ["**/dir", "dir", true], ["**/dir", "dir/file", true],
    ["**/dir2/*", "dir/dir2/file", true], ["**/dir2/*", "dir/dir2/file/", true], ["**/dir2/**", "dir/dir2/dir3/file", true],
    ["**/dir2/**", "dir/dir2/dir3/file/", true], ["**file", "file", true], ["**file", "dir/file", true], ["**/file", "dir/file", true],
    ["**file", "dir/dir/file", true], ["**/file", "dir/dir/file", true], ["**/file*", "dir/dir/file", true],
    ["**/file*", "dir/dir/file.txt", true], ["**/file*txt", "dir/dir/file.txt", true], ["**/file*.txt", "dir/dir/file.txt", true],
    ["**/file*.txt*", "dir/dir/file.txt", true], ["**/**/*.txt", "dir/dir/file.txt", true], ["**/**/*.txt2", "dir/dir/file.txt", false],
    ["**/*.txt", "file.txt", true], ["**/**/*.txt", "file.txt", true], ["a**/*.txt", "a/file.txt", true], ["a**/*.txt", "a/dir/file.txt", true],
    ["a**/*.txt", "a/dir/dir/file.txt", true], ["a/*.txt", "a/dir/file.txt", false], ["a/*.txt", "a/file.txt", true],
    ["a/*.txt**", "a/file.txt", true], ["a[b-d]e", "ae", false], ["a[b-d]e", "ace", true], ["a[b-d]e", "aae", false],
    ["a[^b-d]e", "aze", true], [".*", ".foo", true], [".*", "foo", false], ["abc.def", "abcdef", false], ["abc.def", "abc.def", true],
    ["abc.def", "abcZdef", false], ["abc?def", "abcZdef", true], ["abc?def", "abcdef", false], ["**/foo/bar", "foo/bar", true],
    ["**/foo/bar", "dir/foo/bar", true], ["**/foo/bar", "dir/dir2/foo/bar", true], ["abc/**", "abc", false], ["abc/**", "abc/def", true],
    ["abc/**", "abc/def/ghi", true], ["**/.foo", ".foo", true], ["**/.foo", "bar.foo", false], ["a(b)c/def", "a(b)c/def", true],
    ["a(b)c/def", "a(b)c/xyz", false], ["a.|)$(}+{bc", "a.|)$(}+{bc", true],
    ["dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
    ["dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
    ["a\\\\", "a\\", true], ["a\\*b", "a*b", true],
  ];
  it.each(single)("%j excludes %j: %j", (pattern, file, want) => {
    expect(matcher([pattern]).matchesOrParentMatches(file)).toBe(want);
  });

  const multi: [string[], string, boolean][] = [
    [["**", "!util/docker/web"], "util/docker/web/foo", false],
    [["**", "!util/docker/web", "util/docker/web/foo"], "util/docker/web/foo", true],
    [["**", "!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"], "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false],
    [["**", "!dist/*.whl"], "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false],
    [["!fileutils.go", "*.go"], "fileutils.go", true],
    [["docs", "!docs/README.md"], "docs/README.md", false],
    [["docs/", "!docs/README.md"], "docs/README.md", false],
    [["docs/*", "!docs/README.md"], "docs/README.md", false],
    [["*.go", "!fileutils.go"], "fileutils.go", false],
  ];
  it.each(multi)("%j excludes %j: %j", (patterns, file, want) => {
    expect(matcher(patterns).matchesOrParentMatches(file)).toBe(want);
  });

  it("knows when there are exceptions, and trims patterns", () => {
    expect(matcher(["docs", "  !docs/README.md"]).exclusions).toBe(true);
    expect(matcher(["docs", "!docs/README.md  "]).exclusions).toBe(true);
    expect(matcher(["docs", "config", ""]).patterns.map((p) => p.text)).toEqual(["docs", "config"]);
    expect(PatternMatcher.create(["!"])).toBeNull();
  });
});

describe("Go filepath.Match semantics (patternmatcher TestMatch)", () => {
  // [pattern, path, match]; patterns filepath.Match rejects are marked "bad".
  const table: [string, string, boolean | "bad"][] = [
    ["abc", "abc", true], ["*", "abc", true], ["*c", "abc", true], ["a*", "a", true], ["a*", "abc", true], ["a*", "ab/c", true],
    ["a*/b", "abc/b", true], ["a*/b", "a/c/b", false], ["a*b*c*d*e*/f", "axbxcxdxe/f", true], ["a*b*c*d*e*/f", "axbxcxdxexxx/f", true],
    ["a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false], ["a*b*c*d*e*/f", "axbxcxdxexxx/fff", false], ["a*b?c*x", "abxbbxdbxebxczzx", true],
    ["a*b?c*x", "abxbbxdbxebxczzy", false], ["ab[c]", "abc", true], ["ab[b-d]", "abc", true], ["ab[e-g]", "abc", false],
    ["ab[^c]", "abc", false], ["ab[^b-d]", "abc", false], ["ab[^e-g]", "abc", true], ["a\\*b", "a*b", true], ["a\\*b", "ab", false],
    ["a?b", "a☺b", true], ["a[^a]b", "a☺b", true], ["a???b", "a☺b", false], ["a[^a][^a][^a]b", "a☺b", false], ["[a-ζ]*", "α", true],
    ["*[a-ζ]", "A", false], ["a?b", "a/b", false], ["a*b", "a/b", false], ["[\\]a]", "]", true], ["[\\-]", "-", true],
    ["[x\\-]", "x", true], ["[x\\-]", "-", true], ["[x\\-]", "z", false], ["[\\-x]", "x", true], ["[\\-x]", "-", true], ["[\\-x]", "a", false],
    ["[]a]", "]", "bad"], ["[-]", "-", "bad"], ["[x-]", "x", "bad"], ["[-x]", "x", "bad"], ["\\", "a", "bad"], ["[a-b-c]", "a", "bad"],
    ["[", "a", "bad"], ["[^", "a", "bad"], ["[^bc", "a", "bad"], ["a[", "a", "bad"], ["*x", "xxx", true],
  ];
  it.each(table)("%j on %j: %j", (pattern, file, want) => {
    if (want === "bad") {
      expect(isBadPattern(pattern)).toBe(true);
      expect(PatternMatcher.create([pattern])).toBeNull();
      return;
    }
    expect(isBadPattern(pattern)).toBe(false);
    expect(matcher([pattern]).matchesOrParentMatches(file)).toBe(want);
  });
});

describe("readIgnoreFile (ignorefile.ReadAll)", () => {
  it("strips the BOM, skips # lines and blanks, cleans, drops a leading / and keeps !", () => {
    const text = "\uFEFF# comment\n\n  /docs/../build/  \r\n!  /keep/./me\n*.log\n  # not a comment: leading blanks\n/\n";
    expect(readIgnoreFile(text)).toEqual(["build", "!keep/me", "*.log", "# not a comment: leading blanks", "/"]);
  });
  it("cleans like Go's path.Clean", () => {
    expect(["", ".", "a/", "./a/b/../c", "/../x", "../../a", "a//b", "/"].map(cleanPath)).toEqual([".", ".", "a", "a/c", "/x", "../../a", "a/b", "/"]);
  });
});

describe("findDockerignore", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "shipshape-dockerignore-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, "Dockerfile"), "FROM scratch\n");
  writeFileSync(path.join(dir, "api.Dockerfile"), "FROM scratch\n");
  writeFileSync(path.join(dir, ".dockerignore"), "*.log\n");
  writeFileSync(path.join(dir, "api.Dockerfile.dockerignore"), "secrets\n");
  mkdirSync(path.join(dir, "ctx"));
  writeFileSync(path.join(dir, "ctx", ".dockerignore"), "tmp\n");

  it("prefers <Dockerfile>.dockerignore, else the context's .dockerignore", () => {
    expect(findDockerignore(path.join(dir, "api.Dockerfile"))?.patterns).toEqual(["secrets"]);
    expect(findDockerignore(path.join(dir, "Dockerfile"))?.patterns).toEqual(["*.log"]);
    expect(findDockerignore(path.join(dir, "Dockerfile"), path.join(dir, "ctx"))?.path).toBe(path.join(dir, "ctx", ".dockerignore"));
  });
  it("returns null for names that are not files, without throwing", () => {
    for (const name of ["<stdin>", "-", "", path.join(dir, "missing"), dir, "\u0000bad"]) expect(findDockerignore(name)).toBeNull();
  });
});
