/**
 * The real rules' fixes end to end through fix(): realistic Dockerfiles in, exact bytes out, for safe
 * fixes and for safe plus unsafe ones. Every case is also checked to be stable (fixing the output again
 * changes nothing) and to leave fewer findings than it started with.
 */
import { describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { fix, lint } from "../../src/index.js";

interface Case {
  name: string;
  input: string;
  safe: string;
  unsafe: string;
  /** Rules whose fixes are applied with unsafe: true, in order of application. */
  appliedUnsafe: string[];
}

const PYTHON = `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS base
MAINTAINER Ops Team <ops@example.com>
ENV PYTHONDONTWRITEBYTECODE 1
ENV APP_HOME /srv/app
WORKDIR $APP_HOME
RUN apt-get update
RUN apt-get install -y \\
      build-essential \\
      libpq-dev
COPY requirements.txt .
RUN pip install -r requirements.txt
ADD . .
EXPOSE 8000/TCP
CMD gunicorn app:app --bind 0.0.0.0:8000
`;

const cases: Case[] = [
  {
    name: "a Python service (continuations, a lone apt-get update, legacy ENV, MAINTAINER)",
    input: PYTHON,
    safe: PYTHON.replace("MAINTAINER Ops Team <ops@example.com>", 'LABEL maintainer="Ops Team <ops@example.com>"')
      .replace("ENV PYTHONDONTWRITEBYTECODE 1", "ENV PYTHONDONTWRITEBYTECODE=1")
      .replace("ENV APP_HOME /srv/app", "ENV APP_HOME=/srv/app")
      .replace("8000/TCP", "8000/tcp"),
    unsafe: `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS base
LABEL maintainer="Ops Team <ops@example.com>"
ENV PYTHONDONTWRITEBYTECODE=1
ENV APP_HOME=/srv/app
WORKDIR $APP_HOME
RUN apt-get update && apt-get install --no-install-recommends -y \\
      build-essential \\
      libpq-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
EXPOSE 8000/tcp
CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]
`,
    appliedUnsafe: [
      "maintainer-deprecated",
      "env-legacy-format",
      "env-legacy-format",
      "split-update-install",
      "apt-no-install-recommends",
      "apt-lists-not-removed",
      "add-instead-of-copy",
      "expose-proto-casing",
      "shell-form-cmd",
    ],
  },
  {
    name: "a CRLF Node app",
    input: "FROM node:20-alpine\r\nMAINTAINER dev@example.com\r\nENV NODE_ENV production\r\nADD package.json /app/\r\nRUN cd /app && npm ci\r\nCMD node /app/index.js\r\n",
    safe: 'FROM node:20-alpine\r\nLABEL maintainer="dev@example.com"\r\nENV NODE_ENV=production\r\nADD package.json /app/\r\nRUN cd /app && npm ci\r\nCMD node /app/index.js\r\n',
    unsafe: 'FROM node:20-alpine\r\nLABEL maintainer="dev@example.com"\r\nENV NODE_ENV=production\r\nCOPY package.json /app/\r\nRUN cd /app && npm ci\r\nCMD ["node", "/app/index.js"]\r\n',
    appliedUnsafe: ["maintainer-deprecated", "env-legacy-format", "add-instead-of-copy", "shell-form-cmd"],
  },
  {
    name: "inline comments moved above (CRLF: the new line break is CRLF too)",
    input: "FROM alpine:3.20\r\nEXPOSE 80 # web port\r\n",
    safe: "FROM alpine:3.20\r\nEXPOSE 80 # web port\r\n",
    unsafe: "FROM alpine:3.20\r\n# web port\r\nEXPOSE 80\r\n",
    appliedUnsafe: ["inline-comment"],
  },
  {
    name: "a Windows image with the escape directive",
    input: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nMAINTAINER win@example.com\nENV CHOCO_VER 1.4.0\nADD setup.ps1 C:/setup/\nRUN powershell -Command `\n    Write-Host hello\nEXPOSE 80/UDP\n",
    safe: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nLABEL maintainer="win@example.com"\nENV CHOCO_VER=1.4.0\nADD setup.ps1 C:/setup/\nRUN powershell -Command `\n    Write-Host hello\nEXPOSE 80/udp\n',
    unsafe: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nLABEL maintainer="win@example.com"\nENV CHOCO_VER=1.4.0\nCOPY setup.ps1 C:/setup/\nRUN powershell -Command `\n    Write-Host hello\nEXPOSE 80/udp\n',
    appliedUnsafe: ["maintainer-deprecated", "env-legacy-format", "add-instead-of-copy", "expose-proto-casing"],
  },
  {
    name: "heredocs: a script is fixed inside, a file body is left alone",
    input: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nENV LANG C.UTF-8\nCOPY <<EOT /etc/motd\nENV not an instruction\nEOT\nCMD [\"bash\"]\n",
    safe: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nENV LANG=C.UTF-8\nCOPY <<EOT /etc/motd\nENV not an instruction\nEOT\nCMD [\"bash\"]\n",
    unsafe: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install --no-install-recommends -y curl\nEOF\nENV LANG=C.UTF-8\nCOPY <<EOT /etc/motd\nENV not an instruction\nEOT\nCMD [\"bash\"]\n",
    appliedUnsafe: ["apt-no-install-recommends", "env-legacy-format"],
  },
  {
    name: "overlapping fixes on one line take two passes (inline comment, then legacy ENV)",
    input: "FROM alpine:3.20\nEXPOSE 80/TCP # web port\nENV A b # note\n",
    safe: "FROM alpine:3.20\nEXPOSE 80/tcp # web port\nENV A b # note\n",
    unsafe: "FROM alpine:3.20\n# web port\nEXPOSE 80/tcp\n# note\nENV A=b\n",
    appliedUnsafe: ["inline-comment", "expose-proto-casing", "inline-comment", "env-legacy-format"],
  },
  {
    name: "ONBUILD triggers",
    input: "FROM alpine:3.20\nONBUILD ADD . /app\nONBUILD ENV X y\nMAINTAINER me\n",
    safe: 'FROM alpine:3.20\nONBUILD ADD . /app\nONBUILD ENV X=y\nLABEL maintainer="me"\n',
    unsafe: 'FROM alpine:3.20\nONBUILD COPY . /app\nONBUILD ENV X=y\nLABEL maintainer="me"\n',
    appliedUnsafe: ["add-instead-of-copy", "env-legacy-format", "maintainer-deprecated"],
  },
  {
    name: "a multi-line apt RUN next to a parse error that stays as it was",
    input: "FROM ubuntu:22.04\nENV A=1 \\\n    B 2\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n      ca-certificates\n",
    safe: "FROM ubuntu:22.04\nENV A=1 \\\n    B 2\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n      ca-certificates\n",
    unsafe: "FROM ubuntu:22.04\nENV A=1 \\\n    B 2\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y \\\n      curl \\\n      ca-certificates && rm -rf /var/lib/apt/lists/*\n",
    appliedUnsafe: ["apt-no-install-recommends", "apt-lists-not-removed"],
  },
  {
    name: "casing and redundant flags in a two-stage Go build",
    input: "FROM --platform=$TARGETPLATFORM golang:1.23 as Builder\nrun go build -o /app .\nCopy . /src\n\nFROM scratch\nCOPY --from=Builder /app /app\nEXPOSE 8080:80\nexpose 443/TCP\n",
    // Stage names match case-insensitively in BuildKit, so --from=Builder still names the stage.
    safe: "FROM golang:1.23 AS builder\nRUN go build -o /app .\nCOPY . /src\n\nFROM scratch\nCOPY --from=Builder /app /app\nEXPOSE 80\nEXPOSE 443/tcp\n",
    unsafe: "FROM golang:1.23 AS builder\nRUN go build -o /app .\nCOPY . /src\n\nFROM scratch\nCOPY --from=Builder /app /app\nEXPOSE 80\nEXPOSE 443/tcp\n",
    appliedUnsafe: [
      "redundant-target-platform",
      "from-as-casing",
      "stage-name-casing",
      "consistent-instruction-casing",
      "consistent-instruction-casing",
      "expose-invalid-format",
      "consistent-instruction-casing",
      "expose-proto-casing",
    ],
  },
  {
    name: "a byte order mark stays in front",
    input: "\uFEFFFROM alpine:3.20\nMAINTAINER me\n",
    safe: '\uFEFFFROM alpine:3.20\nLABEL maintainer="me"\n',
    unsafe: '\uFEFFFROM alpine:3.20\nLABEL maintainer="me"\n',
    appliedUnsafe: ["maintainer-deprecated"],
  },
];

describe.each(cases)("$name", (c) => {
  it("safe fixes give the exact bytes", () => {
    const r = fix(c.input);
    expect(r.output).toBe(c.safe);
    expect(r.dropped).toEqual([]);
    expect(r.applied.every((a) => a.safe)).toBe(true);
    expect(r.remaining).toEqual(lint(c.safe).findings);
  });

  it("safe and unsafe fixes give the exact bytes", () => {
    const r = fix(c.input, { unsafe: true });
    expect(r.output).toBe(c.unsafe);
    expect(r.applied.map((a) => a.rule)).toEqual(c.appliedUnsafe);
    expect(r.dropped).toEqual([]);
  });

  it("is stable and leaves fewer findings", () => {
    for (const unsafe of [false, true]) {
      const once = fix(c.input, { unsafe });
      const twice = fix(once.output, { unsafe });
      expect(twice.output).toBe(once.output);
      expect(twice.applied).toEqual([]);
      expect(once.remaining.length).toBeLessThanOrEqual(lint(c.input).findings.length);
      if (once.applied.length > 0) expect(once.remaining.length).toBeLessThan(lint(c.input).findings.length);
    }
  });
});

it("every rule that declares a fix is exercised above", () => {
  const fixable = allRules.filter((r) => r.meta.fix).map((r) => r.meta.id);
  const exercised = new Set(cases.flatMap((c) => c.appliedUnsafe));
  expect(fixable.filter((id) => !exercised.has(id))).toEqual([]);
});
