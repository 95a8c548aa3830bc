import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigFinder, loadConfigFile } from "../../src/config/load.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { ConfigError } from "../../src/config/types.js";
import { lint, lintFiles } from "../../src/lint.js";
import { flagKind } from "../engine/rules.js";

const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-config-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** Creates a fresh folder tree: `{ "a/.shipshape.yaml": "..." }`. */
function tree(files: Record<string, string>): string {
  const dir = path.join(root, `t${n++}`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const rules = [flagKind("untagged", "FROM", { aliases: ["DL3006"] }), flagKind("shell-run", "RUN", { aliases: ["DL3099"], severity: "info" })];

describe("shipshape config", () => {
  it("resolves every key with defaults filled in", () => {
    const c = resolveConfig(
      {
        rules: { untagged: "error", DL3099: { severity: "style", options: { max: 2 } } },
        "failure-threshold": "warning",
        "trusted-registries": ["ghcr.io"],
        "label-schema": { maintainer: "email" },
        "strict-labels": true,
        "ignore-paths": ["vendor/**"],
        "unused-suppressions": true,
      },
      { file: "/x/.shipshape.yaml", baseDir: "/x" },
    );
    expect(c).toMatchObject({
      format: "shipshape",
      rules: { untagged: "error", DL3099: { severity: "style", options: { max: 2 } } },
      failureThreshold: "warning",
      settings: { trustedRegistries: ["ghcr.io"], labelSchema: { maintainer: "email" }, strictLabels: true },
      ignorePaths: ["vendor/**"],
      unusedSuppressions: true,
      disableIgnorePragma: false,
      baseDir: "/x",
    });
    expect(resolveConfig({}, { file: null })).toMatchObject({ failureThreshold: "info", rules: {}, unusedSuppressions: false });
  });

  it("rejects unknown keys with the file, the key and a suggestion", () => {
    const e = configError(() => resolveConfig({ rulez: {} }, { file: "/p/.shipshape.yaml" }));
    expect(e.message).toBe("invalid config /p/.shipshape.yaml: unknown key 'rulez' (did you mean 'rules'?)");
    expect(configError(() => resolveConfig({ zzzzzz: 1 }, { file: "c.json" })).message).toBe("invalid config c.json: unknown key 'zzzzzz'");
  });

  it("names the key path of a bad value", () => {
    expect(configError(() => resolveConfig({ rules: { untagged: "warn" } }, { file: "c.yaml" })).message).toBe(
      "invalid config c.yaml: rules.untagged: must be one of 'off', 'on', 'error', 'warning', 'info', 'style' or an object { severity, options }",
    );
    expect(configError(() => resolveConfig({ rules: { untagged: { severity: "bad" } } }, { file: "c.yaml" })).message).toBe(
      "invalid config c.yaml: rules.untagged.severity: must be one of 'off', 'on', 'error', 'warning', 'info', 'style', got 'bad'",
    );
    expect(configError(() => resolveConfig({ rules: { untagged: { sevrity: "error" } } }, { file: "c.yaml" })).message).toBe(
      "invalid config c.yaml: rules.untagged: unknown key 'sevrity' (did you mean 'severity'?)",
    );
    expect(configError(() => resolveConfig({ "trusted-registries": ["a", 3] }, { file: "c.yaml" })).message).toBe(
      "invalid config c.yaml: trusted-registries[1]: expected string, got number 3",
    );
    expect(configError(() => resolveConfig({ "failure-threshold": "high" }, { file: "c.yaml" })).path).toBe("failure-threshold");
    expect(configError(() => resolveConfig(["a"], { file: "c.yaml" })).message).toBe("invalid config c.yaml: expected a mapping of keys to values, got a list");
  });

  it("counts further problems in the same line", () => {
    expect(configError(() => resolveConfig({ rulez: 1, "strict-labels": "yes" }, { file: "c.yaml" })).message).toMatch(/\(and 1 more problem\)$/);
  });

  it("rejects unknown rule names when linting, with a suggestion", () => {
    const e = configError(() => lint("FROM a\n", { rules, config: { rules: { untaged: "off" } } }));
    expect(e.message).toBe("invalid config config: rules.untaged: unknown rule 'untaged' (did you mean 'untagged'?)");
  });
});

describe("hadolint config", () => {
  it("maps ignored, override, thresholds and settings", () => {
    const c = resolveConfig(
      {
        ignored: ["DL3099", "SC2086"],
        override: { error: ["DL3006"], style: ["DL3000"] },
        "failure-threshold": "warning",
        trustedRegistries: ["docker.io"],
        "label-schema": { author: "text" },
        "strict-labels": true,
        "disable-ignore-pragma": true,
        format: "tty",
      },
      { file: ".hadolint.yaml" },
    );
    expect(c).toMatchObject({
      format: "hadolint",
      rules: { DL3006: "error", DL3000: "style", DL3099: "off", SC2086: "off" },
      failureThreshold: "warning",
      settings: { trustedRegistries: ["docker.io"], labelSchema: { author: "text" }, strictLabels: true },
      disableIgnorePragma: true,
    });
    expect(resolveConfig({ "no-fail": true, "failure-threshold": "error", ignored: [] }, { file: null }).failureThreshold).toBe("none");
    expect(resolveConfig({ "failure-threshold": "ignore" }, { file: null, format: "hadolint" }).failureThreshold).toBe("none");
  });

  it("applies to linting: ignored rules are off, overrides re-grade, unknown codes are fine", () => {
    const findings = lint("FROM a\nRUN b\n", { rules, config: { ignored: ["DL3099", "SC2086"], override: { error: ["DL3006"] } } });
    expect(findings.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(["untagged:error"]);
  });

  it("reports bad hadolint values with the key path", () => {
    expect(configError(() => resolveConfig({ ignored: "DL3006" }, { file: ".hadolint.yaml", format: "hadolint" })).message).toBe(
      "invalid config .hadolint.yaml: ignored: expected a list, got 'DL3006'",
    );
    expect(configError(() => resolveConfig({ override: { errors: [] } }, { file: ".hadolint.yaml", format: "hadolint" })).message).toBe(
      "invalid config .hadolint.yaml: override: unknown key 'errors' (did you mean 'error'?)",
    );
  });

  it("is told apart from a shipshape config by its keys", () => {
    expect(resolveConfig({ trustedRegistries: ["x"] }, { file: null }).format).toBe("hadolint");
    expect(resolveConfig({ "failure-threshold": "error" }, { file: null }).format).toBe("shipshape");
    // Mixed keys are validated as shipshape, which rejects the hadolint one.
    expect(configError(() => resolveConfig({ rules: {}, ignored: [] }, { file: "m.yaml" })).message).toBe("invalid config m.yaml: unknown key 'ignored'");
  });
});

describe("config files", () => {
  it("reads YAML, JSON and package.json#shipshape", () => {
    const dir = tree({
      "y/.shipshape.yaml": "rules:\n  untagged: error\n",
      "j/.shipshape.json": '{"failure-threshold": "error"}',
      "p/package.json": '{"name": "x", "shipshape": {"strict-labels": true}}',
    });
    expect(loadConfigFile(path.join(dir, "y/.shipshape.yaml")).rules).toEqual({ untagged: "error" });
    expect(loadConfigFile(path.join(dir, "j/.shipshape.json")).failureThreshold).toBe("error");
    expect(loadConfigFile(path.join(dir, "p/package.json")).settings.strictLabels).toBe(true);
  });

  it("reports YAML and JSON syntax errors and unreadable files in one line", () => {
    const dir = tree({ ".shipshape.yaml": "rules: [a\n", ".shipshape.json": "{nope" });
    const yamlError = configError(() => loadConfigFile(path.join(dir, ".shipshape.yaml"))).message;
    expect(yamlError).toMatch(new RegExp(`^invalid config ${dir}/.shipshape.yaml: not valid YAML at line \\d+, column \\d+: `));
    expect(yamlError).not.toContain("\n");
    expect(configError(() => loadConfigFile(path.join(dir, ".shipshape.json"))).message).toMatch(/not valid JSON/);
    expect(configError(() => loadConfigFile(path.join(dir, "missing.yaml"))).message).toBe(`cannot read config ${dir}/missing.yaml: no such file`);
  });

  it("treats an empty YAML file as an empty config", () => {
    const dir = tree({ ".shipshape.yaml": "# nothing yet\n" });
    expect(loadConfigFile(path.join(dir, ".shipshape.yaml")).rules).toEqual({});
  });

  it("is found from the file's folder upward, nearest first", () => {
    const dir = tree({
      ".shipshape.yaml": "failure-threshold: error\n",
      "a/b/.shipshape.json": '{"failure-threshold": "style"}',
      "a/package.json": '{"name": "no-config-here"}',
    });
    const finder = new ConfigFinder();
    expect(finder.findFile(path.join(dir, "a/b"))).toBe(path.join(dir, "a/b/.shipshape.json"));
    expect(finder.findFile(path.join(dir, "a"))).toBe(path.join(dir, ".shipshape.yaml"));
    expect(finder.configFor(path.join(dir, "a/c/d")).failureThreshold).toBe("error");
  });

  it("prefers .shipshape.yaml over .yml, .json and package.json in one folder", () => {
    const dir = tree({ ".shipshape.yml": "{}", ".shipshape.yaml": "{}", ".shipshape.json": "{}", "package.json": '{"shipshape": {}}' });
    expect(new ConfigFinder().findFile(dir)).toBe(path.join(dir, ".shipshape.yaml"));
  });

  it("uses .hadolint.yaml only when there is no shipshape config up the tree", () => {
    const dir = tree({ ".shipshape.yaml": "{}", "a/.hadolint.yaml": "ignored: [DL3006]\n", "b/.hadolint.yml": "ignored: [DL3006]\n" });
    const finder = new ConfigFinder();
    expect(finder.findFile(path.join(dir, "a"))).toBe(path.join(dir, ".shipshape.yaml"));
    const lone = tree({ "x/.hadolint.yml": "ignored: [DL3006]\n" });
    expect(finder.findFile(path.join(lone, "x/y"))).toBe(path.join(lone, "x/.hadolint.yml"));
    expect(finder.configFor(path.join(lone, "x")).rules).toEqual({ DL3006: "off" });
  });

  it("forces the hadolint format for .hadolint.yaml even with shipshape-looking keys", () => {
    const dir = tree({ ".hadolint.yaml": "failure-threshold: error\nrules: {}\n" });
    expect(loadConfigFile(path.join(dir, ".hadolint.yaml")).format).toBe("hadolint");
  });
});

describe("lintFiles", () => {
  it("applies each file's own config and reports bad configs per file", async () => {
    const dir = tree({
      "ok/.shipshape.yaml": "rules:\n  untagged: off\n",
      "ok/Dockerfile": "FROM a\nRUN b\n",
      "bad/.shipshape.yaml": "rulez: {}\n",
      "bad/Dockerfile": "FROM a\n",
      "plain/Dockerfile": "FROM a\n",
    });
    const { results } = await lintFiles(["ok/Dockerfile", "bad/Dockerfile", "plain/Dockerfile"], { cwd: dir, rules });
    expect(results.map((r) => [r.file, r.findings.map((f) => f.rule), r.error])).toEqual([
      ["ok/Dockerfile", ["shell-run"], undefined],
      ["bad/Dockerfile", [], `invalid config ${dir}/bad/.shipshape.yaml: unknown key 'rulez' (did you mean 'rules'?)`],
      ["plain/Dockerfile", ["untagged"], undefined],
    ]);
  });

  it("uses an explicit config (object or path) for every file, and throws when it is invalid", async () => {
    const dir = tree({ "a/.shipshape.yaml": "rules: { untagged: off }\n", "a/Dockerfile": "FROM a\n", "my.yaml": "rules: { untagged: error }\n" });
    const viaPath = await lintFiles(["a/Dockerfile"], { cwd: dir, rules, config: "my.yaml" });
    expect(viaPath.results[0].findings.map((f) => f.severity)).toEqual(["error"]);
    const viaObject = await lintFiles(["a/Dockerfile"], { cwd: dir, rules, config: { override: { style: ["DL3006"] } } });
    expect(viaObject.results[0].findings.map((f) => f.severity)).toEqual(["style"]);
    await expect(lintFiles(["a/Dockerfile"], { cwd: dir, rules, config: { rules: 5 } })).rejects.toThrow("invalid config config: rules: expected a mapping, got number 5");
  });

  it("skips ignore-paths relative to the config file", async () => {
    const dir = tree({
      ".shipshape.yaml": "ignore-paths: ['vendor/**', 'Dockerfile.generated']\n",
      "Dockerfile": "FROM a\n",
      "Dockerfile.generated": "FROM a\n",
      "vendor/x/Dockerfile": "FROM a\n",
      "sub/Dockerfile.generated": "FROM a\n",
    });
    const { results } = await lintFiles(["."], { cwd: dir, rules });
    expect(results.map((r) => r.file)).toEqual(["Dockerfile"]);
  });

  it("searches folders for Dockerfile names, honouring .gitignore and skipping node_modules", async () => {
    const dir = tree({
      ".gitignore": "build/\n*.tmp.Dockerfile\n",
      "Dockerfile": "FROM a\n",
      "api/Dockerfile.prod": "FROM a\n",
      "web/app.Dockerfile": "FROM a\n",
      "web/x.dockerfile": "FROM a\n",
      "c/Containerfile": "FROM a\n",
      "c/Containerfile.dev": "FROM a\n",
      "Dockerfile.dockerignore": "*\n",
      "build/Dockerfile": "FROM a\n",
      "node_modules/p/Dockerfile": "FROM a\n",
      "z.tmp.Dockerfile": "FROM a\n",
      "README.md": "FROM a\n",
    });
    const { results } = await lintFiles([dir], { rules });
    expect(results.map((r) => path.relative(dir, r.file)).sort()).toEqual(
      ["Dockerfile", "api/Dockerfile.prod", "c/Containerfile", "c/Containerfile.dev", "web/app.Dockerfile", "web/x.dockerfile"].sort(),
    );
  });

  it("expands globs, reports missing files and empty matches, and lints stdin", async () => {
    const dir = tree({ "a.Dockerfile": "FROM a\n", "b.Dockerfile": "FROM b\n", "empty/README": "" });
    const { results } = await lintFiles(["*.Dockerfile", "missing", "nothing/*.x", "empty", "-"], {
      cwd: dir,
      rules,
      stdin: "FROM s\nRUN t\n",
      stdinFilename: "sub/Dockerfile",
    });
    expect(results.map((r) => [r.file, r.findings.length, r.error])).toEqual([
      ["a.Dockerfile", 1, undefined],
      ["b.Dockerfile", 1, undefined],
      ["sub/Dockerfile", 2, undefined],
      ["missing", 0, "cannot read missing: no such file"],
      ["nothing/*.x", 0, "no files match 'nothing/*.x'"],
      ["empty", 0, "no Dockerfiles found in empty"],
    ]);
  });
});
