/**
 * Specs for commands that run another command (`sudo apt-get ...`).
 * @module
 */
import type { OptionSpec } from "../options.js";

/** How a wrapper command finds the command it runs. */
export interface WrapperSpec {
  /** Options of the wrapper itself (parsed in POSIX mode: the first operand ends them). */
  readonly options: OptionSpec;
  /** Skip leading `NAME=value` operands (env, sudo). */
  readonly skipAssignments?: boolean;
  /** Number of operands before the wrapped command (timeout: the duration; gosu: the user). */
  readonly skipOperands?: number;
  /** Operands that are skipped (env's `-`, an obsolete spelling of `-i`). */
  readonly skipWords?: readonly string[];
  /** If any of these options is present, the wrapper does not run a command (`command -v`, `sudo -l`). */
  readonly notWrappingWith?: readonly string[];
}

const posix = (spec: OptionSpec): OptionSpec => ({ ...spec, stopAtFirstOperand: true });

/** Wrapper commands looked through by `findCommands`. */
export const WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  sudo: {
    options: posix({
      shortWithValue: "ugCDpRrtTUh",
      longWithValue: ["user", "group", "close-from", "chdir", "prompt", "chroot", "role", "type", "command-timeout", "other-user", "host"],
    }),
    skipAssignments: true,
    notWrappingWith: ["l", "list", "v", "validate", "k", "K", "reset-timestamp", "remove-timestamp", "e", "edit", "V", "version"],
  },
  doas: { options: posix({ shortWithValue: "uC" }) },
  env: {
    options: posix({ shortWithValue: "uCSa", longWithValue: ["unset", "chdir", "split-string", "argv0", "default-signal", "ignore-signal", "block-signal"] }),
    skipAssignments: true,
    skipWords: ["-"],
  },
  xargs: {
    options: posix({
      shortWithValue: "aEdIJLnPRsS",
      longWithValue: ["arg-file", "delimiter", "max-lines", "max-args", "max-procs", "max-chars", "process-slot-var"],
    }),
  },
  nice: { options: posix({ shortWithValue: "n", longWithValue: ["adjustment"] }) },
  ionice: { options: posix({ shortWithValue: "cnpPu", longWithValue: ["class", "classdata", "pid", "pgid", "uid"] }) },
  time: { options: posix({ shortWithValue: "fo", longWithValue: ["format", "output"] }) },
  command: { options: posix({}), notWrappingWith: ["v", "V"] },
  exec: { options: posix({ shortWithValue: "a" }) },
  nohup: { options: posix({}) },
  stdbuf: { options: posix({ shortWithValue: "ioe", longWithValue: ["input", "output", "error"] }) },
  timeout: { options: posix({ shortWithValue: "sk", longWithValue: ["signal", "kill-after"] }), skipOperands: 1 },
  gosu: { options: posix({}), skipOperands: 1 },
  "su-exec": { options: posix({}), skipOperands: 1 },
  eatmydata: { options: posix({}) },
  busybox: { options: posix({}) },
};
