/**
 * Python `pip` option spec.
 * @module
 */
import type { OptionSpec } from "../options.js";

const NONE: OptionSpec = {};

const GENERAL_LONG_VALUE = [
  "log",
  "log-file",
  "proxy",
  "retries",
  "timeout",
  "exists-action",
  "trusted-host",
  "cert",
  "client-cert",
  "cache-dir",
  "python",
  "use-feature",
  "use-deprecated",
  "keyring-provider",
  "progress-bar",
  "resume-retries",
];

const INDEX_LONG_VALUE = ["index-url", "extra-index-url", "find-links"];

const install: OptionSpec = {
  shortWithValue: "rceCtif",
  longWithValue: [
    "requirement",
    "constraint",
    "editable",
    "target",
    "platform",
    "python-version",
    "implementation",
    "abi",
    "root",
    "prefix",
    "src",
    "upgrade-strategy",
    "install-option",
    "global-option",
    "config-settings",
    "no-binary",
    "only-binary",
    "report",
    "root-user-action",
    "group",
    "build-constraint",
    ...INDEX_LONG_VALUE,
  ],
  aliases: {
    r: "requirement",
    c: "constraint",
    e: "editable",
    t: "target",
    U: "upgrade",
    I: "ignore-installed",
    i: "index-url",
    f: "find-links",
    C: "config-settings",
  },
};

/** Valid `pip` subcommands. */
export const PIP_SUBCOMMANDS: readonly string[] = [
  "install",
  "download",
  "uninstall",
  "freeze",
  "inspect",
  "list",
  "show",
  "check",
  "config",
  "search",
  "cache",
  "index",
  "wheel",
  "hash",
  "completion",
  "debug",
  "help",
  "lock",
];

/** `pip` / `pip3` / `python -m pip`. */
export const pipSpec: OptionSpec = {
  longWithValue: GENERAL_LONG_VALUE,
  aliases: { q: "quiet", v: "verbose", y: "yes" },
  subcommands: {
    ...Object.fromEntries(PIP_SUBCOMMANDS.map((n) => [n, NONE])),
    install,
    download: { ...install, shortWithValue: "rceCtifd", longWithValue: [...(install.longWithValue ?? []), "dest"] },
    wheel: { ...install, shortWithValue: "rceCtifw", longWithValue: [...(install.longWithValue ?? []), "wheel-dir"] },
    uninstall: { shortWithValue: "r", longWithValue: ["requirement"], aliases: { r: "requirement", y: "yes" } },
    lock: { ...install, shortWithValue: "rceCtifo", longWithValue: [...(install.longWithValue ?? []), "output"] },
  },
};
