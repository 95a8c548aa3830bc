/**
 * `chmod 777` and friends: a mode that lets every user write (`777`, `0666`, `a+w`, `o+rwx`, `-R 777`),
 * also through `mkdir -m` and `install -m`. Modes with the sticky bit (`1777`, `a+rwxt`: the /tmp
 * pattern, where users cannot delete each other's files) are not reported.
 */
import { parseOptions } from "../src/shell/options.js";
import { chmodSpec } from "../src/shell/tools/index.js";
import type { Word } from "../src/shell/types.js";
import { wordShape } from "../src/shell/words.js";
import type { Rule } from "../src/engine/types.js";
import { securityCommands } from "./support/security.js";

/** `"world-writable"`, `"sticky"` (world-writable with the sticky bit) or `null`, for a chmod mode. */
export function modeKind(mode: string): "world-writable" | "sticky" | null {
  if (/^[0-7]{1,4}$/.test(mode)) {
    const n = parseInt(mode, 8);
    if ((n & 0o002) === 0) return null;
    return mode.length === 4 && (n & 0o1000) !== 0 ? "sticky" : "world-writable";
  }
  let writable = false;
  let sticky = false;
  for (const clause of mode.split(",")) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (m === null) return null;
    const others = /[oa]/.test(m[1]);
    for (const op of m[2].match(/[-+=][rwxXstugo]*/g) ?? []) {
      if (op[0] === "-") continue;
      if (others && op.includes("w")) writable = true;
      if (op.includes("t")) sticky = true;
    }
  }
  return writable ? (sticky ? "sticky" : "world-writable") : null;
}

const rule: Rule = {
  meta: {
    id: "chmod-world-writable",
    aliases: [],
    severity: "warning",
    category: "security",
    docs: {
      description: "chmod (or mkdir/install -m) makes files writable by every user (777, 666, a+w, o+w)",
      why:
        "A world-writable file or directory in an image can be changed by any process in the container, whatever " +
        "user it runs as: a compromised low-privilege service can then rewrite scripts, configuration or binaries " +
        "that a more privileged one runs. Give the files to the user that needs them (`COPY --chown=app:app`, " +
        "`chown app:app /data && chmod 750 /data`) or make them group-writable for a shared group. Modes with the " +
        "sticky bit (`1777`, the /tmp pattern) are not reported, and neither are modes from variables nor paths that " +
        "do not outlive the RUN (removed with rm later in it, or a `mktemp -d` directory).",
      bad: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chmod -R 777 /app\nUSER node\n",
      good: "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nRUN chmod -R 755 /app\nUSER node\n",
    },
  },
  create(context) {
    return {
      RUN(node) {
        const commands = securityCommands(node, context.ast);
        // paths that do not outlive the RUN: `rm -rf` of the same word, or `$dir` from `dir="$(mktemp -d)"`
        const temporary = new Set<string>();
        const removed = (c: (typeof commands)[number], path: string) =>
          commands.some((r) => r.view?.name === "rm" && r.source === c.source && r.command.start > c.command.start && r.view.args.some((a) => wordShape(a) === path));
        for (const c of commands) {
          for (const a of c.command.assignments) {
            if (/\$\(\s*mktemp\b|`\s*mktemp\b/.test(a.value.text)) {
              temporary.add(`$${a.name}`);
              temporary.add(`\${${a.name}}`);
            }
          }
        }
        for (const c of commands) {
          const view = c.view;
          if (view === undefined) continue;
          let mode: Word | undefined;
          let targets: string[] = [];
          if (view.name === "chmod") {
            const parsed = parseOptions(view.args, chmodSpec);
            if (parsed.options.some((o) => o.name === "reference")) continue;
            mode = parsed.operands[0];
            targets = parsed.operands.slice(1).map(wordShape);
          } else if (view.name === "mkdir" || view.name === "install") {
            view.args.forEach((w, i) => {
              const s = wordShape(w);
              if ((s === "-m" || s === "--mode") && view.args[i + 1] !== undefined) mode = view.args[i + 1];
              else if (/^-[a-zA-Z]*m./.test(s) && !s.startsWith("--")) mode = undefined; // bundled -pm755: rare, skipped
              else if (s.startsWith("--mode=")) mode = { ...w, value: s.slice(7) };
            });
          }
          if (mode === undefined || mode.value === undefined) continue;
          const kind = modeKind(mode.value);
          if (kind !== "world-writable") continue;
          if (targets.length > 0 && targets.every((t) => temporary.has(t) || removed(c, t))) continue;
          context.report({
            range: c.source.toRange(mode.start, mode.end),
            message: `${view.name} ${view.name === "chmod" ? "" : "-m "}${mode.value} makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others`,
          });
        }
      },
    };
  },
};

export default rule;
