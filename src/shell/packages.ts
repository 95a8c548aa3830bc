/**
 * Package operands of install commands (apt, apk, yum/dnf/microdnf, zypper,
 * pip, npm/yarn/pnpm, gem, go).
 *
 * @module
 */
import type { CommandView } from "./commands.js";
import { parseOptions, type ParsedOptions } from "./options.js";
import { canonicalToolName, TOOL_SPECS, type ToolName } from "./tools/index.js";
import type { Word } from "./types.js";
import { wordShape } from "./words.js";

/** Where a package comes from. */
export type PackageSource = "registry" | "path" | "url" | "vcs" | "group";

/** A package operand. */
export interface PackageArg {
  /** The word naming the package. */
  readonly word: Word;
  /** Package name (for paths/URLs: the operand text). Based on the word shape when dynamic. */
  readonly name: string;
  /** Version or range, when given (`1.2*`, `^1`, `1.0`). */
  readonly version: string | undefined;
  /**
   * How the version is attached: `=` (apt, apk, zypper), `==`/`>=`/`~=`/...
   * (pip, apk, zypper), `@` (npm, go), `:` (gem `foo:1.2`), `-v` (gem `-v`
   * option), `-` (rpm `name-version`).
   */
  readonly versionOperator: string | undefined;
  /** Full version specifier for multi-clause pip specs (`>=1,<2`). */
  readonly specifier: string | undefined;
  /** Extras of pip requirements (`foo[bar,baz]` → `["bar", "baz"]`). */
  readonly extras: readonly string[] | undefined;
  /** apt target release (`foo/bookworm-backports`) or apk repository tag (`foo@edge`). */
  readonly qualifier: string | undefined;
  readonly source: PackageSource;
  /** pip `-e` operand. */
  readonly editable: boolean;
  /** The word contains expansions. */
  readonly dynamic: boolean;
}

interface Parts {
  name: string;
  version?: string;
  versionOperator?: string;
  specifier?: string;
  extras?: string[];
  qualifier?: string;
  source?: PackageSource;
}

function make(word: Word, p: Parts, editable = false): PackageArg {
  return {
    word,
    name: p.name,
    version: p.version,
    versionOperator: p.versionOperator,
    specifier: p.specifier,
    extras: p.extras,
    qualifier: p.qualifier,
    source: p.source ?? "registry",
    editable,
    dynamic: word.dynamic,
  };
}

const URL_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

function looksLikePath(s: string): boolean {
  return s.startsWith("./") || s.startsWith("../") || s.startsWith("/") || s.startsWith("~/") || s === "." || s === "..";
}

// ----------------------------------------------------------------- parsers

function parseApt(s: string): Parts {
  if (URL_RE.test(s)) return { name: s, source: "url" };
  if (looksLikePath(s) || s.endsWith(".deb")) return { name: s, source: "path" };
  const m = /^([^=/]+)(?:=(.*)|\/(.*))?$/.exec(s);
  if (m === null) return { name: s };
  if (m[2] !== undefined) return { name: m[1], version: m[2], versionOperator: "=" };
  if (m[3] !== undefined) return { name: m[1], qualifier: m[3] };
  return { name: m[1] };
}

function parseApk(s: string): Parts {
  if (URL_RE.test(s)) return { name: s, source: "url" };
  if (looksLikePath(s) || s.endsWith(".apk")) return { name: s, source: "path" };
  let rest = s;
  let qualifier: string | undefined;
  const at = /@([A-Za-z0-9._-]+)$/.exec(rest);
  if (at !== null && at.index > 0) {
    qualifier = at[1];
    rest = rest.slice(0, at.index);
  }
  const m = /^([^=<>~@]+?)(@[A-Za-z0-9._-]+)?(~=|=~|>=|<=|><|=|<|>|~)(.*)$/.exec(rest);
  if (m === null) {
    const tag = /^([^@]+)@(.+)$/.exec(rest);
    if (tag !== null) return { name: tag[1], qualifier: qualifier ?? tag[2] };
    return { name: rest, qualifier };
  }
  return { name: m[1], qualifier: qualifier ?? m[2]?.slice(1), version: m[4], versionOperator: m[3] };
}

