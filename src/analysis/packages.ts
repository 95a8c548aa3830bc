/**
 * Package managers as the rules see them, on top of the shell model's tool specs
 * (`src/shell/tools`): which call is which tool, its subcommand, and the index-update and install
 * subcommands of each tool.
 * @module
 */
import { parseToolInvocation } from "../shell/commands.js";
import type { ParsedOptions } from "../shell/options.js";
import { TOOL_SPECS } from "../shell/tools/index.js";
import type { Word } from "../shell/types.js";
import type { FoundCommand } from "./shell.js";

/** The package managers the rules know. */
export type PackageTool = "apt-get" | "apt" | "apk" | "yum" | "dnf" | "microdnf" | "zypper" | "pip" | "gem";

const TOOLS: ReadonlySet<string> = new Set<PackageTool>(["apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "pip", "gem"]);

/** A package-manager command, read. */
export interface PackageCommand {
  readonly tool: PackageTool;
  readonly found: FoundCommand;
  /** The words read as the tool's arguments (after `-m pip` for `python -m pip`). */
  readonly args: readonly Word[];
  readonly parsed: ParsedOptions;
}

/** The command read as a package-manager call, or `null` when it is not one. */
export function packageCommand(found: FoundCommand): PackageCommand | null {
  // tonistiigi/xx cross-compilation wrappers run the tool for the target platform
  const xx = /^xx-(apt-get|apt|apk)$/.exec(found.name);
  const inv = parseToolInvocation(xx === null ? found : { ...found, name: xx[1] });
  if (inv === undefined || !TOOLS.has(inv.tool)) return null;
  return { tool: inv.tool as PackageTool, found, args: found.args, parsed: inv.parsed };
}

/** The subcommands `tool` knows (canonical names). */
export function knownSubcommands(tool: PackageTool): string[] {
  return Object.keys(TOOL_SPECS[tool].subcommands ?? {});
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
