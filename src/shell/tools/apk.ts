/**
 * Alpine `apk` option spec.
 * @module
 */
import type { OptionSpec } from "../options.js";

const NONE: OptionSpec = {};

/** Valid `apk` subcommands (apk-tools 2 and 3). */
export const APK_SUBCOMMANDS: readonly string[] = [
  "add",
  "del",
  "fix",
  "update",
  "upgrade",
  "cache",
  "info",
  "list",
  "dot",
  "policy",
  "search",
  "index",
  "fetch",
  "manifest",
  "verify",
  "audit",
  "stats",
  "version",
  "mkndx",
  "mkpkg",
  "query",
  "extract",
  "convdb",
  "convndx",
  "adbdump",
  "adbgen",
  "adbsign",
];

/** `apk`. */
export const apkSpec: OptionSpec = {
  shortWithValue: "XptVp",
  longWithValue: [
    "repository",
    "virtual",
    "root",
    "arch",
    "cache-dir",
    "cache-max-age",
    "keys-dir",
    "repositories-file",
    "wait",
    "timeout",
    "progress-fd",
    "interactive",
    "from",
    "repository-config",
    "cache-packages",
  ],
  aliases: {
    X: "repository",
    t: "virtual",
    p: "root",
    U: "update-cache",
    u: "upgrade",
    q: "quiet",
    v: "verbose",
    i: "interactive",
    l: "latest",
    s: "simulate",
    f: "force",
  },
  subcommands: Object.fromEntries(APK_SUBCOMMANDS.map((n) => [n, NONE])),
};
