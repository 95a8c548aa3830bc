import rule from "../../rules/yarn-cache-not-cleaned.js";
import { cases } from "./harness.js";

const MSG = "yarn's package cache stays in the layer; run yarn cache clean at the end of the RUN";

cases(rule, {
  valid: [
    "FROM node:22\nRUN foo\n",
    { name: "cleaned", code: "FROM node:22\nRUN yarn install bar && yarn cache clean\n" },
    { name: "cache and tmpfs mounts", code: "FROM node:22\nRUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar\nRUN --mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn\n" },
    { name: "a stage that is not reused", code: "FROM node:lts-alpine AS foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n" },
    { name: "inheriting from a stage that cleans", code: "FROM node:lts-alpine AS foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!\n" },
    { name: "YARN_CACHE_FOLDER on a mount; --cache-folder removed", code: "FROM node:22\nENV YARN_CACHE_FOLDER=/yc\nRUN --mount=type=cache,target=/yc yarn\nRUN yarn install --cache-folder /tmp/yc && rm -rf /tmp/yc\n" },
    { name: "scripts and --version are not installs", code: "FROM node:22\nRUN yarn --version && yarn build && yarn run test\n" },
  ],
  invalid: [
    { code: "FROM node:22\nRUN yarn install foo\n", findings: [{ line: 2, column: 10, endLine: 2, endColumn: 17, message: MSG }] },
    { name: "clean before install", code: "FROM node:22\nRUN yarn cache clean && yarn install foo\n", findings: [{ line: 2, column: 30, endLine: 2, endColumn: 37 }] },
    { name: "mount in the wrong place", code: "FROM node:22\nRUN --mount=type=cache,target=/var/lib/foobar yarn install foobar\n", findings: [{ line: 2, column: 52, endLine: 2, endColumn: 59 }] },
    { name: "last stage", code: "FROM node:lts-alpine AS foo\nRUN hey!\nFROM scratch\nRUN yarn install\n", findings: [{ line: 4, column: 10, endLine: 4, endColumn: 17 }] },
    { name: "a stage the last one inherits from", code: "FROM node:lts-alpine AS foo\nRUN yarn install\nFROM foo\nRUN hey!\n", findings: [{ line: 2, column: 10, endLine: 2, endColumn: 17 }] },
    {
      name: "bare yarn and yarn global add (beyond hadolint); continuation",
      code: "FROM node:22\nRUN yarn --frozen-lockfile \\\n && yarn build\nRUN yarn global add serve@14\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 9 },
        { line: 4, column: 10, endLine: 4, endColumn: 16 },
      ],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD in an unused stage, sudo",
      code: 'FROM node:22 AS base\nONBUILD RUN sudo yarn add x\nFROM node:22\nRUN ["bash", "-c", "yarn install"]\nRUN <<EOF\nyarn add y\nEOF\n',
      findings: [
        { line: 2, column: 23, endLine: 2, endColumn: 26 },
        { line: 4, column: 26, endLine: 4, endColumn: 33 },
        { line: 6, column: 6, endLine: 6, endColumn: 9 },
      ],
    },
  ],
});
