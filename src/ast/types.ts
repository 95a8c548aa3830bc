/**
 * The typed, lossless Dockerfile AST.
 *
 * Every node carries an exact {@link Range} into the original text. Offsets are UTF-16 code unit
 * indices into the string given to `parse`; lines and columns are 1-based; ends are exclusive.
 * @module
 */

/** A point in the source text. */
export interface Position {
  /** 0-based UTF-16 offset into the source text. */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
}

/** A half-open span `[start, end)` of the source text. */
export interface Range {
  start: Position;
  end: Position;
}

/** Keywords Docker knows, upper case. */
export type InstructionKeyword =
  | "ADD"
  | "ARG"
  | "CMD"
  | "COPY"
  | "ENTRYPOINT"
  | "ENV"
  | "EXPOSE"
  | "FROM"
  | "HEALTHCHECK"
  | "LABEL"
  | "MAINTAINER"
  | "ONBUILD"
  | "RUN"
  | "SHELL"
  | "STOPSIGNAL"
  | "USER"
  | "VOLUME"
  | "WORKDIR";

/** Every instruction keyword Docker accepts, upper case. */
export const INSTRUCTION_KEYWORDS: readonly InstructionKeyword[] = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
];

/**
 * A piece of text with its value as BuildKit sees it. `value` can differ from the source slice:
 * a JSON string is unescaped, a trailing lone escape character is dropped, and a value that spans a
 * line continuation has the continuation removed.
 */
export interface Word {
  value: string;
  range: Range;
}

/** A `--name[=value]` flag before an instruction's arguments (`--from=build`, `--mount=...`, `--link`). */
export interface Flag {
  /** Flag name without the leading dashes, e.g. `from`. */
  name: string;
  /** The value after `=` with BuildKit's quote and escape processing; `null` when there is no `=`. */
  value: string | null;
  /** The flag as BuildKit reports it (`--from=build`), quotes and escapes processed. */
  text: string;
  range: Range;
  /** Range of the name including the dashes. */
  nameRange: Range;
  /** Range of the value after `=`, when there is one. */
  valueRange: Range | null;
}

/** A heredoc attached to RUN, COPY or ADD (`<<EOF` ... `EOF`). */
export interface Heredoc {
  /** Delimiter word with quotes removed. */
  name: string;
  /** File descriptor prefix (`3<<EOF`), 0 when absent. */
  fileDescriptor: number;
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  chomp: boolean;
  /** `false` when the delimiter was quoted, so variables in the body are not expanded. */
  expand: boolean;
  /** Body text exactly as in the source (lines with their newlines), without the terminator line. */
  content: string;
  /** Range of the `<<EOF` marker on the instruction line. */
  markerRange: Range | null;
  /** Range of the body. */
  bodyRange: Range;
  /** Range of the terminator line, `null` when the heredoc is unterminated. */
  terminatorRange: Range | null;
}

/** How an instruction's command was written. */
export type CommandForm = "exec" | "shell";

/** The exec (JSON array) or shell form of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD. */
export interface CommandLine {
  form: CommandForm;
  /** Exec form: the array items, JSON-decoded. Empty for shell form. */
  exec: Word[];
  /** Shell form: the command text as BuildKit passes it to the shell (continuations removed). */
  shell: Word | null;
  /**
   * Shell form whose text starts with `[`: BuildKit tried JSON, failed, and silently fell back to
   * shell form. Always a mistake in practice.
   */
  jsonFallback: boolean;
  /** Range of the whole argument text (the JSON array or the shell command). */
  range: Range | null;
  /** Offset of the shell text inside the instruction's {@link LogicalText} (shell form only, else -1). */
  shellOffset: number;
}

/**
 * The instruction's logical line (what BuildKit parses: continuations and comment lines removed) with
 * a map back to the source. Shell-form commands are substrings of it.
 */
export interface LogicalText {
  readonly text: string;
  /** Source offset of the character at logical offset `offset`. */
  sourceStart(offset: number): number;
  /** Source offset just after the character before logical offset `offset` (an exclusive end). */
  sourceEnd(offset: number): number;
  /** Source range of the logical span `[start, end)`. */
  range(start: number, end: number): Range;
}

