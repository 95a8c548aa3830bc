import { describe, expect, it } from "vitest";
import rule from "../../rules/final-user-root.js";
import { cases, runRule } from "./harness.js";

describe("final-user-root is off by default", () => {
  it("reports nothing unless enabled", () => {
    expect(rule.meta.disabledByDefault).toBe(true);
    expect(runRule(rule, "FROM python:3.13-slim\nCOPY . /app\n")).toEqual([]);
  });
});

/** Documented and tested as it behaves when enabled. */
const enabled = { ...rule, meta: { ...rule.meta, disabledByDefault: false } };

cases(enabled, {
  valid: [
    { name: "a non-root USER in the final stage", code: "FROM python:3.13-slim\nRUN useradd -r app\nUSER app\nCMD [\"python\", \"app.py\"]\n" },
    { name: "USER set in the stage the final one builds FROM", code: "FROM node:22 AS base\nUSER node\nFROM base\nCOPY . /app\n" },
    { name: "builder stage without USER, final stage with one", code: "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\nUSER 65532:65532\n" },
    { name: "base images that already run as non-root", code: "FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n" },
    { name: "nginx-unprivileged base", code: "FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY site /usr/share/nginx/html\n" },
    { name: "USER root last is last-user-root's finding", code: "FROM debian:12\nUSER root\n" },
    { name: "corpus: Windows base images (MicrosoftDocs samples) and .NET chiseled images (dotnet-docker)", code: "FROM microsoft/windowsservercore\nRUN echo hi\n" },
    { name: "corpus: .NET chiseled base", code: "ARG REPO=mcr.microsoft.com/dotnet/runtime-deps\nFROM $REPO:9.0.19-noble-chiseled-amd64\nCOPY app /app\n" },
  ],
  invalid: [
    {
      name: "no USER at all",
      code: "FROM python:3.13-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n",
      findings: [
        { line: 1, column: 6, endLine: 1, endColumn: 22, message: "The final stage (FROM python:3.13-slim) never sets a USER, so the container runs as root unless the base image chose another user; add a non-root USER" },
      ],
    },
    {
      name: "USER only in a builder stage",
      code: "FROM golang:1.22 AS build\nUSER nobody\nRUN go build -o /tmp/app .\nFROM scratch\nCOPY --from=build /tmp/app /app\n",
      findings: [
        { line: 4, column: 6, endLine: 4, endColumn: 13, message: "The final stage (FROM scratch) never sets a USER, so the container runs as root unless the base image chose another user; add a non-root USER" },
      ],
    },
    {
      name: "final stage built from a stage without USER",
      code: "FROM node:22 AS base\nWORKDIR /app\nFROM base AS final\nCOPY . .\n",
      findings: [
        { line: 3, column: 6, endLine: 3, endColumn: 10, message: "The final stage (FROM base) never sets a USER, so the container runs as root unless the base image chose another user; add a non-root USER" },
      ],
    },
    {
      name: "USER only as an ONBUILD trigger",
      code: "FROM alpine:3.20\nONBUILD USER app\n",
      findings: [
        { line: 1, column: 6, endLine: 1, endColumn: 17, message: "The final stage (FROM alpine:3.20) never sets a USER, so the container runs as root unless the base image chose another user; add a non-root USER" },
      ],
    },

  ],
});
