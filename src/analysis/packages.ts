/**
 * Package managers as the rules see them: each tool's subcommands and the options that take a value,
 * so `apt-get -o X=1 -y install curl` reads as subcommand `install`, operand `curl`.
 * (Here until `src/shell/commands.ts`, planned to hold the package-manager specs, exists.)
 * @module
 */
import { parseOptions, type OptionSpec, type ParsedOptions } from "../shell/options.js";
import type { Word } from "../shell/types.js";
import { wordShape } from "../shell/words.js";
import type { FoundCommand } from "./shell.js";

export type PackageTool = "apt-get" | "apt" | "apk" | "yum" | "dnf" | "microdnf" | "zypper" | "pip" | "gem";

function subs(names: string, extra: Record<string, OptionSpec> = {}): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = {};
  for (const n of names.split(/\s+/)) if (n) out[n] = {};
  return { ...out, ...extra };
}

const APT_SHARED: OptionSpec = {
  shortWithValue: "octaP",
  longWithValue: ["option", "config-file", "target-release", "default-release", "host-architecture", "build-profiles", "solver"],
  aliases: { y: "yes", "assume-yes": "yes" },
};

const SPECS: Readonly<Record<PackageTool, OptionSpec>> = {
  "apt-get": {
    ...APT_SHARED,
    subcommands: subs(
      "update upgrade install reinstall remove purge autoremove autopurge dist-upgrade dselect-upgrade build-dep satisfy check download clean autoclean source changelog indextargets moo help",
    ),
  },
  apt: {
    ...APT_SHARED,
    subcommands: subs(
      "list search show showsrc install reinstall remove purge autoremove autopurge update upgrade full-upgrade dist-upgrade edit-sources satisfy policy depends rdepends download changelog source build-dep clean autoclean distclean moo help modernize-sources why why-not history-list history-info history-undo history-redo history-rollback",
    ),
  },
  apk: {
    shortWithValue: "XpGt",
    longWithValue: ["repository", "root", "arch", "keys-dir", "cache-dir", "repositories-file", "progress-fd", "wait", "virtual", "timeout", "from", "cache-max-age", "cache-packages"],
    subcommands: subs(
      "add del fix update upgrade cache info list dot policy search index fetch manifest verify audit stats version extract query convdb convndx adbdump adbgen adbsign mkndx mkpkg",
    ),
  },
  yum: {
    shortWithValue: "cdexR",
    longWithValue: ["config", "exclude", "enablerepo", "disablerepo", "installroot", "releasever", "setopt", "color", "downloaddir", "rpmverbosity", "debuglevel", "errorlevel", "repo", "repoid", "disableplugin", "enableplugin"],
    subcommands: subs(
      "install update upgrade remove erase list info provides whatprovides search clean makecache groupinstall groupupdate grouplist groupremove groupinfo groups group localinstall localupdate reinstall downgrade deplist repolist repoinfo repository-packages version history check check-update distribution-synchronization distro-sync shell help load-transaction updateinfo fs fssnapshot swap autoremove module upgrade-minimal update-minimal builddep config-manager download mark",
    ),
  },
  dnf: {
    shortWithValue: "cdexR",
    longWithValue: ["config", "exclude", "enablerepo", "disablerepo", "installroot", "releasever", "setopt", "color", "downloaddir", "repo", "repoid", "disableplugin", "enableplugin", "forcearch", "destdir", "use-host-config"],
    subcommands: subs(
      "install remove erase upgrade update upgrade-minimal update-minimal downgrade reinstall autoremove check check-update check-upgrade clean deplist distro-sync distribution-synchronization dsync group groupinstall groupupdate groupremove grouplist groupinfo groups help history info list makecache mark module provides whatprovides repoinfo repolist repoquery rq repository-packages repo search shell swap updateinfo advisory alias builddep config-manager copr debug-dump debug-restore download needs-restarting versionlock localinstall environment replay offline offline-upgrade system-upgrade leaves do changelog debuginfo-install reposync automatic",
    ),
  },
  microdnf: {
    longWithValue: ["config", "enablerepo", "disablerepo", "installroot", "releasever", "setopt", "setopt", "best", "exclude"],
    subcommands: subs("install remove upgrade update reinstall clean makecache download repolist repoquery module distro-sync swap leaves help"),
  },
  zypper: {
    shortWithValue: "RcDCx",
    longWithValue: ["root", "config", "reposd-dir", "cache-dir", "raw-cache-dir", "solv-cache-dir", "pkg-cache-dir", "installroot"],
    subcommandAliases: {
      in: "install", rm: "remove", up: "update", ref: "refresh", dup: "dist-upgrade", se: "search", if: "info", cc: "clean",
      ar: "addrepo", rr: "removerepo", lr: "repos", mr: "modifyrepo", nr: "renamerepo", as: "addservice", refs: "refresh-services",
      ls: "services", lu: "list-updates", lp: "list-patches", pch: "patches", pa: "packages", pt: "patterns", pd: "products",
      al: "addlock", rl: "removelock", ll: "locks", si: "source-install", ve: "verify", inr: "install-new-recommends",
      pchk: "patch-check", sp: "search-packages", wp: "what-provides", sh: "shell", vcmp: "versioncmp", tos: "targetos",
      ms: "modifyservice", rs: "removeservice", cl: "cleanlocks",
    },
    subcommands: subs(
      "install remove update refresh patch dist-upgrade search info clean addrepo removerepo repos modifyrepo renamerepo addservice refresh-services services list-updates list-patches patches packages patterns products addlock lock removelock locks source-install verify install-new-recommends download purge-kernels ps needs-rebooting patch-check search-packages what-provides shell versioncmp targetos licenses cleanlocks help modifyservice removeservice source-download system-architecture patch-info pattern-info product-info",
    ),
  },
  pip: {
    longWithValue: ["log", "proxy", "retries", "timeout", "exists-action", "trusted-host", "cert", "client-cert", "cache-dir", "python", "use-feature", "use-deprecated", "keyring-provider", "resume-retries"],
    subcommands: subs("install download uninstall freeze inspect list show check config search cache index wheel hash completion debug help lock", {
      install: {
        shortWithValue: "rcetfiC",
        longWithValue: ["requirement", "constraint", "editable", "target", "platform", "python-version", "implementation", "abi", "root", "prefix", "src", "upgrade-strategy", "index-url", "extra-index-url", "find-links", "no-binary", "only-binary", "progress-bar", "config-settings", "global-option", "install-option", "report", "root-user-action", "group", "build-constraint"],
      },
    }),
  },
  gem: {
    subcommands: subs(
      "build cert check cleanup contents dependency environment exec fetch generate_index help info install list lock mirror open outdated owner pristine push query rdoc rebuild search server signin signout sources specification stale uninstall unpack update which yank",
      {
        install: { shortWithValue: "vingPsp", longWithValue: ["version", "install-dir", "bindir", "platform", "trust-policy", "source", "http-proxy", "file", "build-root", "document", "env-shebang-with", "target-rbconfig"] },
      },
    ),
  },
};