/** A parsed image reference `[registry/]path[:tag][@digest]`. */
export interface ImageReference {
  /** The text as written (may contain `$VAR`). */
  raw: string;
  /** Registry host (`docker.io` is not filled in when absent). */
  registry: string | null;
  /** Repository path, e.g. `library/ubuntu` or `ubuntu`. */
  path: string;
  tag: string | null;
  digest: string | null;
  /** True when the reference contains a variable (`$VAR`, `${VAR}`). */
  hasVariables: boolean;
  range: Range;
}

/** A key/value item of ENV, LABEL or ARG. */
export interface KeyValue {
  key: Word;
  /** `null` when there is no value (ARG without default). */
  value: Word | null;
  /** Written in the legacy `ENV key value` form. */
  legacy: boolean;
  range: Range;
}

/** An EXPOSE item such as `80`, `8080/tcp`, `3000-3005/udp` or `$PORT`. */
export interface ExposedPort {
  raw: Word;
  /** Port or range text before the `/`. */
  port: string;
  /** Protocol after `/` as written, `null` when absent. */
  protocol: string | null;
}

/** Fields every instruction has. */
interface InstructionCommon {
  type: "Instruction";
  /** Keyword upper-cased. Unknown instructions keep their text upper-cased too. */
  name: string;
  /** The keyword as written, with its range. */
  keyword: Word;
  flags: Flag[];
  /**
   * The argument list as BuildKit's parser produces it (the `Next` chain of its AST node):
   * exactly what `toBuildkitDump` prints after the flags.
   */
  args: Word[];
  /** BuildKit's "original" text: the logical line with continuations and comment lines removed. */
  original: string;
  /** Comment lines directly above the instruction (text after `#`, trimmed). */
  comments: string[];
  heredocs: Heredoc[];
  /** Full range: keyword to end of the last line (and of the last heredoc terminator). */
  range: Range;
  /** Source text of the instruction, from its first character to the end of its last line (no newline). */
  raw: string;
  /** Physical line range, 1-based inclusive, as BuildKit reports it. */
  startLine: number;
  endLine: number;
  /** Set when this instruction is the trigger of an ONBUILD. */
  onbuild: boolean;
  /** The logical line with its source map (shared by an ONBUILD and its trigger). */
  logical: LogicalText;
}

export interface FromInstruction extends InstructionCommon {
  kind: "FROM";
  image: ImageReference | null;
  /** `AS` keyword word, when present. */
  asKeyword: Word | null;
  /** Stage name as written (BuildKit lower-cases it). */
  stageName: Word | null;
  platform: Flag | null;
}

export interface RunInstruction extends InstructionCommon {
  kind: "RUN";
  command: CommandLine;
}

export interface CmdInstruction extends InstructionCommon {
  kind: "CMD";
  command: CommandLine;
}

export interface EntrypointInstruction extends InstructionCommon {
  kind: "ENTRYPOINT";
  command: CommandLine;
}

export interface ShellInstruction extends InstructionCommon {
  kind: "SHELL";
  command: CommandLine;
}

/** COPY and ADD share their shape. */
export interface CopyLikeInstruction<K extends "COPY" | "ADD"> extends InstructionCommon {
  kind: K;
  form: CommandForm;
  jsonFallback: boolean;
  sources: Word[];
  destination: Word | null;
}

export type CopyInstruction = CopyLikeInstruction<"COPY">;
export type AddInstruction = CopyLikeInstruction<"ADD">;

/** ENV and LABEL share their shape. */
export interface KeyValueInstruction<K extends "ENV" | "LABEL" = "ENV" | "LABEL"> extends InstructionCommon {
  kind: K;
  pairs: KeyValue[];
  /** At least one pair uses the legacy `KEY value` form. */
  legacy: boolean;
}

export type EnvInstruction = KeyValueInstruction<"ENV">;
export type LabelInstruction = KeyValueInstruction<"LABEL">;

export interface ArgInstruction extends InstructionCommon {
  kind: "ARG";
  pairs: KeyValue[];
}

export interface ExposeInstruction extends InstructionCommon {
  kind: "EXPOSE";
  ports: ExposedPort[];
}

