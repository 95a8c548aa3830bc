/**
 * ARG defaults and ENV values that contain what looks like a real secret: cloud and SaaS tokens with a
 * recognisable shape (AWS access key ids, GitHub/GitLab/Slack/Stripe/npm/PyPI tokens ...), private
 * keys, passwords in URLs or in `password=...` settings, and long random values under a secret-sounding
 * name. Names alone are BuildKit's SecretsUsedInArgOrEnv (secrets-used-in-arg-or-env).
 */
import type { ArgInstruction, KeyValueInstruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { astWordRange, literalValue } from "./support/security.js";

/** Token shapes published by their issuers (and used by secret scanners). */
const TOKENS: { re: RegExp; what: string }[] = [
  { re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, what: "an AWS access key id" },
  { re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, what: "a private key" },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, what: "a GitHub token" },
  { re: /\bgithub_pat_[A-Za-z0-9_]{50,}\b/, what: "a GitHub token" },
  { re: /\bglpat-[A-Za-z0-9_-]{20,}\b/, what: "a GitLab token" },
  { re: /\bxox[abposr]-[0-9]+-[A-Za-z0-9-]{8,}/, what: "a Slack token" },
  { re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/, what: "a Slack webhook URL" },
  { re: /\b[sr]k_live_[0-9a-zA-Z]{20,}\b/, what: "a Stripe live key" },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, what: "a Google API key" },
  { re: /\bnpm_[A-Za-z0-9]{36}\b/, what: "an npm token" },
  { re: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/, what: "a PyPI token" },
  { re: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}/, what: "an OpenAI API key" },
  { re: /\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{60,}/, what: "an Anthropic API key" },
  { re: /\bdop_v1_[a-f0-9]{64}\b/, what: "a DigitalOcean token" },
  { re: /\bhf_[A-Za-z0-9]{34,}\b/, what: "a Hugging Face token" },
  { re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, what: "a SendGrid API key" },
];

/** Values that stand for "fill in your own" rather than a secret. */
const PLACEHOLDER = /^(password|passwd|pass|pwd|secret|token|changeme|change_me|change-me|example|sample|test|dummy|placeholder|none|null|nil|empty|undefined|default|your[-_a-z]*|my[-_]?(password|secret|token)|x+|\*+|\.+|<[^>]*>|\{\{.*\}\}|%[^%]*%|@[^@]*@|__[A-Z_]+__)$/i;
/** Publicly documented fake credentials. */
const EXAMPLE = /EXAMPLE|example|xxxxxxxx|XXXXXXXX|0000000000000000/;

