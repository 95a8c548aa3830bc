/**
 * A script downloaded and run in one step: `curl ... | sh`, `wget -O - ... | sudo bash`,
 * `sh -c "$(curl ...)"`, `bash <(curl ...)`, `eval "$(wget -qO- ...)"`. Interpreters reading a named
 * script or `-c`/`-e` code are not reported (`curl ... | python -c 'import json...'` parses data).
 */
import type { RunInstruction } from "../src/ast/types.js";
import { pipelineOf } from "../src/shell/commands.js";
import type { CommandList, SimpleCommand, Span, Word, WordPart } from "../src/shell/types.js";
import { wordShape } from "../src/shell/words.js";
import { commandsOf, type FoundCommand } from "../src/analysis/shell.js";
import type { Rule } from "../src/engine/types.js";

const SHELLS = /^(sh|bash|zsh|ash|dash|ksh|mksh)$/;
const INTERPRETERS = /^(sh|bash|zsh|ash|dash|ksh|mksh|python[0-9.]*|perl|ruby|node|php)$/;

const CURL_VALUE = "oTdHuXAexmwFCrYyzbcDEKPQtU";
const WGET_VALUE = "OoaitTwQPeUBlARDXI";

/** The value of each short option letter of `args` (bundles such as `-fsSLo FILE` and `-qO-` included). */
function shortOptions(args: readonly string[], withValue: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") break;
    if (a.startsWith("--") || !a.startsWith("-") || a.length < 2) continue;
    for (let j = 1; j < a.length; j++) {
      if (withValue.includes(a[j])) {
        out.push([a[j], j + 1 < a.length ? a.slice(j + 1) : args[++i]]);
        break;
      }
      out.push([a[j], undefined]);
    }
  }
  return out;
}

/** The values of long option `name` (`--name=value` or `--name value`). */
function longOption(args: readonly string[], name: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  args.forEach((a, i) => {
    if (a === `--${name}`) out.push(args[i + 1]);
    else if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
  });
  return out;
}

const STDOUT = /^(-|\/dev\/stdout)$/;

/** True when `curl`/`wget` writes the download to standard output. */
export function downloadsToStdout(found: FoundCommand): boolean {
  const args = found.args.map(wordShape);
  if (found.name === "curl") {
    const toFile = shortOptions(args, CURL_VALUE).some(([o, v]) => (o === "o" && !STDOUT.test(v ?? "")) || o === "O" || o === "T");
    const longToFile =
      longOption(args, "output").some((v) => !STDOUT.test(v ?? "")) ||
      ["remote-name", "remote-name-all", "upload-file"].some((n) => args.some((a) => a === `--${n}` || a.startsWith(`--${n}=`)));
    return !toFile && !longToFile;
  }
  if (found.name === "wget") {
    return (
      shortOptions(args, WGET_VALUE).some(([o, v]) => o === "O" && STDOUT.test(v ?? "")) ||
      longOption(args, "output-document").some((v) => STDOUT.test(v ?? ""))
    );
  }
  return false;
}

/** True when the interpreter reads its program from standard input (no script operand, no `-c`/`-e`). */
export function readsScriptFromStdin(found: FoundCommand): boolean {
  const shell = SHELLS.test(found.name);
  for (const w of found.args.map(wordShape)) {
    if (w === "-" || w === "--") return true;
    if (w.startsWith("--")) continue;
    if (w.length > 1 && (w[0] === "-" || (shell && w[0] === "+"))) {
      if (shell ? /c/.test(w) : /^-[a-zA-Z]*[ceErm]/.test(w)) return false;
      if (shell && /s/.test(w)) return true;
      continue;
    }
    return false;
  }
  return true;
}

function downloadersIn(span: Span, all: readonly FoundCommand[]): FoundCommand[] {
  return all.filter((c) => c.command.start >= span.start && c.command.end <= span.end && downloadsToStdout(c));
}

/** Substitution parts (`$(...)`, backticks, `<(...)`) of a word, double quotes looked into. */
function substitutions(parts: readonly WordPart[]): (WordPart & { body: CommandList })[] {
  const out: (WordPart & { body: CommandList })[] = [];
  for (const p of parts) {
    if (p.kind === "command-substitution" || p.kind === "process-substitution") out.push(p);
    else if (p.kind === "double-quoted") out.push(...substitutions(p.parts));
  }
  return out;
}

/** The `|` between the command before `cmd` in its pipeline and `cmd`. */
function pipeBefore(cmd: SimpleCommand, text: string): Span | null {
  const { index, commands } = pipelineOf(cmd);
  if (index <= 0) return null;
  const from = commands[index - 1].end;
  const at = text.indexOf("|", from);
  if (at < 0 || at >= cmd.start) return null;
  return { start: at, end: text[at + 1] === "&" ? at + 2 : at + 1 };
}

const rule: Rule = {
  meta: {
    id: "pipe-to-shell",
    aliases: [],
    severity: "warning",
    category: "security",
    docs: {
      description: "A downloaded script is piped into a shell or interpreter",
      why:
        "`curl URL | sh` runs whatever the server sends at build time, with no checksum or signature check: a " +
        "compromised or changed server, a redirect or a truncated download silently changes the image. " +
        "Download to a file, verify a pinned checksum (`echo \"<sha256>  install.sh\" | sha256sum -c -`), then run " +
        "it; or install from a package manager.",
      bad: "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n",
      good:
        "FROM debian:12\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n" +
        " && echo \"4f5e0d2a8c6b1e3f9a7d5c2b0e8f6a4d2c0b9e7f5a3d1c8b6e4f2a0d9c7b5e3f  /tmp/install.sh\" | sha256sum -c - \\\n" +
        " && sh /tmp/install.sh\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        const all = commandsOf(node, context.ast);
        for (const found of all) {
          if (!INTERPRETERS.test(found.name) && found.name !== "eval" && found.name !== "source" && found.name !== ".") continue;
          const text = found.source.script.text;
          // curl ... | sh
          if (INTERPRETERS.test(found.name) && readsScriptFromStdin(found)) {
            const { pipeline } = pipelineOf(found.command);
            const pipe = pipeBefore(found.command, text);
            if (pipe !== null) {
              const before = all.filter((c) => c.source === found.source && c.command.end <= pipe.start && c.command.start >= pipeline.start);
              const from = before.find((c) => downloadsToStdout(c));
              if (from !== undefined) {
                context.report({
                  range: found.source.toRange(pipe.start, pipe.end),
                  message: `The output of ${from.name} is piped into ${found.name}, running a downloaded script without verifying it`,
                });
                continue;
              }
            }
          }
          // sh -c "$(curl ...)", bash <(curl ...), eval "$(curl ...)", . <(curl ...)
          for (const word of found.args as readonly Word[]) {
            for (const sub of substitutions(word.parts)) {
              const from = downloadersIn(sub, all.filter((c) => c.source === found.source))[0];
              if (from === undefined) continue;
              context.report({
                range: found.source.toRange(sub.start, sub.end),
                message: `${found.name} runs a script downloaded by ${from.name} without verifying it`,
              });
            }
          }
        }
      },
    };
  },
};

export default rule;
