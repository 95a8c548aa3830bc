/**
 * The beginners' Dockerfiles in ../shared/seed-dockerfiles: every mistake in them must be caught.
 * For each seed, `findings` is the exact set of (rule, line) the current rule set reports (parser
 * diagnostics included, as `lint()` reports them). A new rule that fires on a seed must be added here.
 * `todo` lists mistakes that need the shell model (RUN command analysis) and belong to the shell-based
 * rules still to be written: when such a rule lands, move its entries into `findings`.
 * Seeds are read in place, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { runRulesLocal } from "./run.js";

const seedDir = fileURLToPath(new URL("../../../shared/seed-dockerfiles/", import.meta.url));

interface Todo {
  line: number;
  /** What a shell-based rule must report (with the hadolint/Checkov code it corresponds to, if any). */
  what: string;
}

interface Seed {
  findings: [rule: string, line: number][];
  todo: Todo[];
}

const APT_INSTALL = "apt-get install: packages not pinned (DL3008), no --no-install-recommends (DL3015), /var/lib/apt/lists not removed (DL3009)";

const seeds: Record<string, Seed> = {
  "000-01.Dockerfile": {
    findings: [
      ["maintainer-deprecated", 3], // MAINTAINER subicura@subicura.com
      ["shell-form-cmd", 19], // CMD bundle exec ruby app.rb -o 0.0.0.0
    ],
    todo: [
      { line: 4, what: "`apt-get -y update` alone in its RUN: the cached layer goes stale; combine with install (CKV_DOCKER_5)" },
      { line: 7, what: `${APT_INSTALL}; install in a different RUN than the update` },
      { line: 8, what: "`gem install bundler` without a version (DL3028)" },
      { line: 15, what: "consecutive RUN instructions that could be one layer (DL3059)" },
    ],
  },
  "000-02.Dockerfile": {
    findings: [
      ["maintainer-deprecated", 2],
      ["env-legacy-format", 18], // ENV PATH /root/.pyenv/bin:$PATH ...
      ["inline-comment", 18], // ... # pyenv가 설치된 경로 설정 ends up in PATH
      ["env-legacy-format", 48], // ENV LANG C.UTF-8
    ],
    todo: [
      { line: 5, what: "`apt-get -y update` alone in its RUN (CKV_DOCKER_5)" },
      { line: 6, what: "`apt-get -y dist-update` is not an apt-get command (typo of dist-upgrade; DL3005 would flag dist-upgrade too)" },
      { line: 7, what: `${APT_INSTALL}; vim/git in a runtime image` },
      { line: 12, what: APT_INSTALL },
      { line: 17, what: "`curl ... | bash` without `set -o pipefail` (DL4006); running a remote script unverified" },
      { line: 23, what: APT_INSTALL },
      { line: 25, what: "`wget ... | zsh` without pipefail (DL4006); `|| true` hides the failure; both wget and curl used (DL4001)" },
      { line: 39, what: "`pip install uwsgi` without a version (DL3013) and without --no-cache-dir (DL3042)" },
      { line: 42, what: APT_INSTALL },
      { line: 45, what: APT_INSTALL },
      { line: 51, what: "`pip install -r` without --no-cache-dir (DL3042)" },
    ],
  },
  "001-03.Dockerfile": {
    findings: [
      ["invalid-instruction", 1], // FROM ubuntu:16.04   # ...: FROM gets extra arguments
      ["inline-comment", 1],
      ["inline-comment", 3], // COPY helloworld /usr/local/bin   # ...: the comment words become paths
      ["invalid-exec-form", 6], // CMD ["helloworld"] # ...: no longer JSON, runs through /bin/sh -c
      ["inline-comment", 6],
    ],
    todo: [],
  },
  "002-04.Dockerfile": {
    findings: [
      ["maintainer-deprecated", 3],
      ["add-instead-of-copy", 7], // ADD config.template.json (line 6, a .tar, is a legitimate ADD)
      ["add-instead-of-copy", 8], // ADD docker/script/start.sh
    ],
    todo: [],
  },
  "002-05.Dockerfile": {
    findings: [
      ["maintainer-deprecated", 3],
      ["shell-form-cmd", 17], // CMD  ~
    ],
    todo: [
      { line: 4, what: "`apt-get -y update` alone in its RUN (CKV_DOCKER_5)" },
      { line: 7, what: APT_INSTALL },
      { line: 17, what: "`CMD ~` runs the home directory as a command: `~` expands to a directory, not a program" },
    ],
  },
  "003-06.Dockerfile": {
    findings: [
      ["unknown-instruction", 1], // `// Dockerfile`: comments start with #
      ["maintainer-deprecated", 4],
      ["secret-copied", 14], // COPY .env ./
    ],
    todo: [
      { line: 6, what: "`apk upgrade` in a Dockerfile (DL3017); `apk update` instead of `apk add --no-cache` (DL3019)" },
      { line: 7, what: "`apk add` packages not pinned (DL3018); build deps kept in the final image" },
      { line: 9, what: "`mkdir app` before `WORKDIR /app`: WORKDIR creates the directory itself" },
      { line: 17, what: "`npm install` in an image build instead of `npm ci`" },
    ],
  },
  "004-07.Dockerfile": {
    findings: [["from-latest", 1]],
    todo: [{ line: 2, what: APT_INSTALL }],
  },
  "004-08.Dockerfile": {
    findings: [
      ["from-untagged", 2], // FROM golang AS builder
      ["from-untagged", 11], // FROM busybox
    ],
    todo: [{ line: 5, what: "`go get -d` outside a module: use `go mod download` / `go install pkg@version`" }],
  },
  "004-09.Dockerfile": {
    findings: [["from-untagged", 1]], // FROM ubuntu
    todo: [],
  },
  "004-10.Dockerfile": {
    findings: [
      ["cmd-ignored", 4], // CMD nginx ... with the shell-form ENTRYPOINT on line 5
      ["shell-form-cmd", 4],
      ["shell-form-cmd", 5],
    ],
    todo: [
      { line: 2, what: `apt-get install without a preceding apt-get update (empty package lists); ${APT_INSTALL}` },
      { line: 3, what: `the same inside exec-form \`["/bin/bash","-c","apt-get install -y nginx"]\`: the shell rules must read bash -c scripts` },
    ],
  },
};

function haveSeeds(): boolean {
  if (existsSync(seedDir)) return true;
  if (process.env.CI === "true") throw new Error(`${seedDir} is missing: the seed tests cannot run`);
  console.warn(`\n!!! SKIPPING: ${seedDir} not found; the seed Dockerfile tests did not run !!!\n`);
  return false;
}

describe.runIf(haveSeeds())("seed Dockerfiles", () => {
  it("every seed has expectations", () => {
    const files = readdirSync(seedDir).filter((f) => f.endsWith(".Dockerfile")).sort();
    expect(Object.keys(seeds).sort()).toEqual(files);
  });
  for (const [file, seed] of Object.entries(seeds)) {
    describe(file, () => {
      it("reports exactly the expected (rule, line) findings", () => {
        const text = readFileSync(seedDir + file, "utf8");
        const got = runRulesLocal(allRules, text, { diagnostics: true }).map((f) => `${f.rule}@${f.line}`).sort();
        expect(got).toEqual(seed.findings.map(([rule, line]) => `${rule}@${line}`).sort());
      });
      for (const t of seed.todo) it.todo(`line ${t.line}: ${t.what}`);
    });
  }
});
