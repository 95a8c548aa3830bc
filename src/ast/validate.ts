/**
 * The checks of BuildKit's instruction parser (`instructions.Parse`): argument counts, allowed flags
 * and their values, stage names, ONBUILD triggers, instructions before the first FROM. A file that
 * fails one of these fails `docker build`, so each becomes an error diagnostic.
 */
import { suggestName } from "../util/suggest.js";
import { INSTRUCTION_KEYWORDS, type Diagnostic, type Flag, type Instruction, type Range } from "./types.js";

type FlagKind = "bool" | "string" | "strings";

/** Flags each instruction accepts; instructions absent here accept none. */
const FLAG_SPECS: Record<string, Record<string, FlagKind>> = {
  ADD: { chown: "string", chmod: "string", link: "bool", "keep-git-dir": "bool", checksum: "string", unpack: "bool", exclude: "strings" },
  COPY: { chown: "string", from: "string", chmod: "string", link: "bool", exclude: "strings", parents: "bool" },
  FROM: { platform: "string" },
  RUN: { mount: "strings", network: "string", security: "string", device: "strings" },
  HEALTHCHECK: { interval: "string", timeout: "string", "start-period": "string", "start-interval": "string", retries: "string" },
};

/** Instructions whose flags BuildKit never parses (so any flag is accepted). */
const FLAGS_IGNORED = new Set(["STOPSIGNAL", "ARG"]);

const validStageName = /^[a-z][a-z0-9-_.]*$/;
const durationPattern = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

interface Problem {
  code: string;
  message: string;
  range: Range;
}

/** Runs BuildKit's instruction checks over every instruction and appends diagnostics. */
export function validateInstructions(instructions: Instruction[], diagnostics: Diagnostic[], rejected: ReadonlySet<Instruction>): void {
  let seenFrom = false;
  for (const ins of instructions) {
    if (rejected.has(ins)) continue;
    const problem = check(ins);
    if (problem) {
      diagnostics.push({ code: problem.code, severity: "error", message: problem.message, range: problem.range });
    }
    if (ins.kind === "FROM") seenFrom = true;
    else if (!seenFrom && ins.kind !== "ARG" && !problem) {
      diagnostics.push({
        code: "instruction-before-from",
        severity: "error",
        message: `${ins.keyword.value} before the first FROM: no build stage in current context`,
        range: ins.keyword.range,
      });
    }
  }
}

/** BuildKit's message, with a hint for the usual causes. */
function unknownInstructionMessage(keyword: string): string {
  const base = `unknown instruction: ${keyword}`;
  if (keyword.startsWith("//") || keyword.startsWith("/*") || keyword === "--" || keyword === ";") {
    return `${base} (comments in a Dockerfile start with #)`;
  }
  const upper = keyword.toUpperCase();
  const suggestion = suggestName(upper, INSTRUCTION_KEYWORDS);
  return suggestion ? `${base} (did you mean ${suggestion}?)` : base;
}

function invalid(ins: Instruction, message: string, range: Range = ins.range): Problem {
  return { code: "invalid-instruction", message, range };
}

function checkFlags(ins: Instruction): Problem | undefined {
  if (FLAGS_IGNORED.has(ins.name)) return undefined;
  if (ins.kind === "HEALTHCHECK" && ins.mode?.value.toUpperCase() === "NONE") return undefined;
  const spec = FLAG_SPECS[ins.name] ?? {};
  const used = new Set<string>();
  for (const flag of ins.flags) {
    const kind = spec[flag.name];
    if (kind === undefined) {
      return { code: "unknown-flag", message: `unknown flag: --${flag.name} (${ins.name} accepts ${Object.keys(spec).map((f) => "--" + f).join(", ") || "no flags"})`, range: flag.range };
    }
    if (used.has(flag.name) && kind !== "strings") {
      return { code: "invalid-flag", message: `duplicate flag specified: --${flag.name}`, range: flag.range };
    }
    used.add(flag.name);
    if (kind === "bool") {
      if (flag.value === "") return { code: "invalid-flag", message: `missing a value on flag: --${flag.name}`, range: flag.range };
      if (flag.value !== null && !["true", "false"].includes(flag.value.toLowerCase())) {
        return { code: "invalid-flag", message: `expecting boolean value for flag --${flag.name}, not: ${flag.value}`, range: flag.range };
      }
    } else if (flag.value === null) {
      return { code: "invalid-flag", message: `missing a value on flag: --${flag.name}`, range: flag.range };
    }
  }
  return undefined;
}

function flagValue(ins: Instruction, name: string): Flag | undefined {
  let found: Flag | undefined;
  for (const f of ins.flags) if (f.name === name) found = f;
  return found;
}

function checkRunFlags(ins: Instruction): Problem | undefined {
  const network = flagValue(ins, "network");
  if (network && !["default", "none", "host"].includes(network.value ?? "")) {
    return { code: "invalid-flag", message: `invalid network mode "${network.value}"`, range: network.range };
  }
  const security = flagValue(ins, "security");
  if (security && !["sandbox", "insecure"].includes(security.value ?? "")) {
    return { code: "invalid-flag", message: `security "${security.value}" is not valid`, range: security.range };
  }
  for (const mount of ins.flags.filter((f) => f.name === "mount")) {
    const type = /(?:^|,)type=([^,]*)/.exec(mount.value ?? "")?.[1];
    if (type !== undefined && !["bind", "cache", "tmpfs", "secret", "ssh"].includes(type)) {
      return { code: "invalid-flag", message: `unsupported mount type "${type}"`, range: mount.range };
    }
  }
  return undefined;
}

