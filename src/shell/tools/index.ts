/**
 * Registry of tool option specs.
 * @module
 */
import type { OptionSpec } from "../options.js";
import { apkSpec } from "./apk.js";
import { aptGetSpec, aptSpec } from "./apt.js";
import { gemSpec, goSpec } from "./gem-go.js";
import { curlSpec, wgetSpec } from "./http.js";
import { npmSpec, pnpmSpec, yarnSpec } from "./node.js";
import { pipSpec } from "./pip.js";
import { microdnfSpec, yumSpec, zypperSpec } from "./rpm.js";
import { adduserSpec, chmodSpec, useraddSpec } from "./system.js";

export { APK_SUBCOMMANDS, apkSpec } from "./apk.js";
export { APT_GET_SUBCOMMANDS, APT_INSTALL_SUBCOMMANDS, APT_SUBCOMMANDS, aptGetSpec, aptSpec } from "./apt.js";
export { GEM_SUBCOMMANDS, GO_SUBCOMMANDS, gemSpec, goSpec } from "./gem-go.js";
export { curlSpec, wgetSpec } from "./http.js";
export { NPM_ALIASES, NPM_SUBCOMMANDS, npmSpec, pnpmSpec, yarnSpec } from "./node.js";
export { PIP_SUBCOMMANDS, pipSpec } from "./pip.js";
export { YUM_SUBCOMMANDS, ZYPPER_ALIASES, microdnfSpec, yumSpec, zypperSpec } from "./rpm.js";
export { adduserSpec, chmodSpec, useraddSpec } from "./system.js";
export { WRAPPERS, type WrapperSpec } from "./wrappers.js";

/** Canonical tool names with a spec. */
export type ToolName =
  | "apt-get"
  | "apt"
  | "apk"
  | "yum"
  | "dnf"
  | "microdnf"
  | "zypper"
  | "pip"
  | "npm"
  | "yarn"
  | "pnpm"
  | "gem"
  | "go"
  | "curl"
  | "wget"
  | "useradd"
  | "adduser"
  | "chmod";

/** Option specs by canonical tool name. */
export const TOOL_SPECS: Readonly<Record<ToolName, OptionSpec>> = {
  "apt-get": aptGetSpec,
  apt: aptSpec,
  apk: apkSpec,
  yum: yumSpec,
  dnf: yumSpec,
  microdnf: microdnfSpec,
  zypper: zypperSpec,
  pip: pipSpec,
  npm: npmSpec,
  yarn: yarnSpec,
  pnpm: pnpmSpec,
  gem: gemSpec,
  go: goSpec,
  curl: curlSpec,
  wget: wgetSpec,
  useradd: useraddSpec,
  adduser: adduserSpec,
  chmod: chmodSpec,
};

/**
 * Maps a command name (basename) to its canonical tool name:
 * `pip3`, `pip3.12` → `pip`; `dnf5`, `dnf-3` → `dnf`; `yum`; `tdnf` → `dnf`;
 * `busybox` applet names are the same. Returns `undefined` for unknown tools.
 */
export function canonicalToolName(name: string): ToolName | undefined {
  if (Object.prototype.hasOwnProperty.call(TOOL_SPECS, name)) return name as ToolName;
  if (/^pip[0-9.]*$/.test(name)) return "pip";
  if (/^(dnf[0-9-]*|tdnf)$/.test(name)) return "dnf";
  if (/^yum[0-9-]*$/.test(name)) return "yum";
  if (/^gem[0-9.]*$/.test(name)) return "gem";
  return undefined;
}

/** The option spec for a command name, via {@link canonicalToolName}. */
export function specFor(name: string): OptionSpec | undefined {
  const tool = canonicalToolName(name);
  return tool === undefined ? undefined : TOOL_SPECS[tool];
}
