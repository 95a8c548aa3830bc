/**
 * Helpers shared by the rules that mirror BuildKit's build checks: the semantic model (cached per AST),
 * containerd's platform parsing, distribution/reference's image name validation and the FROM-line
 * expansion BuildKit's checks use.
 */
import type { Dockerfile, FromInstruction } from "../../src/ast/types.js";
import { buildModel, expandWord, FROM_PREDEFINED_ARGS, UNKNOWN_VALUE, type ExpandResult, type SemanticModel } from "../../src/model/index.js";

const models = new WeakMap<Dockerfile, SemanticModel>();

/** The semantic model of `ast` (built once per AST, shared by every rule). */
export function modelOf(ast: Dockerfile): SemanticModel {
  let model = models.get(ast);
  if (!model) {
    model = buildModel(ast);
    models.set(ast, model);
  }
  return model;
}

/** A stand-in value for a predefined platform arg whose real value depends on the build. */
export function predefinedPlaceholder(name: string): string {
  return `\u0000${name}\u0000`;
}

/**
 * Expands a word of a FROM line (image or `--platform`) with the global ARG defaults, as BuildKit's
 * checks do: an ARG without a default expands to nothing, a predefined platform arg to a placeholder
 * ({@link predefinedPlaceholder}), since its value depends on the build.
 */
export function expandFromWord(ast: Dockerfile, from: FromInstruction, text: string): ExpandResult {
  const scope = modelOf(ast).scopeAt(from);
  const predefined = new Set(FROM_PREDEFINED_ARGS);
  return expandWord(
    text,
    (name) => {
      const value = scope.env(name);
      if (value === UNKNOWN_VALUE && predefined.has(name)) {
        const binding = scope.lookup(name);
        if (!binding || binding.kind === "predefined") return predefinedPlaceholder(name);
      }
      return value;
    },
    { escape: ast.escapeChar, unsetAsEmpty: true },
  );
}

/** An OCI platform as containerd's `platforms.Parse` returns it. */
export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

const KNOWN_OS = new Set("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos".split(" "));
const KNOWN_ARCH = new Set(
  ("386 amd64 amd64p32 arm armbe arm64 arm64be ppc64 ppc64le loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le " +
    "ppc riscv riscv64 s390 s390x sparc sparc64 wasm").split(" "),
);
const OS_PART = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.%-]*)((?:\+[A-Za-z0-9_.%-]+)*)\))?$/;
const SPECIFIER_PART = /^[A-Za-z0-9_.-]+$/;

function normalizeOS(os: string): string {
  const lower = os.toLowerCase();
  return lower === "macos" ? "darwin" : lower;
}

function normalizeArch(arch: string, variant: string): [string, string] {
  let a = arch.toLowerCase();
  let v = variant.toLowerCase();
  switch (a) {
    case "i386":
      a = "386";
      v = "";
      break;
    case "x86_64":
    case "x86-64":
    case "amd64":
      a = "amd64";
      if (v === "v1") v = "";
      break;
    case "aarch64":
    case "arm64":
      a = "arm64";
      if (v === "8" || v === "v8" || v === "v8.0") v = "";
      else if (v === "9" || v === "9.0" || v === "v9.0") v = "v9";
      break;
    case "armhf":
      a = "arm";
      v = "v7";
      break;
    case "armel":
      a = "arm";
      v = "v6";
      break;
    case "arm":
      if (v === "" || v === "7") v = "v7";
      else if (v === "5" || v === "6" || v === "8") v = "v" + v;
      break;
  }
  return [a, v];
}

/**
 * containerd's `platforms.Parse` (`os[/arch[/variant]]`), or `null` when BuildKit would reject the
 * specifier. A lone OS gets the architecture of the machine running the build, taken to be `amd64`.
 */
export function parsePlatform(specifier: string): Platform | null {
  if (specifier.includes("*")) return null;
  const parts = specifier.split("/");
  if (parts.length > 3) return null;
  const osMatch = OS_PART.exec(parts[0]);
  if (!osMatch) return null;
  for (const part of parts.slice(1)) if (!SPECIFIER_PART.test(part)) return null;
  const os = normalizeOS(osMatch[1]);
  if (parts.length === 1) {
    if (KNOWN_OS.has(os)) return { os, architecture: "amd64", variant: "" };
    const [architecture, variant] = normalizeArch(parts[0], "");
    if (KNOWN_ARCH.has(architecture)) return { os: "linux", architecture, variant: architecture === "arm" && variant === "v7" ? "" : variant };
    return null;
  }
  const [architecture, variant] = normalizeArch(parts[1], parts[2] ?? "");
  return { os, architecture, variant };
}

// distribution/reference's grammar.
const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const host = `(?:${domainNameComponent}(?:\\.${domainNameComponent})*|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
const referenceRegexp = new RegExp(`^((?:${domainAndPort}/)?${remoteName})(?::(${tag}))?(?:@(${digest}))?$`);
const anchoredName = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const identifier = /^[a-f0-9]{64}$/;
const DIGEST_SIZES: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** distribution/reference's `splitDockerDomain`. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf("/");
  if (slash < 0) return ["docker.io", "library/" + name];
  const maybeDomain = name.slice(0, slash);
  let domain: string;
  let remote: string;
  if (maybeDomain === "localhost" || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
    [domain, remote] = [maybeDomain, name.slice(slash + 1)];
  } else if (maybeDomain === "index.docker.io") {
    [domain, remote] = ["docker.io", name.slice(slash + 1)];
  } else {
    [domain, remote] = ["docker.io", name];
  }
  if (domain === "docker.io" && !remote.includes("/")) remote = "library/" + remote;
  return [domain, remote];
}

/**
 * Why distribution/reference's `ParseNormalizedNamed` rejects `name` (the check BuildKit runs on every
 * base image name), or `null` when it is a valid image reference.
 */
export function invalidImageName(name: string): string | null {
  if (identifier.test(name)) return "a 64-character hexadecimal string is not a repository name";
  const [domain, remainder] = splitDockerDomain(name);
  const colon = remainder.indexOf(":");
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return "repository name must be lowercase";
  const full = domain + "/" + remainder;
  const m = referenceRegexp.exec(full);
  if (!m) return name === "" ? "repository name must have at least one component" : "invalid reference format";
  const nameMatch = anchoredName.exec(m[1]);
  const repoPath = nameMatch ? nameMatch[2] : m[1];
  if (repoPath.length > 255) return "repository name must not be more than 255 characters";
  if (m[3] !== undefined) {
    const [algorithm, hex] = m[3].split(":");
    const size = DIGEST_SIZES[algorithm];
    if (size === undefined) return `unsupported digest algorithm ${algorithm}`;
    if (hex.length !== size || !/^[a-f0-9]+$/.test(hex)) return "invalid digest";
  }
  return null;
}