/** `name-version[-release]` heuristics for RPM names; versions must start with a digit (or epoch). */
function parseRpm(s: string): Parts {
  if (URL_RE.test(s)) return { name: s, source: "url" };
  if (looksLikePath(s) || s.endsWith(".rpm")) return { name: s, source: "path" };
  if (s.startsWith("@")) return { name: s.slice(1), source: "group" };
  const op = /^(.+?)\s*(>=|<=|=|<|>)\s*(.+)$/.exec(s);
  if (op !== null) return { name: op[1], version: op[3], versionOperator: op[2] };
  const segs = s.split("-");
  for (let k = 1; k < segs.length && segs.length - k <= 2; k++) {
    if (segs.slice(k).every((x) => /^[0-9]/.test(x))) {
      return { name: segs.slice(0, k).join("-"), version: segs.slice(k).join("-"), versionOperator: "-" };
    }
  }
  return { name: s };
}

const PIP_REQ_RE = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s;
const PIP_OP_RE = /^(===|==|~=|!=|<=|>=|<|>)\s*([^,;\s]*)/;

function parsePip(s: string): Parts {
  if (/^(git|hg|svn|bzr)\+/.test(s)) {
    const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(s);
    return { name: egg?.[1] ?? s, source: "vcs" };
  }
  if (URL_RE.test(s)) return { name: s, source: "url" };
  if (looksLikePath(s) || /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(s) || s.includes("/")) return { name: s, source: "path" };
  const m = PIP_REQ_RE.exec(s);
  if (m === null) return { name: s };
  const extras = m[2]?.split(",").map((x) => x.trim()).filter((x) => x !== "");
  let rest = m[3].trim();
  const semi = rest.indexOf(";");
  if (semi >= 0) rest = rest.slice(0, semi).trim();
  if (rest.startsWith("@")) return { name: m[1], extras, source: "url", qualifier: rest.slice(1).trim() };
  if (rest === "") return { name: m[1], extras };
  const op = PIP_OP_RE.exec(rest);
  if (op === null) return { name: m[1], extras, specifier: rest };
  return { name: m[1], extras, version: op[2], versionOperator: op[1], specifier: rest };
}

