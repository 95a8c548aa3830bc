/**
 * Helpers for exec-form instructions (`CMD ["sh", "-c", "..."]`) and the
 * `SHELL` instruction.
 * @module
 */
import { basename } from "./words.js";

/** Shells whose `-c` script is POSIX-sh compatible enough to be parsed by `parseShell`. */
const POSIX_SHELLS = new Set(["sh", "bash", "dash", "ash", "ksh", "mksh", "ksh93", "pdksh", "zsh", "yash", "posh", "busybox", "hush", "lksh", "oksh"]);

/** Shells / interpreters that are definitely not POSIX sh. */
const NON_POSIX = new Set(["pwsh", "powershell", "cmd", "fish", "nu", "nushell", "elvish", "xonsh", "csh", "tcsh", "python", "python3", "node", "ruby", "perl"]);

function shellName(arg0: string): string {
  let name = basename(arg0.replace(/\\/g, "/")).toLowerCase();
  if (name.endsWith(".exe")) name = name.slice(0, -4);
  return name;
}

/** Shell options that take a value (`-o pipefail`, `-O extglob`, `+o ...`). */
function takesValue(flag: string): boolean {
  return flag === "o" || flag === "O";
}

/**
 * Recognises an exec-form command that runs a shell script:
 * `["/bin/sh", "-c", "..."]`, `["bash", "-c", "..."]`, `["sh", "-ec", "..."]`,
 * `["/bin/bash", "-o", "pipefail", "-c", "..."]`, `["busybox", "sh", "-c", "..."]`,
 * `["bash", "--login", "-c", "..."]`. Returns the shell's name and the index of
 * the script string in `argv`, or `undefined`.
 */
export function shellFromExec(argv: readonly string[]): { shell: string; scriptIndex: number } | undefined {
  if (argv.length < 3) return undefined;
  let i = 0;
  let name = shellName(argv[0]);
  if (name === "busybox" || name === "env") {
    i = 1;
    name = shellName(argv[1] ?? "");
  }
  if (!POSIX_SHELLS.has(name) || name === "busybox") return undefined;
  let sawC = false;
  for (i = i + 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--" || a === "-") {
      i++;
      break;
    }
    if (a.startsWith("--")) {
      if (a === "--rcfile" || a === "--init-file") i++;
      continue;
    }
    if ((a.startsWith("-") || a.startsWith("+")) && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const f = a[k];
        if (f === "c") sawC = true;
        else if (takesValue(f)) {
          if (k === a.length - 1) i++;
          break;
        }
      }
      continue;
    }
    break;
  }
  if (!sawC || i >= argv.length) return undefined;
  return { shell: name, scriptIndex: i };
}

/**
 * Whether a `SHELL` instruction's argv runs a POSIX-compatible shell:
 * false for PowerShell (`pwsh`, `powershell`), `cmd`, `fish`, `csh`/`tcsh`,
 * interpreters (`python`, `node`, ...); true for sh/bash/dash/ash/zsh/ksh and
 * unknown names (which are assumed to be sh-like). An empty argv is false.
 */
export function isPosixShell(shellArgv: readonly string[]): boolean {
  if (shellArgv.length === 0) return false;
  const name = shellName(shellArgv[0]);
  if (NON_POSIX.has(name)) return false;
  if (/^python[0-9.]*$/.test(name)) return false;
  return true;
}
