/**
 * Debian `apt-get` and `apt` option specs.
 * @module
 */
import type { OptionSpec } from "../options.js";

const APT_COMMON_ALIASES: Readonly<Record<string, string>> = {
  y: "yes",
  "assume-yes": "yes",
  q: "quiet",
  s: "simulate",
  "just-print": "simulate",
  "dry-run": "simulate",
  recon: "simulate",
  "no-act": "simulate",
  d: "download-only",
  f: "fix-broken",
  m: "fix-missing",
  "ignore-missing": "fix-missing",
  u: "show-upgraded",
  V: "verbose-versions",
  b: "compile",
  build: "compile",
  o: "option",
  c: "config-file",
  t: "target-release",
  "default-release": "target-release",
  a: "host-architecture",
  P: "build-profiles",
  "autoremove": "auto-remove",
  "no-install-recommends": "no-install-recommends",
};

const APT_VALUE_LONG = [
  "option",
  "config-file",
  "target-release",
  "default-release",
  "host-architecture",
  "build-profiles",
  "solver",
  "planner",
  "snapshot",
] as const;

const NONE: OptionSpec = {};

/** Valid `apt-get` subcommands (apt 1.x–3.x). */
export const APT_GET_SUBCOMMANDS: readonly string[] = [
  "update",
  "upgrade",
  "dselect-upgrade",
  "dist-upgrade",
  "full-upgrade",
  "install",
  "reinstall",
  "remove",
  "purge",
  "source",
  "build-dep",
  "satisfy",
  "check",
  "download",
  "clean",
  "autoclean",
  "auto-clean",
  "distclean",
  "dist-clean",
  "autoremove",
  "auto-remove",
  "autopurge",
  "changelog",
  "indextargets",
  "markauto",
  "unmarkauto",
  "moo",
  "help",
];

/** Valid `apt` subcommands. */
export const APT_SUBCOMMANDS: readonly string[] = [
  "list",
  "search",
  "show",
  "showsrc",
  "install",
  "reinstall",
  "remove",
  "purge",
  "autoremove",
  "auto-remove",
  "autopurge",
  "update",
  "upgrade",
  "full-upgrade",
  "dist-upgrade",
  "edit-sources",
  "satisfy",
  "depends",
  "rdepends",
  "policy",
  "source",
  "build-dep",
  "changelog",
  "download",
  "clean",
  "autoclean",
  "auto-clean",
  "distclean",
  "dist-clean",
  "moo",
  "help",
  "modernize-sources",
  "why",
  "why-not",
  "history-list",
  "history-info",
  "history-undo",
  "history-redo",
  "history-rollback",
];

function subcommandMap(names: readonly string[]): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = {};
  for (const n of names) out[n] = NONE;
  return out;
}

/** `apt-get`. */
export const aptGetSpec: OptionSpec = {
  shortWithValue: "octaP",
  longWithValue: APT_VALUE_LONG,
  aliases: APT_COMMON_ALIASES,
  subcommands: subcommandMap(APT_GET_SUBCOMMANDS),
};

/** `apt`. */
export const aptSpec: OptionSpec = {
  shortWithValue: "octaP",
  longWithValue: APT_VALUE_LONG,
  aliases: APT_COMMON_ALIASES,
  subcommands: subcommandMap(APT_SUBCOMMANDS),
};

/** Subcommands of apt/apt-get whose operands are packages to install. */
export const APT_INSTALL_SUBCOMMANDS: readonly string[] = ["install", "reinstall"];
