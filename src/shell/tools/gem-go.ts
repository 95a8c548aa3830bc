/**
 * Ruby `gem` and Go `go` option specs.
 * @module
 */
import type { OptionSpec } from "../options.js";

const NONE: OptionSpec = {};

/** Valid `gem` subcommands. */
export const GEM_SUBCOMMANDS: readonly string[] = [
  "build",
  "cert",
  "check",
  "cleanup",
  "contents",
  "dependency",
  "environment",
  "exec",
  "fetch",
  "generate_index",
  "help",
  "info",
  "install",
  "list",
  "lock",
  "mirror",
  "open",
  "outdated",
  "owner",
  "pristine",
  "push",
  "query",
  "rdoc",
  "rebuild",
  "search",
  "server",
  "signin",
  "signout",
  "sources",
  "specification",
  "stale",
  "uninstall",
  "unpack",
  "update",
  "which",
  "yank",
];

const gemInstall: OptionSpec = {
  shortWithValue: "vinspgP",
  longWithValue: ["version", "install-dir", "bindir", "source", "http-proxy", "platform", "file", "gem", "build-root", "trust-policy", "document", "config-file", "target-rbconfig"],
  aliases: { v: "version", i: "install-dir", n: "bindir", s: "source", p: "http-proxy", g: "file", P: "trust-policy", N: "no-document", f: "force", E: "env-shebang", q: "quiet", V: "verbose" },
};

/** `gem`. */
export const gemSpec: OptionSpec = {
  subcommandAliases: { i: "install" },
  subcommands: {
    ...Object.fromEntries(GEM_SUBCOMMANDS.map((n) => [n, NONE])),
    install: gemInstall,
    update: gemInstall,
    uninstall: { shortWithValue: "vinx", longWithValue: ["version", "install-dir", "bindir", "platform"], aliases: { v: "version" } },
    sources: { shortWithValue: "ar", longWithValue: ["add", "remove"], aliases: { a: "add", r: "remove" } },
  },
};

/** Valid `go` subcommands. */
export const GO_SUBCOMMANDS: readonly string[] = [
  "bug",
  "build",
  "clean",
  "doc",
  "env",
  "fix",
  "fmt",
  "generate",
  "get",
  "install",
  "list",
  "mod",
  "work",
  "run",
  "telemetry",
  "test",
  "tool",
  "version",
  "vet",
  "help",
];

/** `go` (flags are single-dash long options). */
export const goSpec: OptionSpec = {
  singleDashLong: true,
  longWithValue: [
    "o",
    "p",
    "C",
    "tags",
    "ldflags",
    "gcflags",
    "asmflags",
    "gccgoflags",
    "mod",
    "modfile",
    "overlay",
    "pkgdir",
    "toolexec",
    "buildmode",
    "compiler",
    "installsuffix",
    "pgo",
    "covermode",
    "coverpkg",
    "exec",
    "run",
    "bench",
    "count",
    "timeout",
    "cpu",
    "parallel",
    "f",
  ],
  subcommands: Object.fromEntries(GO_SUBCOMMANDS.map((n) => [n, NONE])),
};
