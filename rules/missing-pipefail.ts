/**
 * A RUN with a pipe whose shell does not set `-o pipefail` (DL4006): the pipeline's status is the last
 * command's, so `curl ... | tar x` succeeds even when the download failed. Silent when the stage's SHELL
 * has `-o pipefail`, when the script runs `set -o pipefail` (or `set -euo pipefail`) before the pipe, when
 * the pipeline's failure is deliberately masked (`... | grep x || true`), when only `echo`/`printf` feed
 * the pipe (they cannot fail, so pipefail changes nothing), and for exec form.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { pipelineOf } from "../src/shell/commands.js";
import type { ShellScript, SimpleCommand, Span } from "../src/shell/types.js";
import { wordShape } from "../src/shell/words.js";
import { shellScripts } from "../src/analysis/shell.js";
import { stageShellOf } from "../src/analysis/shell-kind.js";
import type { Rule } from "../src/engine/types.js";

/** `set -o pipefail`, `set -euo pipefail`, `set -eux -o pipefail`. */
export function setsPipefail(cmd: SimpleCommand): boolean {
  if (cmd.name?.value !== "set") return false;
  const args = cmd.args.map(wordShape);
  return args.some((a, i) => a === "pipefail" && i > 0 && /^-[a-zA-Z]*o$/.test(args[i - 1]));
}

/**
 * Commands that cannot fail in a way pipefail would catch: a pipeline fed only by them loses nothing
 * without pipefail (`echo "$sum *file" | sha256sum -c -` fails exactly when sha256sum fails).
 */
const CANNOT_FAIL = new Set(["echo", "printf", "true", ":", "yes"]);

function fedOnlyByInfallible(commands: readonly { kind: string }[], index: number): boolean {
  for (let i = 0; i < index; i++) {
    const c = commands[i] as SimpleCommand;
    if (c.kind !== "simple" || c.redirections.some((r) => r.operator.startsWith("<"))) return false;
    const name = c.name?.value;
    if (name === undefined || !CANNOT_FAIL.has(name)) return false;
  }
  return true;
}

/** The first `|` of an unmasked pipeline not preceded by `set -o pipefail`, or `null`. */
function firstPipe(script: ShellScript): Span | null {
  for (const cmd of script.commands) {
    if (cmd.nesting.length === 0 && setsPipefail(cmd)) return null;
    if (cmd.pipeline.index === 0 || cmd.maskedFailure) continue;
    const { index, commands } = pipelineOf(cmd);
    if (index <= 0 || fedOnlyByInfallible(commands, index)) continue;
    const at = script.text.indexOf("|", commands[index - 1].end);
    if (at < 0 || at >= cmd.start) continue;
    return { start: at, end: script.text[at + 1] === "&" ? at + 2 : at + 1 };
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: "missing-pipefail",
    aliases: ["DL4006"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "A RUN pipes commands without -o pipefail",
      why:
        "A pipeline's exit status is that of its last command, so in `curl -fsSL URL | tar xz` a failed download " +
        "still lets the RUN succeed and the image is built without the files. Set " +
        "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before the RUN (on Alpine use /bin/ash, which " +
        "supports it), or start the command with `set -o pipefail &&`.",
      bad: "FROM debian:12\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt\n",
      good:
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        if (stageShellOf(node, context.ast).pipefail) return;
        for (const source of shellScripts(node, context.ast)) {
          if (source.kind === "exec-shell") continue;
          const pipe = firstPipe(source.script);
          if (pipe === null) continue;
          context.report({
            range: source.toRange(pipe.start, pipe.end),
            message: "This pipe hides failures of the commands before it; set -o pipefail in SHELL or at the start of the command",
          });
          return;
        }
      },
    };
  },
};

export default rule;
