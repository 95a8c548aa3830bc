/** BuildKit's SecretsUsedInArgOrEnv: an ARG or ENV inside a stage whose name says it holds a secret. */
import type { Rule } from "../src/engine/types.js";

/** BuildKit's tokens: a name matches when a token is the whole name or one of its `_`-separated words. */
const SECRET_TOKENS = ["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"];
/** BuildKit's words that make a name harmless: it holds a file name, a public value or a version. */
const BUILDKIT_ALLOW_TOKENS = ["public", "file", "version"];
/**
 * Words shipshape also accepts by default (rule option `allow` replaces this list; `allow: []` is BuildKit's
 * behaviour): GPG/PGP key ids and fingerprints are public (`GPG_KEY` in the official python images), and
 * paths or folders name where a secret lives, not the secret (`SA_PASSWORD_PATH`).
 */
export const DEFAULT_EXTRA_ALLOW = ["gpg", "pgp", "path", "dir"];
const deny = new RegExp(`(?:_|^)(?:${SECRET_TOKENS.join("|")})(?:_|$)`, "i");
const wordsPattern = (words: readonly string[]) =>
  words.length === 0 ? null : new RegExp(`(?:_|^)(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:_|$)`, "i");
const buildkitAllow = wordsPattern(BUILDKIT_ALLOW_TOKENS)!;

/** Whether `name` looks like the name of a secret: BuildKit's test, with `extraAllow` words also making it harmless. */
export function looksLikeSecretName(name: string, extraAllow: readonly string[] = DEFAULT_EXTRA_ALLOW): boolean {
  if (!deny.test(name) || buildkitAllow.test(name)) return false;
  const extra = wordsPattern(extraAllow);
  return !(extra && extra.test(name));
}

const rule: Rule = {
  meta: {
    id: "secrets-used-in-arg-or-env",
    aliases: ["SecretsUsedInArgOrEnv", "DL3064"],
    severity: "warning",
    category: "security",
    docs: {
      description: "An ARG or ENV name says it holds a secret (password, token, key, ...)",
      why:
        "ENV values are stored in the image config and ARG values in the image history (`docker history`), so a " +
        "secret passed this way can be read by anyone who can pull the image. Use a secret mount instead " +
        "(`RUN --mount=type=secret,id=token,env=TOKEN ...` with `docker build --secret id=token,...`). Like BuildKit, " +
        "the rule looks at names only: one of the words apikey, auth, credential(s), key, password, pword, passwd, " +
        "secret or token, unless the name also has the word public, file or version (`GPG_KEY_FILE`, " +
        "`AUTH_MODULE_VERSION`); shipshape also lets gpg, pgp, path and dir through (`GPG_KEY` holds a public " +
        "fingerprint; the rule option `allow` sets this extra list, `[]` for BuildKit's exact behaviour). ARGs before " +
        "the first FROM are not checked, since they do not reach the image.",
      bad: "FROM python:3.13-slim\nARG PYPI_TOKEN\nRUN pip install --index-url https://__token__:${PYPI_TOKEN}@pypi.example.com/simple app\n",
      good:
        "FROM python:3.13-slim\nRUN --mount=type=secret,id=pypi_token,env=PYPI_TOKEN \\\n    pip install --index-url https://__token__:${PYPI_TOKEN}@pypi.example.com/simple app\n",
    },
  },
  create(context) {
    const option = context.settings.ruleOptions["secrets-used-in-arg-or-env"]?.allow;
    const extraAllow = Array.isArray(option) ? option.filter((w): w is string => typeof w === "string") : DEFAULT_EXTRA_ALLOW;
    let inStage = false;
    const check = (kind: "ARG" | "ENV", keys: { value: string; range: import("../src/ast/types.js").Range }[], onbuild: boolean) => {
      if (!inStage || onbuild) return;
      for (const key of keys) {
        if (!looksLikeSecretName(key.value, extraAllow)) continue;
        context.report({ range: key.range, message: `Do not use ARG or ENV instructions for sensitive data (${kind} "${key.value}")` });
      }
    };
    return {
      FROM(node) {
        if (!node.onbuild) inStage = true;
      },
      ARG(node) {
        check("ARG", node.pairs.map((p) => p.key), node.onbuild);
      },
      ENV(node) {
        check("ENV", node.pairs.map((p) => p.key), node.onbuild);
      },
    };
  },
};

export default rule;
