/**
 * ARG/ENV scoping as BuildKit implements it (`dockerfile2llb/convert.go`):
 *
 * - The global scope (FROM lines, `--platform`, and the defaults of ARGs before the first FROM) holds
 *   BuildKit's predefined platform args ({@link FROM_PREDEFINED_ARGS}) and the global ARGs.
 * - A stage starts empty (plus `PATH`, which BuildKit always sets) or, when it is `FROM <earlier
 *   stage>`, with everything its parent had at its end: ENV *and* ARG, because BuildKit adds ARG
 *   values to the build state's environment, which the child stage starts from.
 * - Inside a stage, `ARG NAME` without a value imports the global value of `NAME` (a global ARG or a
 *   predefined platform arg); global ARGs are otherwise invisible.
 * - ENV pairs of one instruction are all expanded before any is set; ARG pairs are processed one by one.
 * - Proxy variables and `BUILDKIT_*` build args need no declaration but only reach RUN's environment
 *   or BuildKit itself, never word expansion ({@link RUN_ONLY_PREDEFINED_ARGS}).
 * @module
 */
import { UNKNOWN_VALUE, type EnvValue } from "./expand.js";
import type { Binding, Scope } from "./types.js";

/** Predefined args in the global scope (BuildKit's `defaultArgs`): usable in FROM without declaration. */
export const FROM_PREDEFINED_ARGS: readonly string[] = [
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDOSVERSION",
  "BUILDARCH",
  "BUILDVARIANT",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETOSVERSION",
  "TARGETARCH",
  "TARGETVARIANT",
  "TARGETSTAGE",
];

/** Proxy build args: passed to RUN's environment without an ARG, invisible to word expansion. */
export const PROXY_ARGS: readonly string[] = [
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy",
];

/** Build args BuildKit itself consumes; declaring them is not needed and they do not expand. */
export const BUILDKIT_ARGS: readonly string[] = [
  "BUILDKIT_CACHE_MOUNT_NS",
  "BUILDKIT_CONTEXT_KEEP_GIT_DIR",
  "BUILDKIT_DOCKERFILE_CHECK",
  "BUILDKIT_INLINE_CACHE",
  "BUILDKIT_MULTI_PLATFORM",
  "BUILDKIT_SANDBOX_HOSTNAME",
  "BUILDKIT_SBOM_SCAN_CONTEXT",
  "BUILDKIT_SBOM_SCAN_STAGE",
  "BUILDKIT_SYNTAX",
  "SOURCE_DATE_EPOCH",
];

/** Every predefined name that needs no declaration inside a stage but does not expand there. */
export const RUN_ONLY_PREDEFINED_ARGS: readonly string[] = [...PROXY_ARGS, ...BUILDKIT_ARGS];

/** Args BuildKit never reports as undefined and never puts in the environment (`nonEnvArgs`). */
export const NON_ENV_ARGS: ReadonlySet<string> = new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);

/** BuildKit's default `PATH` for Linux images that do not set one (`system.DefaultPathEnv`). */
export const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** A predefined binding. */
export function predefinedBinding(name: string, value: string | undefined, expands: boolean): Binding {
  return { name, kind: "predefined", value, hasValue: true, expands, stageIndex: null, inherited: false, importsGlobal: false };
}

/**
 * An immutable scope: `vars` is BuildKit's environment (insertion order is its key order),
 * `declared` holds names visible without a value (ARGs without default, run-only predefined args).
 */
export class MapScope implements Scope {
  /** @param unknownFallback Names nothing defines are "set to an unknown value" (the base image may define them). */
  constructor(
    private readonly vars: ReadonlyMap<string, Binding>,
    private readonly declared: ReadonlyMap<string, Binding> = new Map(),
    private readonly unknownFallback = false,
  ) {}

  /** The binding of `name`: the environment first, then names visible without a value. */
  lookup(name: string): Binding | undefined {
    return this.vars.get(name) ?? this.declared.get(name);
  }

  /** Environment bindings in BuildKit's order, then the ones visible without a value. */
  bindings(): Binding[] {
    const out = [...this.vars.values()];
    for (const [name, b] of this.declared) if (!this.vars.has(name)) out.push(b);
    return out;
  }

  /** Names in BuildKit's expansion environment, in its order (the "did you mean" candidates). */
  envNames(): string[] {
    const out: string[] = [];
    for (const b of this.vars.values()) if (b.expands && b.hasValue) out.push(b.name);
    return out;
  }

  /** The expansion environment: values, {@link UNKNOWN_VALUE} for unknown ones, `undefined` when unset. */
  readonly env = (name: string): EnvValue => {
    const b = this.vars.get(name);
    if (b && b.expands && b.hasValue) return b.value ?? UNKNOWN_VALUE;
    if (b || this.declared.has(name)) return undefined;
    return this.unknownFallback ? UNKNOWN_VALUE : undefined;
  };

  /** A copy with `binding` set (moved to the end of the order, as BuildKit's env list does). */
  with(binding: Binding): MapScope {
    const vars = new Map(this.vars);
    vars.delete(binding.name);
    vars.set(binding.name, binding);
    return new MapScope(vars, this.declared, this.unknownFallback);
  }

  /** A copy where `binding` is visible without being in the environment. */
  withDeclared(binding: Binding): MapScope {
    const declared = new Map(this.declared);
    declared.set(binding.name, binding);
    return new MapScope(this.vars, declared, this.unknownFallback);
  }

  /** The environment and declarations, for a child stage (bindings marked inherited). */
  inherit(unknownFallback: boolean): MapScope {
    const mark = (m: ReadonlyMap<string, Binding>): Map<string, Binding> =>
      new Map([...m].map(([k, b]) => [k, b.kind === "predefined" ? b : { ...b, inherited: true }]));
    return new MapScope(mark(this.vars), mark(this.declared), unknownFallback);
  }
}
