/**
 * RPM-family package managers: `yum`, `dnf`, `microdnf`, `tdnf`, `zypper`.
 * @module
 */
import type { OptionSpec } from "../options.js";

const NONE: OptionSpec = {};

/** Valid `yum`/`dnf` subcommands (core, without plugins' extras beyond the common ones). */
export const YUM_SUBCOMMANDS: readonly string[] = [
  "install",
  "localinstall",
  "reinstall",
  "remove",
  "erase",
  "autoremove",
  "update",
  "upgrade",
  "update-minimal",
  "upgrade-minimal",
  "check-update",
  "check-upgrade",
  "downgrade",
  "distro-sync",
  "distribution-synchronization",
  "swap",
  "group",
  "groups",
  "groupinstall",
  "groupupdate",
  "groupremove",
  "groupinfo",
  "grouplist",
  "module",
  "list",
  "info",
  "search",
  "provides",
  "whatprovides",
  "repolist",
  "repoinfo",
  "repoquery",
  "repository-packages",
  "clean",
  "makecache",
  "history",
  "mark",
  "alias",
  "check",
  "deplist",
  "shell",
  "updateinfo",
  "upgrade-to",
  "builddep",
  "config-manager",
  "copr",
  "download",
  "debuginfo-install",
  "versionlock",
  "needs-restarting",
  "system-upgrade",
  "offline",
  "advisory",
  "environment",
  "replay",
  "leaves",
  "reposync",
  "help",
];

const YUM_VALUE_LONG = [
  "config",
  "debuglevel",
  "errorlevel",
  "installroot",
  "enablerepo",
  "disablerepo",
  "repo",
  "repoid",
  "exclude",
  "excludepkgs",
  "releasever",
  "setopt",
  "forcearch",
  "downloaddir",
  "destdir",
  "color",
  "rpmverbosity",
  "advisory",
  "advisories",
  "bz",
  "cve",
  "sec-severity",
  "secseverity",
  "comment",
  "disableplugin",
  "enableplugin",
  "repofrompath",
  "noautoremove",
  "use-host-config",
  "from-repo",
];

/** `yum` / `dnf`. */
export const yumSpec: OptionSpec = {
  shortWithValue: "cdexR",
  longWithValue: YUM_VALUE_LONG,
  aliases: { y: "assumeyes", yes: "assumeyes", q: "quiet", v: "verbose", c: "config", x: "exclude", C: "cacheonly", b: "best" },
  subcommands: Object.fromEntries(YUM_SUBCOMMANDS.map((n) => [n, NONE])),
};

/** `microdnf`. */
export const microdnfSpec: OptionSpec = {
  longWithValue: ["config", "installroot", "enablerepo", "disablerepo", "releasever", "setopt", "setopt", "exclude", "disableplugin", "enableplugin"],
  aliases: { y: "assumeyes" },
  subcommands: Object.fromEntries(
    ["install", "remove", "reinstall", "update", "upgrade", "clean", "makecache", "download", "repolist", "repoquery", "module", "distro-sync", "leaves", "help"].map(
      (n) => [n, NONE],
    ),
  ),
};

/** `zypper` subcommands with their aliases. */
export const ZYPPER_ALIASES: Readonly<Record<string, string>> = {
  in: "install",
  rm: "remove",
  up: "update",
  ref: "refresh",
  dup: "dist-upgrade",
  lu: "list-updates",
  lp: "list-patches",
  se: "search",
  if: "info",
  ar: "addrepo",
  rr: "removerepo",
  lr: "repos",
  mr: "modifyrepo",
  nr: "renamerepo",
  cc: "clean",
  refs: "refresh-services",
  as: "addservice",
  ls: "services",
  ms: "modifyservice",
  rs: "removeservice",
  si: "source-install",
  ve: "verify",
  inr: "install-new-recommends",
  pchk: "patch-check",
  pch: "patches",
  pa: "packages",
  pt: "patterns",
  pd: "products",
  wp: "what-provides",
  ll: "locks",
  al: "addlock",
  rl: "removelock",
  cl: "cleanlocks",
  vcmp: "versioncmp",
  tos: "targetos",
  sh: "shell",
  lic: "licenses",
  sp: "search-packages",
};

const ZYPPER_SUBCOMMANDS: readonly string[] = [
  ...new Set(Object.values(ZYPPER_ALIASES)),
  "patch",
  "ps",
  "download",
  "purge-kernels",
  "needs-rebooting",
  "system-architecture",
  "source-download",
  "help",
  "patch-info",
  "pattern-info",
  "product-info",
  "info",
  "removeptf",
];

const zypperInstall: OptionSpec = {
  shortWithValue: "rtC",
  longWithValue: ["repo", "type", "from", "download", "capability"],
  aliases: { n: "non-interactive", y: "no-confirm", l: "auto-agree-with-licenses", f: "force", d: "download-only", D: "dry-run" },
};

/** `zypper`. */
export const zypperSpec: OptionSpec = {
  shortWithValue: "RcDCp",
  longWithValue: ["root", "config", "reposd-dir", "cache-dir", "raw-cache-dir", "solv-cache-dir", "pkg-cache-dir", "userdata", "plus-repo", "plus-content", "installroot"],
  aliases: { n: "non-interactive", q: "quiet", v: "verbose", x: "xmlout" },
  subcommandAliases: ZYPPER_ALIASES,
  subcommands: Object.fromEntries(
    ZYPPER_SUBCOMMANDS.map((n) => [n, n === "install" || n === "remove" || n === "update" || n === "dist-upgrade" || n === "patch" ? zypperInstall : NONE]),
  ),
};
