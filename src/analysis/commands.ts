/**
 * The command a simple command really runs, looking through wrappers: `sudo -u x apt-get ...`,
 * `env DEBIAN_FRONTEND=noninteractive apt-get ...`, `xargs -r apt-get install`, `nice -n 5 ...`,
 * `timeout 60 ...`, `exec ...`.
 * (Written here because `src/shell/commands.ts`, planned to hold `findCommands`, does not exist yet.)
 * @module
 */
import type { SimpleCommand, Word } from "../shell/types.js";
import { basename, wordShape } from "../shell/words.js";

/** A command as run. */
export interface Invocation {
  /** The simple command in the script. */
  readonly command: SimpleCommand;
  /** Basename of the command run (`apt-get` for `sudo /usr/bin/apt-get`); the shape when dynamic. */
  readonly name: string;
  readonly nameWord: Word;
  /** Words after the command name. */
  readonly args: readonly Word[];
  /** Wrapper command words looked through, outermost first (`sudo`, `env`). */
  readonly wrappers: readonly Word[];
}

interface WrapperSpec {
  /** Short options taking a value. */
  short: string;
  /** Long options taking a value (without `--`). */
  long: readonly string[];
  /** `NAME=value` words may come before the command. */
  assignments?: boolean;
  /** Number of plain operands before the command (`timeout DURATION`, `chroot DIR`). */
  operands?: number;
  /** Options after which nothing is run (`command -v`, `sudo -l`). */
  noCommand?: string;
}

const WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  sudo: { short: "ugpCrtUDTh", long: ["user", "group", "prompt", "close-from", "role", "type", "other-user", "chdir", "host", "command-timeout"], assignments: true, noCommand: "lVvkK" },
  doas: { short: "uC", long: [] },
  env: { short: "uCS", long: ["unset", "chdir", "split-string"], assignments: true },
  xargs: { short: "adEeIiLlnPs", long: ["arg-file", "delimiter", "eof", "replace", "max-lines", "max-args", "max-procs", "max-chars", "process-slot-var"] },
  nice: { short: "n", long: ["adjustment"] },
  nohup: { short: "", long: [] },
  time: { short: "fo", long: ["format", "output"] },
  exec: { short: "a", long: [] },
  command: { short: "", long: [], noCommand: "vV" },
  stdbuf: { short: "ioe", long: ["input", "output", "error"] },
  timeout: { short: "sk", long: ["signal", "kill-after"], operands: 1 },
  eatmydata: { short: "", long: [] },
  chronic: { short: "", long: [] },
  builtin: { short: "", long: [] },
};

/** The command `command` runs, through wrappers; `null` for an assignment-only or query-only command. */
export function unwrapCommand(command: SimpleCommand): Invocation | null {
  let argv = command.argv;
  const wrappers: Word[] = [];
  for (let depth = 0; depth < 8; depth++) {
    const nameWord = argv[0];
    if (nameWord === undefined) return null;
    const name = basename(wordShape(nameWord));
    const spec = nameWord.dynamic ? undefined : WRAPPERS[name];
    if (spec === undefined) return { command, name, nameWord, args: argv.slice(1), wrappers };
    const rest = skipWrapper(argv, spec);
    if (rest === null) return null;
    if (rest.length === 0) {
      // `sudo -i`, bare `env`, `time`: the wrapper itself is the command
      return { command, name, nameWord, args: argv.slice(1), wrappers };
    }
    wrappers.push(nameWord);
    argv = rest;
  }
  return null;
}

/** The words after a wrapper's own options and operands, or `null` when it runs nothing. */
function skipWrapper(argv: readonly Word[], spec: WrapperSpec): readonly Word[] | null {
  let i = 1;
  for (; i < argv.length; i++) {
    const w = wordShape(argv[i]);
    if (w === "--") {
      i++;
      break;
    }
    if (w.startsWith("--") && w.length > 2) {
      const name = w.slice(2).split("=")[0];
      if (!w.includes("=") && spec.long.includes(name)) i++;
      continue;
    }
    if (w.startsWith("-") && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        if (spec.noCommand?.includes(w[j])) return null;
        if (spec.short.includes(w[j])) {
          if (j === w.length - 1) i++;
          break;
        }
      }
      continue;
    }
    if (spec.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) continue;
    break;
  }
  return argv.slice(Math.min(argv.length, i + (spec.operands ?? 0)));
}
