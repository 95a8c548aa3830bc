/**
 * The `shipshape` command line: `lint [paths..]` (default), `rules`, `parse <file>`, `lsp`.
 *
 * Exit codes: 0 clean, 1 findings at or above the failure threshold, 2 bad usage, config or input
 * (one line on stderr, never a stack trace). Heavy modules (parser, rules, formatters) are imported
 * only by the command that needs them.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yargs from "yargs";
import { FORMATTER_NAMES } from "../formatters/index.js";

/** A problem the user can fix (bad flag, unreadable file, invalid config): exit 2 with one line. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const SEVERITY_NAMES = ["error", "warning", "info", "style"] as const;
const THRESHOLDS = [...SEVERITY_NAMES, "none"] as const;
const FORMATS = FORMATTER_NAMES;

type Command =
  | {
      name: "lint";
      paths: string[];
      format: (typeof FORMATS)[number];
      config?: string;
      failureThreshold?: (typeof THRESHOLDS)[number];
      rule: string[];
      stdinFilename?: string;
      color?: boolean;
      outputFile?: string;
      quiet: boolean;
      maxWarnings: number;
      fix: boolean;
      unsafeFixes: boolean;
      fixDryRun: boolean;
    }
  | { name: "rules"; json: boolean }
  | { name: "parse"; file: string; json: boolean }
  | { name: "lsp" };

function version(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "shipshape" && pkg.version) return pkg.version;
    } catch {
      // keep looking upward
    }
    dir = path.dirname(dir);
  }
  return "unknown";
}

/** Parses the arguments; returns the command to run, or null when yargs already answered (--help, --version). */
/** yargs drops a lone `-` argument; it travels through the parser under this name. */
const STDIN_TOKEN = "\u0000stdin";

async function parseArgs(rawArgv: string[], out: (text: string) => void): Promise<Command | null> {
  const argv = rawArgv.map((a) => (a === "-" ? STDIN_TOKEN : a));
  const unescape = (a: string) => (a === STDIN_TOKEN ? "-" : a);
  let command: Command | null = null;
  const parser = yargs(argv)
    .scriptName("shipshape")
    .usage("$0 [paths..]\n\nLint Dockerfiles: files, folders (searched for Dockerfiles) and globs; - reads stdin.")
    .command(
      ["lint [paths..]", "$0 [paths..]"],
      "Lint Dockerfiles (the default command)",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: "Files, folders or globs; - for stdin (default: .)" })
          .option("format", { alias: "f", choices: FORMATS, default: "stylish" as const, describe: "Output format (gnu = compact)" })
          .option("config", { alias: "c", type: "string", describe: "Config file (shipshape or hadolint format); skips the search" })
          .option("failure-threshold", { alias: "t", choices: THRESHOLDS, describe: "Lowest severity that fails the run (default: config, else info)" })
          .option("rule", { type: "string", nargs: 1, describe: "Set a rule's severity: --rule id=off|on|error|warning|info|style (repeatable)" })
          .option("output-file", { alias: "o", type: "string", describe: "Write the report to this file (atomically) instead of stdout" })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Report and count errors only" })
          .option("max-warnings", { type: "number", default: -1, describe: "Fail (exit 1) when there are more warnings than this; -1: no limit" })
          .option("stdin-filename", { type: "string", describe: "File name for text read from stdin (-)" })
          .option("color", { type: "boolean", describe: "Force colours on (--no-color: off); default: on when stdout is a terminal" })
          .option("fix", { type: "boolean", default: false, describe: "Apply safe fixes and write the files (stdin: print the fixed text)" })
          .option("unsafe-fixes", { type: "boolean", default: false, describe: "With --fix or --fix-dry-run: apply unsafe fixes too" })
          .option("fix-dry-run", { type: "boolean", default: false, describe: "Print the fixes as a unified diff; change nothing" }),
      (args) => {
        command = {
          name: "lint",
          paths: (args.paths ?? []).map((p) => unescape(String(p))),
          format: args.format,
          config: args.config,
          failureThreshold: args["failure-threshold"],
          rule: ([] as unknown[]).concat(args.rule ?? []).map(String),
          stdinFilename: args["stdin-filename"],
          outputFile: args["output-file"],
          quiet: args.quiet,
          maxWarnings: args["max-warnings"],
          color: args.color,
          fix: args.fix,
          unsafeFixes: args["unsafe-fixes"],
          fixDryRun: args["fix-dry-run"],
        };
      },
    )
    .command(
      "rules",
      "List the rules",
      (y) =>
        y
          .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const, describe: "Output format" })
          .option("json", { type: "boolean", default: false, describe: "Same as --format json" }),
      (args) => {
        command = { name: "rules", json: args.json || args.format === "json" };
      },
    )
    .command(
      "parse <file>",
      "Print a Dockerfile's parse tree (BuildKit's dump format)",
      (y) =>
        y
          .positional("file", { type: "string", demandOption: true, describe: "Dockerfile, or - for stdin" })
          .option("json", { type: "boolean", default: false, describe: "Print a JSON summary of the AST" }),
      (args) => {
        command = { name: "parse", file: unescape(String(args.file)), json: args.json };
      },
    )
    .command(
      "lsp",
      "Run the language server (Language Server Protocol over stdin/stdout) for editors",
      (y) =>
        y
          .option("stdio", { type: "boolean", default: true, describe: "Talk over stdin/stdout (the only transport; accepted for editors that pass it)" })
          .option("clientProcessId", { type: "number", hidden: true }),
      () => {
        command = { name: "lsp" };
      },
    )
    .strict()
    .exitProcess(false)
    .showHelpOnFail(false)
    .fail((message, error) => {
      throw new UsageError(error?.message ?? message ?? "invalid arguments");
    })
    .help()
    .alias("h", "help")
    .version(version())
    .alias("v", "version")
    .wrap(Math.min(100, process.stdout.columns || 80));
  let printed = "";
  await parser.parseAsync(argv, {}, (_error, _argv, output) => {
    printed = output;
  });
  if (printed) out(printed.endsWith("\n") ? printed : printed + "\n");
  return command;
}

