/**
 * Shared facts for the yum/dnf/microdnf/zypper/npm/yarn/go rules: what an RPM-family call does
 * (subcommand aliases, `group install`, `module install`), whether it can prompt, whether a word pins
 * a version, which cache or tmpfs mounts keep a directory out of the layer, and the variables visible
 * at an instruction (for versions given as `${VERSION}`).
 * @module
 */
import type { Dockerfile, Instruction } from "../ast/types.js";
import { buildModel, type SemanticModel } from "../model/index.js";
import { hasOption } from "../shell/options.js";
import { pipelineOf } from "../shell/commands.js";
import type { Word, WordPart } from "../shell/types.js";
import { wordShape } from "../shell/words.js";
import type { PackageCommand } from "./packages.js";
import type { FoundCommand } from "./shell.js";

// ------------------------------------------------------------------ mounts

/** `--mount=type=cache|tmpfs` targets of a RUN (trailing slashes removed). */
export function scratchMountTargets(instruction: Instruction): string[] {
  const out: string[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== "mount" || flag.value === null) continue;
    const fields = new Map<string, string>();
    for (const part of flag.value.split(",")) {
      const eq = part.indexOf("=");
      fields.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? "" : part.slice(eq + 1).trim());
    }
    const type = fields.get("type");
    if (type !== "cache" && type !== "tmpfs") continue;
    const target = fields.get("target") ?? fields.get("dst") ?? fields.get("destination");
    if (target) out.push(target.replace(/\/+$/, "") || "/");
  }
  return out;
}

/**
 * True when a cache or tmpfs mount of the RUN keeps one of `paths` out of the layer (the mount is the
 * path or a parent of it), or its target contains one of `fragments` (`.cache/yarn` for any home).
 */
export function mountKeepsOut(instruction: Instruction, paths: readonly string[], fragments: readonly string[] = []): boolean {
  return scratchMountTargets(instruction).some(
    (t) => paths.some((p) => p === t || p.startsWith(t === "/" ? "/" : t + "/")) || fragments.some((f) => t.includes(f)),
  );
}

// ----------------------------------------------------------------- prompts

/** The command gets its answers from `yes` piped in (`yes | zypper install foo`). */
export function answeredByYes(found: FoundCommand): boolean {
  return pipelineOf(found.command).upstream.some((c) => c.kind === "simple" && c.name?.value !== undefined && /(^|\/)yes$/.test(c.name.value));
}

// -------------------------------------------------------------- rpm family

/** dnf/yum/microdnf subcommand aliases. */
const RPM_ALIASES: Readonly<Record<string, string>> = {
  in: "install",
  rei: "reinstall",
  rm: "remove",
  erase: "remove",
  up: "upgrade",
  update: "upgrade",
  "up-min": "upgrade-minimal",
  "update-minimal": "upgrade-minimal",
  dg: "downgrade",
  dsync: "distro-sync",
  "distribution-synchronization": "distro-sync",
  groups: "group",
  grp: "group",
  mc: "makecache",
  groupinstall: "group install",
  groupupdate: "group upgrade",
  groupremove: "group remove",
  localinstall: "install",
};

function rpmAlias(name: string): string {
  return Object.prototype.hasOwnProperty.call(RPM_ALIASES, name) ? RPM_ALIASES[name] : name;
}

/** What a yum/dnf/microdnf call does. */
export interface RpmAction {
  readonly call: PackageCommand;
  /** `install`, `upgrade`, `remove`, ... (canonical); `undefined` without a subcommand. */
  readonly action: string | undefined;
  /** The word that names the action (`install` in `group install`; `groupinstall`). */
  readonly actionWord: Word | undefined;
  /** What the operands are. */
  readonly kind: "package" | "group" | "module";
  /** The operands after the action. */
  readonly operands: readonly Word[];
}

/** Reads a yum/dnf/microdnf call. */
export function rpmAction(call: PackageCommand): RpmAction {
  const sub = call.parsed.subcommand;
  let name: string | undefined = call.parsed.subcommandName === undefined ? undefined : rpmAlias(call.parsed.subcommandName);
  let operands = call.parsed.operands;
  let actionWord = sub;
  let kind: RpmAction["kind"] = "package";
  if (name !== undefined && name.startsWith("group ")) {
    kind = "group";
    name = name.slice(6);
  } else if (name === "group" || name === "module") {
    kind = name;
    const first = operands[0];
    actionWord = first;
    name = first === undefined ? undefined : rpmAlias(wordShape(first));
    operands = operands.slice(1);
  }
  return { call, action: name, actionWord, kind, operands };
}

/** The action as written: `update`, `groupinstall`, `group install`, `module enable`. */
export function rpmActionText(a: RpmAction): string {
  const sub = a.call.parsed.subcommand;
  if (sub === undefined) return a.action ?? "";
  const word = a.actionWord;
  return word === undefined || word === sub ? wordShape(sub) : `${wordShape(sub)} ${wordShape(word)}`;
}