/** `scheme://user:password@host` with a literal password. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"]+):([^\s/@'"]+)@/i;
/** `password=...` / `password: ...` inside a value (JDBC strings, JAVA_OPTS, DSNs, CLI flags). */
const PASSWORD_SETTING = /(?:^|[\s;&?,.'"-])(?:password|passwd|pwd|secret|client[-_]?secret|api[-_]?key|access[-_]?token|auth[-_]?token)\s*[=:]\s*([^\s;&'",]+)/i;
/** Names that say the value is a secret (for the random-value check). */
const SECRET_NAME = /(^|_)(password|passwd|secret|token|api_?key|access_?key|private_?key|client_secret|auth)(_|$)/i;

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** A long random-looking literal: letters and digits mixed, no spaces, not a path, URL, version or hash-like word list. */
function looksRandom(v: string): boolean {
  if (v.length < 20 || /\s/.test(v) || /^[./~]|:\/\//.test(v) || v.includes("$")) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(v)) return false; // commit ids and sha256 digests are public
  if (/^[0-9A-F]{40}$|^[0-9A-F]{16}$/.test(v)) return false;
  return entropy(v) >= 3.5;
}

/** A chosen password: 8+ characters, no spaces, at least three of lower case, upper case, digits and symbols. */
function looksLikePassword(v: string): boolean {
  if (v.length < 8 || /\s/.test(v) || v.includes("$") || PLACEHOLDER.test(v) || EXAMPLE.test(v) || /^[./~]|:\/\//.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return classes >= 3;
}

/** A hint that identifies the secret without repeating it: ` (ghp_…)` for long values, nothing for short ones. */
function redact(s: string): string {
  return s.length < 12 ? "" : ` (${s.slice(0, 4)}…)`;
}

export interface SecretMatch {
  index: number;
  length: number;
  what: string;
}

/** The first secret-looking part of `value` (the value of variable `name`), or `null`. */
export function findSecret(name: string, value: string): SecretMatch | null {
  for (const t of TOKENS) {
    const m = t.re.exec(value);
    if (m !== null && !EXAMPLE.test(m[0])) return { index: m.index, length: m[0].length, what: t.what };
  }
  const url = URL_CREDENTIALS.exec(value);
  if (url !== null) {
    const [, user, password] = url;
    if (!password.startsWith("$") && !PLACEHOLDER.test(password) && password !== user && !EXAMPLE.test(password)) {
      return { index: url.index + url[0].length - 1 - password.length, length: password.length, what: "a password in a URL" };
    }
  }
  const setting = PASSWORD_SETTING.exec(value);
  if (setting !== null) {
    const secret = setting[1];
    if (!/^[$%{<@]/.test(secret) && !PLACEHOLDER.test(secret) && !EXAMPLE.test(secret) && secret.length >= 4) {
      return { index: setting.index + setting[0].length - secret.length, length: secret.length, what: "a literal password setting" };
    }
  }
  const plainName = !/(^|_)(file|path|dir|url|version|public|id|name|user|username|length|policy|min|max)(_|$)/i.test(name);
  if (SECRET_NAME.test(name) && plainName && looksRandom(value) && !EXAMPLE.test(value)) {
    return { index: 0, length: value.length, what: `a random-looking secret value under the name ${name}` };
  }
  if (/(^|_)(password|passwd|pwd|pass)(_|$)/i.test(name) && plainName && looksLikePassword(value)) {
    return { index: 0, length: value.length, what: `a literal password under the name ${name}` };
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: "secret-in-arg-or-env-value",
    aliases: [],
    severity: "error",
    category: "security",
    docs: {
      description: "An ARG or ENV value contains what looks like a real secret (a token, a private key, a password)",
      why:
        "ENV values are stored in the image config and ARG values in its history, so anyone who can pull the image " +
        "(or read the Dockerfile in version control) has the secret: treat it as leaked and rotate it. Pass secrets " +
        "at build time with `RUN --mount=type=secret` and at run time through the environment or a mounted file. " +
        "Recognised: AWS access key ids, private key blocks, GitHub, GitLab, Slack, Stripe, Google, npm, PyPI, " +
        "OpenAI, Anthropic, DigitalOcean, Hugging Face and SendGrid tokens, passwords in URLs " +
        "(`postgres://app:s3cret@db`) and in `password=...` settings, long random values under a secret-sounding " +
        "name, and chosen passwords (8+ characters mixing three of lower case, upper case, digits and symbols) under " +
        "a password name. Values from variables, placeholders (`changeme`, `<password>`, `xxx`), documented fake keys " +
        "(`AKIAIOSFODNN7EXAMPLE`) and URLs whose password equals the user name are not reported. Secret-sounding " +
        "names with any value are the secrets-used-in-arg-or-env rule's business.",
      bad: "FROM node:22-alpine\nENV GITHUB_TOKEN=ghp_4Rk9bT2xVqL7mN3pZ8cW1yH6jD5sF0aE2uKi\n",
      good: "FROM node:22-alpine\nRUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN npm ci\n",
    },
  },
  create(context) {
    const check = (node: KeyValueInstruction<"ENV"> | ArgInstruction) => {
      for (const pair of node.pairs) {
        if (pair.value === null) continue;
        const value = literalValue(pair.value);
        if (value === undefined || value === "") continue;
        const hit = findSecret(pair.key.value, value);
        if (hit === null) continue;
        const shown = redact(value.slice(hit.index, hit.index + hit.length));
        context.report({
          range: astWordRange(context, pair.value, hit.index, hit.length),
          message: `${node.kind} ${pair.key.value} holds ${hit.what}${shown}; anyone with the Dockerfile or the image ${node.kind === "ENV" ? "config" : "history"} can read it: rotate it and pass it with a secret mount instead`,
        });
      }
    };
    return { ENV: (node) => check(node as KeyValueInstruction<"ENV">), ARG: check };
  },
};

export default rule;