function checkDuration(flag: Flag | undefined): Problem | undefined {
  if (!flag || flag.value === null || flag.value === "" || flag.value === "0") return undefined;
  if (!durationPattern.test(flag.value)) {
    return { code: "invalid-flag", message: `time: invalid duration "${flag.value}"`, range: flag.range };
  }
  return undefined;
}

function check(ins: Instruction): Problem | undefined {
  const args = ins.args;
  switch (ins.kind) {
    case "UNKNOWN":
      return { code: "unknown-instruction", message: unknownInstructionMessage(ins.keyword.value), range: ins.keyword.range };
    case "ENV":
    case "LABEL": {
      const flags = checkFlags(ins);
      if (flags) return flags;
      if (ins.pairs.length === 0 && args.length === 0) return invalid(ins, `${ins.name} requires at least one argument`);
      const blank = ins.pairs.find((p) => p.key.value === "");
      if (blank) return invalid(ins, `${ins.name} names can not be blank`, blank.range);
      return undefined;
    }
    case "MAINTAINER":
    case "WORKDIR":
    case "USER":
    case "STOPSIGNAL":
      if (args.length !== 1) return invalid(ins, `${ins.name} requires exactly one argument`);
      return checkFlags(ins);
    case "ADD":
    case "COPY": {
      if (args.length < 2) {
        return invalid(ins, `${ins.name} requires at least two arguments, but only one was provided. Destination could not be determined`);
      }
      const flags = checkFlags(ins);
      if (flags) return flags;
      if (ins.destination && /^\d*<<-?[\t\n\f\r ]*[^<]+$/.test(ins.destination.value)) {
        return invalid(ins, `${ins.name} cannot accept a heredoc as a destination`, ins.destination.range);
      }
      return undefined;
    }
    case "FROM": {
      if (args.length === 3 && args[1].value.toLowerCase() === "as") {
        if (!validStageName.test(args[2].value.toLowerCase())) {
          return invalid(ins, `invalid name for build stage: "${args[2].value}", name can't start with a number or contain symbols`, args[2].range);
        }
      } else if (args.length !== 1) {
        return invalid(ins, "FROM requires either one or three arguments");
      }
      return checkFlags(ins);
    }
    case "ONBUILD": {
      if (!ins.trigger) return invalid(ins, "ONBUILD requires at least one argument");
      const flags = checkFlags(ins);
      if (flags) return flags;
      const trigger = ins.trigger.name;
      // Its own code (hadolint's DL3043) so it can be configured apart from other invalid instructions.
      const range = ins.trigger.keyword.range;
      if (trigger === "ONBUILD") return { code: "onbuild-invalid-trigger", message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", range };
      if (trigger === "MAINTAINER" || trigger === "FROM") return { code: "onbuild-invalid-trigger", message: `${trigger} isn't allowed as an ONBUILD trigger`, range };
      return undefined;
    }
    case "RUN":
      return checkFlags(ins) ?? checkRunFlags(ins);
    case "CMD":
    case "ENTRYPOINT":
      return checkFlags(ins);
    case "HEALTHCHECK": {
      if (args.length === 0) return invalid(ins, "HEALTHCHECK requires at least one argument");
      const type = args[0].value.toUpperCase();
      if (type === "NONE") {
        if (args.length !== 1) return invalid(ins, "HEALTHCHECK NONE takes no arguments");
        return undefined;
      }
      const flags = checkFlags(ins);
      if (flags) return flags;
      if (type !== "CMD") return invalid(ins, `Unknown type "${type}" in HEALTHCHECK (try CMD)`, args[0].range);
      if (args.length === 1) return invalid(ins, "Missing command after HEALTHCHECK CMD");
      for (const name of ["interval", "timeout", "start-period", "start-interval"]) {
        const bad = checkDuration(flagValue(ins, name));
        if (bad) return bad;
      }
      const retries = flagValue(ins, "retries");
      if (retries && retries.value !== "" && retries.value !== null) {
        if (!/^[-+]?\d+$/.test(retries.value)) return { code: "invalid-flag", message: `invalid --retries value "${retries.value}"`, range: retries.range };
        if (Number(retries.value) < 0) return { code: "invalid-flag", message: `--retries cannot be negative (${retries.value})`, range: retries.range };
      }
      return undefined;
    }
    case "EXPOSE":
      if (args.length === 0) return invalid(ins, "EXPOSE requires at least one argument");
      return checkFlags(ins);
    case "VOLUME": {
      if (args.length === 0) return invalid(ins, "VOLUME requires at least one argument");
      const flags = checkFlags(ins);
      if (flags) return flags;
      const empty = args.find((a) => a.value.trim() === "");
      if (empty) return invalid(ins, "VOLUME specified can not be an empty string", empty.range);
      return undefined;
    }
    case "ARG": {
      if (args.length === 0) return invalid(ins, "ARG requires at least one argument");
      const blank = ins.pairs.find((p) => p.key.value === "");
      if (blank) return invalid(ins, "ARG names can not be blank", blank.range);
      return undefined;
    }
    case "SHELL": {
      const flags = checkFlags(ins);
      if (flags) return flags;
      if (args.length === 0) return invalid(ins, "SHELL requires at least one argument");
      if (ins.command.form !== "exec") return invalid(ins, "SHELL requires the arguments to be in JSON form");
      return undefined;
    }
  }
}
