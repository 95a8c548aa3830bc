/** BuildKit's SecretsUsedInArgOrEnv, with the input of testSecretsUsedInArgOrEnv (dockerfile_check_test.go). */
import rule, { looksLikeSecretName } from "../../rules/secrets-used-in-arg-or-env.js";
import { describe, expect, it } from "vitest";
import { cases } from "./harness.js";

const msg = (kind: string, key: string) => `Do not use ARG or ENV instructions for sensitive data (${kind} "${key}")`;

cases(rule, {
  valid: [
    { name: "BuildKit: allowed words (public, file, version) and non-word matches", code: "FROM scratch\nENV sunflower=foo\nENV PUBLIC_KEY=\nARG public_token\nARG SECRET_PASSPHRASE_FILE\nENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n" },
    { name: "global ARGs do not reach the image", code: "ARG GITHUB_TOKEN\nFROM alpine\n" },
    { name: "token inside a word", code: "FROM alpine\nENV KEYBOARD=us TOKENIZER=bpe MONKEY=1 AUTHOR=me\n" },
    { name: "ONBUILD triggers run in child builds", code: "FROM alpine\nONBUILD ARG NPM_TOKEN\n" },
    { name: "shipshape's extra words: public GPG key ids, paths", code: "FROM python:3.13\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D\nENV sa_password_path=C:/secrets/sa OPENSSL_PGP_KEY_IDS=0x1 SSH_KEY_DIR=/keys\n" },
    { name: "check=skip", code: "# check=skip=SecretsUsedInArgOrEnv\nFROM alpine\nARG NPM_TOKEN\n" },
  ],
  invalid: [
    {
      name: "BuildKit: testSecretsUsedInArgOrEnv",
      code:
        "# check=skip=InvalidDefinitionDescription\n\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\n" +
        "ARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\n" +
        "ARG SECRET_PASSPHRASE_FILE\nENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n",
      findings: [
        { line: 4, column: 5, endColumn: 22, message: msg("ARG", "SECRET_PASSPHRASE") },
        { line: 5, column: 5, endColumn: 17, message: msg("ENV", "SUPER_Secret") },
        { line: 6, column: 5, endColumn: 13, message: msg("ENV", "password") },
        { line: 6, column: 18, endColumn: 24, message: msg("ENV", "secret") },
        { line: 7, column: 5, endColumn: 29, message: msg("ARG", "super_duper_secret_token") },
        { line: 7, column: 34, endColumn: 38, message: msg("ARG", "auth") },
        { line: 8, column: 5, endColumn: 11, message: msg("ENV", "apikey") },
        { line: 9, column: 5, endColumn: 12, message: msg("ENV", "git_key") },
      ],
    },
    {
      name: "BuildKit docs: AWS credentials",
      code: "FROM amazon/aws-cli\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n",
      findings: [
        { line: 2, column: 5, endColumn: 22, message: msg("ARG", "AWS_ACCESS_KEY_ID") },
        { line: 3, column: 5, endColumn: 26, message: msg("ARG", "AWS_SECRET_ACCESS_KEY") },
      ],
    },
    {
      name: "allow: [] is BuildKit's exact list",
      code: "FROM python:3.13\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D\n",
      settings: { ruleOptions: { "secrets-used-in-arg-or-env": { allow: [] } } },
      findings: [{ line: 2, column: 5, endColumn: 12, message: msg("ENV", "GPG_KEY") }],
    },
    {
      name: "legacy ENV form and a later stage",
      code: "FROM alpine AS a\nFROM a\nENV DB_PASSWORD hunter2\n",
      findings: [{ line: 3, column: 5, endColumn: 16, message: msg("ENV", "DB_PASSWORD") }],
    },
  ],
});

describe("BuildKit's secret-name tokens", () => {
  it("match whole `_`-separated words, case-insensitively", () => {
    const secret = ["API_KEY", "apikey", "Auth", "CREDENTIALS", "db_credential", "pword", "PASSWD", "x_secret_y", "GITHUB_TOKEN"];
    const harmless = ["APIKEYS", "KEYS", "author", "TOKENIZER", "GPG_KEY_FILE", "PUBLIC_KEY", "NODE_VERSION", "TOKEN_VERSION", "SECRETARY"];
    expect(secret.filter((n) => !looksLikeSecretName(n))).toEqual([]);
    expect(harmless.filter((n) => looksLikeSecretName(n))).toEqual([]);
    expect(["GPG_KEY", "SA_PASSWORD_PATH"].filter((n) => looksLikeSecretName(n, []))).toEqual(["GPG_KEY", "SA_PASSWORD_PATH"]);
  });
});
