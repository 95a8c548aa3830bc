/**
 * Which shell runs a command: reading a shell's command line (`bash -o pipefail -c "..."`) and the
 * stage's `SHELL` (inherited through `FROM <stage>`), and telling POSIX shells from PowerShell and cmd.
 * @module
 */
import type { Dockerfile, Instruction } from "../ast/types.js";

const POSIX_SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "posh", "yash", "busybox"]);

/** Basename of a path (`/bin/bash` → `bash`, `C:\\x\\cmd.exe` → `cmd.exe`). */
function base(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** True for sh-compatible shells (`/bin/sh`, `bash`, `/usr/bin/env`-less paths); false for pwsh, cmd, fish... */
export function isPosixShellName(path: string): boolean {
  return POSIX_SHELLS.has(base(path).toLowerCase());
}

/** A shell's command line, read the way sh/bash read their options. */
export interface ShellInvocation {
  /** Basename of the shell (`bash`). */
  readonly shell: string;
  readonly posix: boolean;
  /** `-o pipefail` is among the options. */
  readonly pipefail: boolean;
  /** `-c` is among the options. */
  readonly command: boolean;
  /** Index in argv of the `-c` script, or -1 (no `-c`, or `-c` as the last word as in `SHELL`). */
  readonly scriptIndex: number;
  /** Number of words after the options (for `-c`, the script and its `$0 $1...`). */
  readonly operands: number;
}

/** Reads `argv` as a shell invocation; `null` when `argv[0]` is not a shell. */
export function shellInvocation(argv: readonly string[]): ShellInvocation | null {
  const first = argv[0];
  if (first === undefined) return null;
  const name = base(first).toLowerCase();
  const posix = POSIX_SHELLS.has(name);
  if (!posix && !/^(pwsh|powershell|cmd)(\.exe)?$/.test(name)) return null;
  let pipefail = false;
  let command = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const w = argv[i];
    if (w === "--" || w === "-") {
      i++;
      break;
    }
    if (!posix || w.length < 2 || (w[0] !== "-" && w[0] !== "+")) break;
    if (w.startsWith("--")) {
      if (w === "--rcfile" || w === "--init-file") i++;
      continue;
    }
    for (let j = 1; j < w.length; j++) {
      const ch = w[j];
      if (ch === "c") command = true;
      else if (ch === "o" || ch === "O") {
        const value = j + 1 < w.length ? w.slice(j + 1) : argv[++i];
        if (ch === "o" && value === "pipefail" && w[0] === "-") pipefail = true;
        break;
      }
    }
  }
  const operands = Math.max(0, argv.length - i);
  return { shell: name, posix, pipefail, command, scriptIndex: posix && command && operands > 0 ? i : -1, operands };
}

/** The shell in effect for an instruction. */
export interface StageShell {
  /** The shell command (`["/bin/sh", "-c"]` when no SHELL is set). */
  readonly argv: readonly string[];
  /** The SHELL instruction that set it, `null` for the default. */
  readonly from: Instruction | null;
  readonly pipefail: boolean;
  readonly posix: boolean;
}

const DEFAULT_ARGV = ["/bin/sh", "-c"];
/** Docker's default shell on Windows images. */
const WINDOWS_ARGV = ["cmd", "/S", "/C"];

/**
 * Windows base images run RUN/CMD through `cmd /S /C`, not `/bin/sh -c`: a POSIX analysis of those
 * commands only produces false alarms. Recognised by the usual Windows image names and tags.
 */
const WINDOWS_IMAGE = /windowsservercore|nanoserver|servercore|(^|[/-])windows([/:@-]|$)|mcr\.microsoft\.com\/(windows|powershell|dotnet\/framework)|ltsc20\d\d/i;

function isWindowsImage(from: Instruction & { kind: "FROM" }): boolean {
  return from.image !== null && WINDOWS_IMAGE.test(from.image.raw);
}

function stageShell(argv: readonly string[], from: Instruction | null): StageShell {
  const inv = shellInvocation(argv);
  return { argv, from, pipefail: inv?.pipefail ?? false, posix: inv?.posix ?? isPosixShellName(argv[0] ?? "") };
}

const cache = new WeakMap<Dockerfile, Map<Instruction, StageShell>>();

/** The shell in effect at `instruction` (an ONBUILD trigger gets the shell of the stage declaring it). */
export function stageShellOf(instruction: Instruction, ast: Dockerfile): StageShell {
  let map = cache.get(ast);
  if (map === undefined) {
    map = build(ast);
    cache.set(ast, map);
  }
  return map.get(instruction) ?? defaultShell(ast);
}

/** `# hadolint shell=powershell` sets the default shell for the file, as in hadolint. */
function defaultShell(ast: Dockerfile): StageShell {
  for (const c of ast.comments) {
    const m = /^hadolint\s+shell\s*=\s*(\S+)/i.exec(c.text);
    if (m !== null) return stageShell([m[1], "-c"], null);
  }
  return stageShell(DEFAULT_ARGV, null);
}

function build(ast: Dockerfile): Map<Instruction, StageShell> {
  const map = new Map<Instruction, StageShell>();
  const byStageName = new Map<string, StageShell>();
  const initial = defaultShell(ast);
  let current = initial;
  let stageName: string | null = null;
  for (const ins of ast.instructions) {
    if (ins.kind === "FROM") {
      const parent = ins.image ? byStageName.get(ins.image.raw.toLowerCase()) : undefined;
      current = parent ?? (initial.argv === DEFAULT_ARGV && isWindowsImage(ins) ? stageShell(WINDOWS_ARGV, null) : initial);
      stageName = ins.stageName?.value.toLowerCase() ?? null;
      if (stageName !== null) byStageName.set(stageName, current);
      map.set(ins, current);
      continue;
    }
    if (ins.kind === "SHELL" && ins.command.form === "exec" && ins.command.exec.length > 0) {
      current = stageShell(
        ins.command.exec.map((w) => w.value),
        ins,
      );
      // a later `FROM <this stage>` starts with the shell this stage ends with
      if (stageName !== null) byStageName.set(stageName, current);
    }
    map.set(ins, current);
    if (ins.kind === "ONBUILD" && ins.trigger) map.set(ins.trigger, current);
  }
  return map;
}
