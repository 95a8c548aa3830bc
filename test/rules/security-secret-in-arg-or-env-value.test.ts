import rule from "../../rules/secret-in-arg-or-env-value.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "variables, placeholders and documented fake keys", code: "FROM node:22\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN} DB_PASSWORD=changeme AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n" },
    { name: "URLs without passwords or with a variable or the user name", code: "FROM python:3.12\nENV PIP_INDEX_URL=https://pypi.example.com/simple DB=postgres://postgres:postgres@db/app CACHE=redis://:${REDIS_PW}@cache:6379\n" },
    { name: "public keys, digests, fingerprints and commit ids", code: "FROM debian:12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D NODE_SHA256=9d1e7a3c5f2b4e6d8a0c1e3f5a7b9d1c3e5f7a9b1d3f5e7c9a1b3d5f7e9c1a3b5\nARG GIT_COMMIT=4f07059567fa61c80397126e8063dbbde011b794\n" },
    { name: "password settings from variables or placeholders", code: "FROM eclipse-temurin:21\nENV JAVA_OPTS=\"-Dspring.datasource.password=${DB_PASSWORD}\" OTHER=\"password=<password>\"\n" },
    { name: "short or non-random values under secret names", code: "FROM alpine:3.20\nENV TOKEN_TTL=3600 SECRET_KEY_BASE_FILE=/run/secrets/skb API_KEY_HEADER=X-Api-Key\n" },
    { name: "corpus: placeholder and trivial passwords (mssql sa_password=\"_\", MYSQL_PASSWORD=password, ALLOW_EMPTY_PASSWORD=no)", code: "FROM mcr.microsoft.com/mssql/server:2022-latest\nENV sa_password=\"_\" MYSQL_PASSWORD=password ALLOW_EMPTY_PASSWORD=\"no\" PASSWORD_MIN_LENGTH=Abc12345!\n" },
  ],
  invalid: [
    {
      name: "GitHub token and AWS key id in ENV",
      code: "FROM node:22\nENV GITHUB_TOKEN=ghp_4Rk9bT2xVqL7mN3pZ8cW1yH6jD5sF0aE2uKi AWS_ACCESS_KEY_ID=\"AKIA2E0A8F3B244C9986\"\n",
      findings: [
        { line: 2, column: 18, endLine: 2, endColumn: 58, message: "ENV GITHUB_TOKEN holds a GitHub token (ghp_…); anyone with the Dockerfile or the image config can read it: rotate it and pass it with a secret mount instead" },
        { line: 2, column: 78, endLine: 2, endColumn: 98 },
      ],
    },
    {
      name: "password in a URL in an ARG default",
      code: "FROM python:3.12\nARG DATABASE_URL=postgres://app:s3cr3tPw@db:5432/app\n",
      findings: [
        { line: 2, column: 33, endLine: 2, endColumn: 41, message: "ARG DATABASE_URL holds a password in a URL; anyone with the Dockerfile or the image history can read it: rotate it and pass it with a secret mount instead" },
      ],
    },
    {
      name: "password setting inside JAVA_OPTS, legacy ENV form",
      code: "FROM eclipse-temurin:21\nENV JAVA_OPTS -Xmx1g -Dspring.datasource.password=hunter22\n",
      findings: [
        { line: 2, column: 51, endLine: 2, endColumn: 59, message: "ENV JAVA_OPTS holds a literal password setting; anyone with the Dockerfile or the image config can read it: rotate it and pass it with a secret mount instead" },
      ],
    },
    {
      name: "random value under a secret name, Slack token",
      code: "FROM alpine:3.20\nENV API_TOKEN=9fK2mQ7xLp4Rt8Vz1Bc6Nw3Hy5Jd0Sa\nARG SLACK=xoxb-123456789012-abcdefghijKLMN\n",
      findings: [
        { line: 2, column: 15, endLine: 2, endColumn: 46, message: "ENV API_TOKEN holds a random-looking secret value under the name API_TOKEN (9fK2…); anyone with the Dockerfile or the image config can read it: rotate it and pass it with a secret mount instead" },
        { line: 3, column: 11, endLine: 3, endColumn: 43 },
      ],
    },
    {
      name: "ONBUILD ENV and a global ARG",
      code: "ARG PYPI_TOKEN=pypi-AgEIcHlwaS5vcmcCJGI4YzM5ZjE0LTk3ZWQtNDBkMi1hZDRhLTRkZmY2OTQ4ZjRkNgACKlszLCJm\nFROM python:3.12\nONBUILD ENV STRIPE_KEY=sk_live_51HxAbCdEfGhIjKlMnOpQrStUv\n",
      findings: [
        { line: 1, column: 16, endLine: 1, endColumn: 97, message: "ARG PYPI_TOKEN holds a PyPI token (pypi…); anyone with the Dockerfile or the image history can read it: rotate it and pass it with a secret mount instead" },
        { line: 3, column: 24, endLine: 3, endColumn: 58 },
      ],
    },
    {
      name: "corpus: a chosen password under a password name (docker-on-windows)",
      code: "FROM mcr.microsoft.com/mssql/server:2022-latest\nENV SA_PASSWORD=\"N3rdD!Nne720^6\"\n",
      findings: [
        { line: 2, column: 18, endLine: 2, endColumn: 32, message: "ENV SA_PASSWORD holds a literal password under the name SA_PASSWORD (N3rd…); anyone with the Dockerfile or the image config can read it: rotate it and pass it with a secret mount instead" },
      ],
    },

  ],
});