function parseNpm(s: string): Parts {
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(s)) return { name: s, source: "vcs" };
  if (URL_RE.test(s)) return { name: s, source: /\.git(#.*)?$/.test(s) ? "vcs" : "url" };
  if (s.startsWith("file:") || looksLikePath(s) || /\.(tgz|tar\.gz|tar)$/.test(s)) return { name: s, source: "path" };
  const m = /^(@[^/@\s]+\/[^@\s]+|[^@\s]+)(?:@(.*))?$/.exec(s);
  if (m === null) return { name: s };
  if (m[2] === undefined && /^[^@/\s]+\/[^/\s]+$/.test(m[1])) return { name: s, source: "vcs" }; // user/repo
  if (m[2] === undefined) return { name: m[1] };
  return { name: m[1], version: m[2], versionOperator: "@" };
}

function parseGem(s: string): Parts {
  if (looksLikePath(s) || s.endsWith(".gem")) return { name: s, source: "path" };
  const m = /^([^:\s]+):(.+)$/.exec(s);
  if (m === null) return { name: s };
  return { name: m[1], version: m[2], versionOperator: ":" };
}

function parseGo(s: string): Parts {
  if (looksLikePath(s)) return { name: s, source: "path" };
  const at = s.lastIndexOf("@");
  if (at <= 0) return { name: s };
  return { name: s.slice(0, at), version: s.slice(at + 1), versionOperator: "@" };
}

// ------------------------------------------------------------------ driver

function operandPackages(operands: readonly Word[], parse: (s: string) => Parts): PackageArg[] {
  return operands.map((w) => make(w, parse(wordShape(w))));
}

function installLike(tool: ToolName, parsed: ParsedOptions): boolean {
  const sub = parsed.subcommandName;
  const path = parsed.subcommandPath;
  switch (tool) {
    case "apt-get":
    case "apt":
      return sub === "install" || sub === "reinstall";
    case "apk":
      return sub === "add";
    case "yum":
    case "dnf":
    case "microdnf":
      return sub === "install" || sub === "reinstall" || sub === "localinstall";
    case "zypper":
      return sub === "install";
    case "pip":
      return sub === "install";
    case "npm":
      return sub === "install" || sub === "ci";
    case "yarn":
      return sub === "add" || (sub === "global" && path[1] === "add");
    case "pnpm":
      return sub === "add" || sub === "install";
    case "gem":
      return sub === "install";
    case "go":
      return sub === "install" || sub === "get";
    default:
      return false;
  }
}

/**
 * Package operands of an install command (`apt-get install`, `apk add`,
 * `yum/dnf/microdnf install`, `zypper install|in`, `pip install`,
 * `npm install|i|add|ci`, `yarn add`, `yarn global add`, `pnpm add`,
 * `gem install`, `go install|get`). Returns `undefined` when the view is not
 * such a command. Option values (`-r req.txt`, `--virtual .deps`, `-o X`) are
 * never packages; pip `-e PATH` values are included with `editable: true`.
 */
export function packageArgs(view: CommandView): PackageArg[] | undefined {
  const tool = canonicalToolName(view.name);
  if (tool === undefined) return undefined;
  const parsed = parseOptions(view.args, TOOL_SPECS[tool]);
  if (!installLike(tool, parsed)) return undefined;
  const operands = parsed.operands;
  switch (tool) {
    case "apt-get":
    case "apt":
      return operandPackages(operands, parseApt);
    case "apk":
      return operandPackages(operands, parseApk);
    case "yum":
    case "dnf":
    case "microdnf":
    case "zypper":
      return operandPackages(operands, parseRpm);
    case "pip": {
      const out: PackageArg[] = [];
      const editables = parsed.options.filter((o) => o.canonical === "editable" && o.value !== undefined);
      const all: { word: Word; editable: boolean }[] = [
        ...operands.map((word) => ({ word, editable: false })),
        ...editables.map((o) => ({ word: o.value as Word, editable: true })),
      ].sort((a, b) => a.word.start - b.word.start);
      for (const { word, editable } of all) out.push(make(word, parsePip(wordShape(word)), editable));
      return out;
    }
    case "npm":
    case "yarn":
    case "pnpm":
      return operandPackages(operands, parseNpm);
    case "gem":
      return gemPackages(operands, parsed);
    case "go":
      return operandPackages(operands, parseGo);
    default:
      return undefined;
  }
}

/** gem: `foo:1.2`, and `-v VER` / `--version VER` applying to the gem before it (or the first gem after it). */
function gemPackages(operands: readonly Word[], parsed: ParsedOptions): PackageArg[] {
  const result = operandPackages(operands, parseGem);
  for (const o of parsed.options) {
    if (o.canonical !== "version" || o.value === undefined) continue;
    let target = -1;
    for (let k = 0; k < result.length; k++) if (result[k].word.start < o.word.start) target = k;
    if (target < 0 && result.length > 0) target = 0;
    if (target < 0) continue;
    const raw = wordShape(o.value).trim();
    const m = /^(~>|>=|<=|!=|=|>|<)\s*(.*)$/.exec(raw);
    result[target] = {
      ...result[target],
      version: m !== null ? m[2] : raw,
      versionOperator: "-v",
      specifier: raw,
    };
  }
  return result;
}
