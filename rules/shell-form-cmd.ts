/**
 * CMD/ENTRYPOINT in shell form: the process runs as a child of `/bin/sh -c` and does not get SIGTERM.
 * Like BuildKit's JSONArgsRecommended, silent when the stage (or a stage it is built on) sets SHELL:
 * that makes shell form a deliberate choice.
 */
import type { CmdInstruction, EntrypointInstruction, Instruction } from "../src/ast/types.js";
import type { Fix, Rule, RuleContext } from "../src/engine/types.js";
import { lineage, stagesOf } from "./support/stages.js";

/** Shell builtins and reserved words: no executable of that name exists to exec. */
const BUILTINS = new Set(
  ("! . : [ [[ { alias bg break builtin case cd command continue declare eval exec exit export fg for function getopts " +
    "hash if jobs let local logout read readonly return select set shift source test then time times trap type typeset " +
    "ulimit umask unalias unset until wait while").split(" "),
);

/**
 * Splits a shell command into static words, or returns `null` when the shell would do anything but
 * split on blanks and remove quotes: expansions, operators, redirections, globs, escapes, comments.
 */
export function staticWords(command: string): string[] | null {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (ch === " " || ch === "\t") {
      if (word !== null) words.push(word);
      word = null;
      continue;
    }
    if (ch === "'") {
      const close = command.indexOf("'", i + 1);
      if (close === -1) return null;
      word = (word ?? "") + command.slice(i + 1, close);
      i = close;
      continue;
    }
    if (ch === '"') {
      const close = command.indexOf('"', i + 1);
      if (close === -1) return null;
      const inner = command.slice(i + 1, close);
      if (/[$`\\!]/.test(inner)) return null;
      word = (word ?? "") + inner;
      i = close;
      continue;
    }
    if (/[$`\\|&;<>()*?[\]{}~#!]/.test(ch) || ch.charCodeAt(0) < 32) return null;
    if (ch === "=" && words.length === 0) return null; // VAR=value prefix assignment
    word = (word ?? "") + ch;
  }
  if (word !== null) words.push(word);
  return words;
}

/** The exec-form replacement for a shell-form command, or `null` when it cannot be written statically. */
function execFormFix(context: RuleContext, node: CmdInstruction | EntrypointInstruction): Fix | undefined {
  const cmd = node.command;
  if (!cmd.shell || !cmd.range) return undefined;
  const insideComment = context.ast.comments.some(
    (c) => c.insideInstruction && c.range.start.offset > cmd.range!.start.offset && c.range.start.offset < cmd.range!.end.offset,
  );
  if (insideComment || node.heredocs.length > 0) return undefined;
  let words = staticWords(cmd.shell.value);
  if (words === null || words.length === 0) return undefined;
  if (words[0] === "exec") words = words.slice(1);
  if (words.length === 0 || BUILTINS.has(words[0])) return undefined;
  return {
    description: `Rewrite ${node.name} in exec (JSON) form`,
    safe: false,
    edits: [{ start: cmd.range.start.offset, end: cmd.range.end.offset, text: "[" + words.map((w) => JSON.stringify(w)).join(", ") + "]" }],
  };
}

const rule: Rule = {
  meta: {
    id: "shell-form-cmd",
    aliases: ["DL3025", "JSONArgsRecommended"],
    severity: "warning",
    category: "correctness",
    fix: { safe: false },
    docs: {
      description: "CMD or ENTRYPOINT is written in shell form",
      why:
        "Shell form runs the command as `/bin/sh -c \"...\"`: the shell is PID 1 and does not forward SIGTERM, so " +
        "`docker stop` waits its timeout and then kills the process without a clean shutdown; CMD arguments are " +
        "also never passed to a shell-form ENTRYPOINT. Exec form (a JSON array) runs the program directly. " +
        "Like BuildKit, the rule stays silent in a stage that sets SHELL, where shell form is a deliberate choice. " +
        "The fix rewrites commands made of plain words only; it is unsafe because the program then runs without " +
        "a shell (no environment expansion, and a CMD is passed to an ENTRYPOINT differently).",
      bad: "FROM nginx:1.27\nCMD nginx -g 'daemon off;'\n",
      good: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
  },
  create(context) {
    const model = stagesOf(context.ast);
    /** SHELL instructions seen per stage, top level and in ONBUILD triggers. */
    const shellSet = (node: Instruction, trigger: boolean): boolean => {
      const stage = model.stageOf.get(node) ?? null;
      if (stage === null) return false;
      for (const s of lineage(stage)) {
        for (const ins of s.instructions) {
          if (s === stage && ins.range.start.offset >= node.range.start.offset) break;
          if (ins.kind === "SHELL" || (trigger && ins.kind === "ONBUILD" && ins.trigger?.kind === "SHELL")) return true;
        }
      }
      return false;
    };
    const owner = new Map<Instruction, Instruction>();
    for (const ins of context.ast.instructions) if (ins.kind === "ONBUILD" && ins.trigger) owner.set(ins.trigger, ins);
    const check = (node: CmdInstruction | EntrypointInstruction) => {
      const cmd = node.command;
      if (cmd.form !== "shell" || cmd.jsonFallback || !cmd.shell || !cmd.range) return;
      if (shellSet(owner.get(node) ?? node, node.onbuild)) return;
      const fix = execFormFix(context, node);
      context.report({
        range: cmd.range,
        message: `${node.keyword.value} in shell form runs under /bin/sh -c, so the process does not receive stop signals; use exec form ["executable", "arg", ...]`,
        ...(fix ? { fix } : {}),
      });
    };
    return { CMD: check, ENTRYPOINT: check };
  },
};

export default rule;
