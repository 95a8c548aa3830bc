/**
 * BuildKit's CopyIgnoredFile: COPY/ADD of a build-context path that `.dockerignore` excludes, so it is
 * missing from the context and the build fails (or silently copies less).
 *
 * Reads `<Dockerfile>.dockerignore` next to the Dockerfile, else `.dockerignore` at the build context
 * (the Dockerfile's folder unless the rule option `context` names another folder). Does nothing when
 * the file name is not a file on disk (stdin, `lint(text)`) or there is no ignore file.
 */
import { findDockerignore, PatternMatcher, cleanPath } from "../src/analysis/dockerignore.js";
import type { CopyInstruction, AddInstruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { modelOf } from "./support/buildkit.js";

/** Sources that do not come from the build context: URLs and git repositories. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;

const rule: Rule = {
  meta: {
    id: "copy-ignored-file",
    aliases: ["CopyIgnoredFile"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "COPY or ADD names a path that .dockerignore excludes from the build context",
      why:
        "Files matched by `.dockerignore` (or `<Dockerfile>.dockerignore`) are not sent to the builder, so a COPY of " +
        "them fails with \"not found\", or copies a folder without the ignored parts. Either the ignore pattern is " +
        "too broad or the COPY is stale. Like BuildKit, the rule checks each context source (not `--from`, URLs or " +
        "heredocs) after variable expansion, and stays silent when the ignore file has `!` exceptions, which make " +
        "the outcome depend on the files present. The examples assume a `.dockerignore` containing `*.env`.",
      bad: "FROM alpine:3.20\nCOPY app.env /etc/app.env\n",
      good: "FROM alpine:3.20\nCOPY app.conf /etc/app.conf\n",
    },
  },
  create(context) {
    const options = context.settings.ruleOptions["copy-ignored-file"] ?? {};
    const contextDir = typeof options.context === "string" ? options.context : undefined;
    let matcher: PatternMatcher | null | undefined;
    const load = (): PatternMatcher | null => {
      if (matcher === undefined) {
        const file = findDockerignore(context.filename, contextDir);
        matcher = file && file.patterns.length > 0 ? PatternMatcher.create(file.patterns) : null;
        // With exceptions, whether a path is in the context depends on the files: BuildKit does not check.
        if (matcher?.exclusions) matcher = null;
      }
      return matcher;
    };
    const check = (node: CopyInstruction | AddInstruction) => {
      if (node.onbuild || node.flags.some((f) => f.name === "from")) return;
      const m = load();
      if (!m) return;
      const what = node.kind === "ADD" ? "Add" : "Copy";
      const rootIgnored = m.patterns.some((p) => !p.exclusion && (p.text === "*" || p.text === "**" || p.text === "**/*"));
      for (const source of node.sources) {
        if (node.heredocs.some((h) => source.value === `<<${h.name}` || source.value.startsWith("<<"))) continue;
        let value = source.value;
        if (value.includes("$")) {
          const expanded = modelOf(context.ast).expandInstructionWord(node, source).value;
          if (expanded === undefined) continue;
          value = expanded;
        }
        if (REMOTE.test(value)) continue;
        const src = cleanPath(value);
        if ((src === "." || src === "/") && !rootIgnored) continue;
        if (!m.matchesOrParentMatches(src)) continue;
        context.report({ range: source.range, message: `Attempting to ${what} file "${src}" that is excluded by .dockerignore` });
      }
    };
    return { COPY: check, ADD: check };
  },
};

export default rule;
