/**
 * The beginners' Dockerfiles in ../shared/seed-dockerfiles: every mistake in them must be caught.
 * For each seed, `findings` is the exact set of distinct (rule, line) pairs the rule set reports (`lint()`
 * with the default config, parser diagnostics included). A new rule that fires on a seed must be added here.
 * `todo` lists mistakes no rule catches yet: when a rule for one lands, move the entry into `findings`.
 * Seeds are read in place, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";

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

/** apt-get install without pins, --no-install-recommends or list cleanup. */
const apt = (line: number): [string, number][] => [
  ["apt-get-unpinned", line],
  ["apt-no-install-recommends", line],
  ["apt-lists-not-removed", line],
];

const seeds: Record<string, Seed> = {
  "000-01.Dockerfile": {
    findings: [
      ["maintainer-deprecated", 3], // MAINTAINER subicura@subicura.com
      ["split-update-install", 4], // RUN apt-get -y update (alone, with a shell comment: fine)
      ...apt(7), // RUN apt-get -y install ruby
      ["gem-unpinned", 8], // RUN gem install bundler
      ["consecutive-run", 7], // one-command RUNs on lines 4, 7 and 8 (comments and blank lines do not separate them)
      ["consecutive-run", 8],
      ["shell-form-cmd", 19], // CMD bundle exec ruby app.rb -o 0.0.0.0
    ],
    todo: [], // line 15 (RUN bundle install) follows WORKDIR, so it is not a consecutive RUN
  },
  "000-02.Dockerfile": {
    findings: [
      ["maintainer-deprecated", 2],
      ["split-update-install", 5],
      ["unknown-package-command", 6], // apt-get -y dist-update
      ...apt(7),
      ...apt(12),
      ["apt-get-unpinned", 13], // the continued package list
      ["apt-get-unpinned", 14],
      ["missing-pipefail", 17], // curl ... | bash
      ["pipe-to-shell", 17],
      ["env-legacy-format", 18], // ENV PATH /root/.pyenv/bin:$PATH ...
      ["inline-comment", 18], // ... # pyenv가 설치된 경로 설정 ends up in PATH
      ...apt(23),
      ["pipe-to-shell", 25], // wget ... | zsh || true
      ["curl-and-wget", 25], // curl on line 17
      ["wget-no-progress", 25],
      ...[6, 7, 12, 23, 29, 30, 31, 35, 39, 42, 45].map((line): [string, number] => ["consecutive-run", line]),
      ["pip-no-cache-dir", 39],
      ["pip-unpinned", 39],
      ...apt(42),
      ...apt(45),
      ["env-legacy-format", 48], // ENV LANG C.UTF-8
      ["pip-no-cache-dir", 51],
    ],
    todo: [
      // line 26 (RUN chsh) follows the multi-command RUN of line 25: a deliberate split for DL3059, as in hadolint
      { line: 25, what: "`|| true` hides the failure of the whole pipeline" },
    ],
  },
  "001-03.Dockerfile": {
    findings: [
      ["invalid-instruction", 1], // FROM ubuntu:16.04   # ...: FROM gets extra arguments
      ["inline-comment", 1],
      ["inline-comment", 3], // COPY helloworld /usr/local/bin   # ...: the comment words become paths
      ["copy-relative-destination", 3], // ...and the comment's last word is the (relative) destination
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
      ["split-update-install", 4],
      ...apt(7),
      ["shell-form-cmd", 17], // CMD  ~
      ["consecutive-run", 7], // RUN apt-get -y install after RUN apt-get update (line 4)
    ],
    todo: [{ line: 17, what: "`CMD ~` runs the home directory as a command: `~` expands to a directory, not a program" }],
  },
  "003-06.Dockerfile": {
    findings: [
      ["unknown-instruction", 1], // `// Dockerfile`: comments start with #
      ["maintainer-deprecated", 4],
      ["split-update-install", 6], // apk update && apk upgrade
      ["apk-unpinned", 7],
      ["secret-copied", 14], // COPY .env ./
      ...[9, 17, 18, 21].map((line): [string, number] => ["consecutive-run", line]),
    ],
    todo: [
      { line: 6, what: "`apk upgrade` in a Dockerfile (DL3017)" },
      { line: 9, what: "`mkdir app` before `WORKDIR /app`: WORKDIR creates the directory itself" },
      { line: 17, what: "`npm install` in an image build instead of `npm ci`" },
    ],
  },
  "004-07.Dockerfile": {
    findings: [["from-latest", 1], ...apt(2)],
    todo: [],
  },
  "004-08.Dockerfile": {
    findings: [
      ["from-untagged", 2], // FROM golang AS builder
      ["from-untagged", 11], // FROM busybox
      ["go-unpinned", 5], // go get -d -v github.com/urfave/cli: no @version
    ],
    todo: [],
  },
  "004-09.Dockerfile": {
    findings: [["from-untagged", 1]], // FROM ubuntu
    todo: [],
  },
  "004-10.Dockerfile": {
    findings: [
      ...apt(2), // RUN apt-get install -y nginx
      ...apt(3), // the same inside exec-form ["/bin/bash","-c", ...]
      ["cmd-ignored", 4], // CMD nginx ... with the shell-form ENTRYPOINT on line 5
      ["shell-form-cmd", 4],
      ["shell-form-cmd", 5],
      ["consecutive-run", 3], // exec-form bash -c with one command, right after RUN apt-get install
    ],
    todo: [{ line: 2, what: "apt-get install with no apt-get update anywhere before it: the base image has empty package lists" }],
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
        const got = new Set(lint(text).findings.map((f) => `${f.rule}@${f.line}`));
        expect([...got].sort()).toEqual(seed.findings.map(([rule, line]) => `${rule}@${line}`).sort());
      });
      for (const t of seed.todo) it.todo(`line ${t.line}: ${t.what}`);
    });
  }
});