export interface VolumeInstruction extends InstructionCommon {
  kind: "VOLUME";
  form: CommandForm;
  jsonFallback: boolean;
  paths: Word[];
}

/** USER, WORKDIR, STOPSIGNAL and MAINTAINER take their rest of line as one value. */
export interface SingleValueInstruction<K extends "USER" | "WORKDIR" | "STOPSIGNAL" | "MAINTAINER" = "USER" | "WORKDIR" | "STOPSIGNAL" | "MAINTAINER">
  extends InstructionCommon {
  kind: K;
  value: Word | null;
}
export type UserInstruction = SingleValueInstruction<"USER">;
export type WorkdirInstruction = SingleValueInstruction<"WORKDIR">;
export type StopsignalInstruction = SingleValueInstruction<"STOPSIGNAL">;
export type MaintainerInstruction = SingleValueInstruction<"MAINTAINER">;

export interface HealthcheckInstruction extends InstructionCommon {
  kind: "HEALTHCHECK";
  /** `CMD`, `NONE` or whatever was written (upper-cased); `null` when empty. */
  mode: Word | null;
  /** The command of `HEALTHCHECK CMD ...`. */
  command: CommandLine | null;
}

export interface OnbuildInstruction extends InstructionCommon {
  kind: "ONBUILD";
  /** The triggered instruction, parsed like a top-level one; `null` when missing. */
  trigger: Instruction | null;
}

/** An instruction keyword Docker does not know (`//`, `{{ template }}`, a stray shell line). */
export interface UnknownInstruction extends InstructionCommon {
  kind: "UNKNOWN";
  /** The rest of the line after the keyword. */
  rest: Word | null;
}

/** Any instruction, discriminated by `kind`. */
export type Instruction =
  | FromInstruction
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | ShellInstruction
  | CopyInstruction
  | AddInstruction
  | EnvInstruction
  | LabelInstruction
  | ArgInstruction
  | ExposeInstruction
  | VolumeInstruction
  | UserInstruction
  | WorkdirInstruction
  | StopsignalInstruction
  | MaintainerInstruction
  | HealthcheckInstruction
  | OnbuildInstruction
  | UnknownInstruction;

/** A parser directive at the top of the file (`# syntax=...`, `# escape=...`, `# check=...`). */
export interface Directive {
  type: "Directive";
  /** Lower-cased name. */
  name: "syntax" | "escape" | "check";
  value: string;
  nameRange: Range;
  valueRange: Range;
  range: Range;
}

/** A comment line (outside or inside a continued instruction). */
export interface Comment {
  type: "Comment";
  /** Text after `#`, trimmed. */
  text: string;
  range: Range;
  /** True when the comment sits between the lines of a continued instruction. */
  insideInstruction: boolean;
}

/** One piece of the file's text. The pieces tile the whole file in order. */
export type Segment =
  | { type: "Instruction"; node: Instruction; text: string }
  | { type: "Directive"; node: Directive; text: string }
  | { type: "Comment"; node: Comment; text: string }
  | { type: "Trivia"; text: string };

/** Diagnostic severity. */
export type DiagnosticSeverity = "error" | "warning";

/** A problem found while parsing. */
export interface Diagnostic {
  /** Stable kebab-case code, e.g. `unknown-instruction`, `syntax-error`. */
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  range: Range;
}

/** The root of the AST. */
export interface Dockerfile {
  type: "Dockerfile";
  /** The exact source text (including a BOM, if any). */
  text: string;
  /** Whether the text starts with a UTF-8 byte order mark. */
  bom: boolean;
  /** Line ending used by the first line break (`\r\n` or `\n`). */
  eol: "\n" | "\r\n";
  escapeChar: "\\" | "`";
  directives: Directive[];
  instructions: Instruction[];
  comments: Comment[];
  /** Ordered pieces that concatenate to `text`; `print` joins them. */
  segments: Segment[];
  range: Range;
}

/** Options for {@link parse}. */
export interface ParseOptions {
  /** File name used in diagnostics. */
  filename?: string;
}

/** What `parse` returns. */
export interface ParseResult {
  ast: Dockerfile;
  diagnostics: Diagnostic[];
}