/** A package-manager command, read. */
export interface PackageCommand {
  readonly tool: PackageTool;
  readonly found: FoundCommand;
  /** The words read as the tool's arguments (after `-m pip` for `python -m pip`). */
  readonly args: readonly Word[];
  readonly parsed: ParsedOptions;
}

/** Which tool a command name is. */
function toolOf(found: FoundCommand): { tool: PackageTool; args: readonly Word[] } | null {
  const name = found.name;
  if (name === "apt-get" || name === "apt" || name === "apk" || name === "yum" || name === "dnf" || name === "microdnf" || name === "zypper" || name === "gem")
    return { tool: name, args: found.args };
  if (name === "dnf5" || name === "dnf-3") return { tool: "dnf", args: found.args };
  if (/^pip(\d+(\.\d+)*)?$/.test(name)) return { tool: "pip", args: found.args };
  if (/^python(\d+(\.\d+)*)?$/.test(name)) {
    const args = found.args;
    for (let i = 0; i < args.length; i++) {
      const w = wordShape(args[i]);
      if (w === "-m" && i + 1 < args.length && wordShape(args[i + 1]) === "pip") return { tool: "pip", args: args.slice(i + 2) };
      if (w === "-mpip") return { tool: "pip", args: args.slice(i + 1) };
      if (!/^-[bBdEhiIOqsSuvVx]+$/.test(w)) return null;
    }
  }
  return null;
}

/** The command read as a package-manager call, or `null` when it is not one. */
export function packageCommand(found: FoundCommand): PackageCommand | null {
  const t = toolOf(found);
  if (t === null) return null;
  return { tool: t.tool, found, args: t.args, parsed: parseOptions(t.args, SPECS[t.tool]) };
}

/** The subcommands `tool` knows (canonical names). */
export function knownSubcommands(tool: PackageTool): string[] {
  return Object.keys(SPECS[tool].subcommands ?? {});
}

/** Subcommands that install packages. */
export const INSTALL_SUBCOMMANDS: Readonly<Record<PackageTool, readonly string[]>> = {
  "apt-get": ["install", "reinstall", "upgrade", "dist-upgrade", "build-dep", "satisfy"],
  apt: ["install", "reinstall", "upgrade", "full-upgrade", "dist-upgrade", "build-dep", "satisfy"],
  apk: ["add", "upgrade", "fix"],
  yum: ["install", "update", "upgrade", "groupinstall", "localinstall", "reinstall", "downgrade", "distro-sync", "group", "builddep", "swap"],
  dnf: ["install", "update", "upgrade", "groupinstall", "localinstall", "reinstall", "downgrade", "distro-sync", "group", "builddep", "swap", "module"],
  microdnf: ["install", "update", "upgrade", "reinstall", "module", "swap", "distro-sync"],
  zypper: ["install", "update", "patch", "dist-upgrade", "source-install", "install-new-recommends"],
  pip: ["install"],
  gem: ["install", "update"],
};

/** Subcommands that only refresh the package index. */
export const UPDATE_SUBCOMMANDS: Readonly<Partial<Record<PackageTool, readonly string[]>>> = {
  "apt-get": ["update"],
  apt: ["update"],
  apk: ["update"],
  dnf: ["makecache"],
  yum: ["makecache"],
  microdnf: ["makecache"],
  zypper: ["refresh"],
};

/** The tool family whose index an update refreshes: `apt` and `apt-get` share one. */
export function indexFamily(tool: PackageTool): string {
  if (tool === "apt" || tool === "apt-get") return "apt";
  if (tool === "yum" || tool === "dnf" || tool === "microdnf") return "rpm";
  return tool;
}

/** The operands after the subcommand that name packages (for gem, those before `--`, which go to the build). */
export function packageArgs(cmd: PackageCommand): readonly Word[] {
  const dd = cmd.parsed.doubleDashIndex;
  const after = cmd.tool === "gem" && dd >= 0 ? cmd.args[dd] : undefined;
  return cmd.parsed.operands.filter((w) => after === undefined || w.start < after.start);
}