/** Colours: --color/--no-color, else FORCE_COLOR, else NO_COLOR, else whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function readInput(file: string): Promise<string> | string {
  if (file === "-") return readStdin();
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

function parseRuleFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const m = /^([^=\s]+)=(off|on|error|warning|info|style)$/.exec(value.trim());
    if (!m) throw new UsageError(`invalid --rule '${value}': expected id=off|on|error|warning|info|style`);
    out[m[1]] = m[2];
  }
  return out;
}

type Write = (text: string) => void;

/** `--output-file`: writes the report there atomically and returns what is left for stdout (nothing). */
async function reportTo(file: string | undefined, text: string): Promise<string> {
  if (file === undefined) return text;
  const { writeReportFile } = await import("../formatters/output.js");
  try {
    writeReportFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such folder" : code === "EISDIR" ? "is a directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
  return "";
}

async function runLint(cmd: Extract<Command, { name: "lint" }>, stdout: Write, stderr: Write): Promise<number> {
  const overrides = parseRuleFlags(cmd.rule);
  if (!Number.isInteger(cmd.maxWarnings) || cmd.maxWarnings < -1) throw new UsageError(`invalid --max-warnings: expected a whole number (-1: no limit)`);
  const fixing = cmd.fix || cmd.fixDryRun;
  if (cmd.fix && cmd.fixDryRun) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (cmd.unsafeFixes && !fixing) throw new UsageError("--unsafe-fixes needs --fix or --fix-dry-run");
  const [{ lintFiles, meetsThreshold }, { ConfigError }, { loadFormatter }] = await Promise.all([
    import("../lint.js"),
    import("../config/types.js"),
    import("../formatters/index.js"),
  ]);
  const paths = cmd.paths.length > 0 ? cmd.paths : ["."];
  let results;
  try {
    ({ results } = await lintFiles(paths, {
      config: cmd.config,
      ruleOverrides: overrides as Record<string, "off">,
      stdinFilename: cmd.stdinFilename,
      stdin: readStdin,
      ...(fixing ? { fix: { unsafe: cmd.unsafeFixes } } : {}),
    }));
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const linted = results.filter((r) => r.error === undefined);
  // With fixes, stdout may carry fixed text (stdin) or a diff; the report then goes to stderr.
  const fixed = fixing ? await (await import("../fix/cli.js")).applyFixResults(linted, { dryRun: cmd.fixDryRun, cwd: process.cwd() }, stdout, stderr) : undefined;
  const report = fixed?.stdoutTaken ? stderr : stdout;
  // --quiet: only errors are reported, and only they count.
  const shown = cmd.quiet ? linted.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : linted;
  const formatter = await loadFormatter(cmd.format);
  const color = useColor(cmd.color, process.env, (fixed?.stdoutTaken ? process.stderr : process.stdout).isTTY === true);
  // A report file gets colours only when asked for with --color.
  const text = await reportTo(cmd.outputFile, formatter(shown, { color: cmd.outputFile === undefined ? color : cmd.color === true, cwd: process.cwd() }));
  if (text) report(text);
  const errors = [...new Set([...results.flatMap((r) => (r.error === undefined ? [] : [r.error])), ...(fixed?.errors ?? [])])];
  for (const e of errors) stderr(`shipshape: ${oneLine(e)}\n`);
  if (errors.length > 0) return 2;
  const failed = shown.some((r) => r.findings.some((f) => meetsThreshold(f.severity, cmd.failureThreshold ?? r.failureThreshold ?? "info")));
  const warnings = shown.reduce((n, r) => n + r.findings.filter((f) => f.severity === "warning").length, 0);
  return failed || (cmd.maxWarnings >= 0 && warnings > cmd.maxWarnings) ? 1 : 0;
}

async function runRules(cmd: Extract<Command, { name: "rules" }>, stdout: Write): Promise<number> {
  const { listRules } = await import("../lint.js");
  const rules = listRules();
  if (cmd.json) {
    const data = rules.map((r) => ({
      id: r.id,
      aliases: r.aliases,
      severity: r.severity,
      category: r.category,
      description: r.docs.description,
      fixable: r.fix ? (r.fix.safe ? "safe" : "unsafe") : null,
      enabledByDefault: !r.disabledByDefault,
    }));
    stdout(JSON.stringify(data, null, 2) + "\n");
    return 0;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const sevWidth = Math.max(...rules.map((r) => r.severity.length));
  const aliasText = rules.map((r) => r.aliases.join(","));
  const aliasWidth = Math.max(...aliasText.map((a) => a.length));
  const lines = rules.map(
    (r, i) =>
      `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(sevWidth)}  ${aliasText[i].padEnd(aliasWidth)}  ${r.docs.description}${r.disabledByDefault ? " (off by default)" : ""}`.trimEnd(),
  );
  stdout(lines.join("\n") + "\n");
  return 0;
}

async function runParse(cmd: Extract<Command, { name: "parse" }>, stdout: Write): Promise<number> {
  const text = await readInput(cmd.file);
  const { parse, toBuildkitDump } = await import("../ast/index.js");
  const { ast, diagnostics } = parse(text, { filename: cmd.file });
  if (!cmd.json) {
    const dump = toBuildkitDump(ast);
    stdout(dump ? dump + "\n" : "");
    return 0;
  }
  const summary = {
    escapeChar: ast.escapeChar,
    directives: ast.directives.map((d) => ({ name: d.name, value: d.value, line: d.range.start.line })),
    instructions: ast.instructions.map(function describe(ins): Record<string, unknown> {
      return {
        kind: ins.kind,
        name: ins.name,
        startLine: ins.startLine,
        endLine: ins.endLine,
        flags: ins.flags.map((f) => f.text),
        args: ins.args.map((a) => a.value),
        ...(ins.heredocs.length > 0 ? { heredocs: ins.heredocs.map((h) => h.name) } : {}),
        ...(ins.kind === "ONBUILD" && ins.trigger ? { trigger: describe(ins.trigger) } : {}),
      };
    }),
    diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.range.start.line, column: d.range.start.column })),
  };
  stdout(JSON.stringify(summary, null, 2) + "\n");
  return 0;
}

/** Runs the CLI with `argv` (without `node` and the script). Sets `process.exitCode`; never exits. */
export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`shipshape ... | head`) closes the pipe: not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`shipshape: cannot write output: ${error.message}\n`);
  });
  const stdout: Write = (text) => void process.stdout.write(text);
  const stderr: Write = (text) => void process.stderr.write(text);
  try {
    const command = await parseArgs(argv, stdout);
    if (!command) {
      process.exitCode = 0;
      return;
    }
    const cmd: Command = command;
    if (cmd.name === "lsp") {
      // Runs until the client sends `exit` or closes stdin; the server ends the process itself.
      (await import("../lsp/server.js")).runLanguageServer();
      return;
    }
    process.exitCode = cmd.name === "lint" ? await runLint(cmd, stdout, stderr) : cmd.name === "rules" ? await runRules(cmd, stdout) : await runParse(cmd, stdout);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`shipshape: ${oneLine(error.message)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      stderr(`shipshape: internal error: ${oneLine(message)} (please report this)\n`);
      if (process.env.SHIPSHAPE_DEBUG && error instanceof Error && error.stack) stderr(error.stack + "\n");
    }
    process.exitCode = 2;
  }
}