/** Actions that download packages (and so fill the cache). */
export const RPM_FETCHING: ReadonlySet<string> = new Set(["install", "reinstall", "upgrade", "upgrade-minimal", "downgrade", "distro-sync", "builddep", "swap"]);

/** Actions that ask for confirmation unless told not to. */
export const RPM_PROMPTING: ReadonlySet<string> = new Set([...RPM_FETCHING, "remove", "autoremove", "enable", "disable", "reset", "switch-to"]);

/** The call will not stop at a confirmation prompt (`-y`, `--assumeyes`, `--setopt=assumeyes=1`, `yes |`). */
export function rpmAssumesYes(call: PackageCommand): boolean {
  if (hasOption(call.parsed, "assumeyes", "assumeno")) return true;
  for (const o of call.parsed.options) {
    if (o.name === "setopt" && o.value !== undefined && /^assumeyes\s*=\s*(1|true|yes|on)$/i.test(wordShape(o.value))) return true;
  }
  return answeredByYes(call.found);
}

/** A version-like RPM segment: starts with a digit (an epoch `1:` included), only version characters. */
const VERSION_SEGMENT = /^[0-9][A-Za-z0-9.~^_:+*?]*$/;

/** What an RPM package word says about its version. */
export type RpmPin = "pinned" | "unpinned" | "not-judged" | { undefinedVariable: string };

const MARK = "\u0001";

/** The word's shape with each expansion replaced by `MARK name MARK` (`MARK MARK` for `$(...)`). */
function markedShape(parts: readonly WordPart[]): string {
  let out = "";
  for (const part of parts) {
    switch (part.kind) {
      case "literal":
      case "single-quoted":
      case "ansi-c-quoted":
        out += part.value;
        break;
      case "double-quoted":
        out += markedShape(part.parts);
        break;
      case "parameter":
        out += MARK + part.name + MARK;
        break;
      default:
        out += MARK + MARK;
    }
  }
  return out;
}

/**
 * Judges a yum/dnf package word. `name-version` and `name-version-release` pin (the last `-` segment,
 * or the last two, start with a digit: `java-11-openjdk` does not pin, `tomcat-9.0.1`,
 * `openssl-1:1.1.1k` and `git-core-2.51.0-2.fc42` do); `name = 1.2` style operators, `.rpm` files,
 * paths, URLs and `@group`s are fine. A version given as a variable (`git-${VERSION}`) pins when the
 * variable is defined at the instruction; a word that is only an expansion (`$PACKAGES`) is not judged.
 */
export function rpmPin(word: Word, defined: (name: string) => boolean): RpmPin {
  const shape = word.value ?? markedShape(word.parts);
  if (new RegExp(`^(${MARK}[^${MARK}]*${MARK})+$`).test(shape)) return "not-judged";
  if (/\.rpm$/.test(shape) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(shape) || /^[./~]/.test(shape) || shape.startsWith("@")) return "pinned";
  if (/[<>=]/.test(shape)) return "pinned";
  const segs = shape.split("-");
  if (word.value !== undefined) return rpmSegmentsPinned(segs) ? "pinned" : "unpinned";
  // an expansion stands for a version: judge the segments with it as a digit, then ask for its definition
  const asVersion = segs.map((s) => s.replace(new RegExp(`${MARK}[^${MARK}]*${MARK}`, "g"), "0"));
  if (!rpmSegmentsPinned(asVersion)) return "unpinned";
  const tail = segs.slice(1).slice(-2).join("-");
  const vars = [...tail.matchAll(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, "g"))].map((m) => m[1]).filter((v) => v !== "");
  const missing = vars.find((v) => !defined(v));
  return missing === undefined ? "pinned" : { undefinedVariable: missing };
}

function rpmSegmentsPinned(segs: readonly string[]): boolean {
  if (segs.length < 2) return false;
  const last = segs[segs.length - 1];
  if (VERSION_SEGMENT.test(last)) return true;
  // `name-version-release`: the release (`1.el8`) follows a version
  return segs.length >= 3 && VERSION_SEGMENT.test(segs[segs.length - 2]) && /^[0-9]/.test(last);
}

// ------------------------------------------------------------------- model

const models = new WeakMap<Dockerfile, SemanticModel>();

/** The semantic model of `ast`, built once. */
export function semanticModel(ast: Dockerfile): SemanticModel {
  let model = models.get(ast);
  if (model === undefined) {
    model = buildModel(ast);
    models.set(ast, model);
  }
  return model;
}

/** True when an ARG or ENV named `name` is visible at `instruction` (with a value or not). */
export function variableDefinedAt(ast: Dockerfile, instruction: Instruction, name: string): boolean {
  const b = semanticModel(ast).scopeAt(instruction).lookup(name);
  return b !== undefined && b.kind !== "predefined";
}

/** The static value of variable `name` at `instruction`, when known. */
export function variableValueAt(ast: Dockerfile, instruction: Instruction, name: string): string | undefined {
  return semanticModel(ast).scopeAt(instruction).lookup(name)?.value;
}
