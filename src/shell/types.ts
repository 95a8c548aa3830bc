/**
 * Public model of a parsed POSIX shell script (the `sh -c` text of a
 * Dockerfile `RUN`, `CMD` or `ENTRYPOINT`).
 *
 * All positions are UTF-16 indices into the parsed text; `end` is exclusive,
 * so `text.slice(node.start, node.end)` is the node's source.
 *
 * @module
 */

/** A source range. */
export interface Span {
  /** Start offset (inclusive). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

/** Unquoted text (backslash escapes and line continuations included in `text`, removed in `value`). */
export interface LiteralPart extends Span {
  readonly kind: "literal";
  /** Exact source slice. */
  readonly text: string;
  /** Text after escape removal. */
  readonly value: string;
}

/** `'...'`. */
export interface SingleQuotedPart extends Span {
  readonly kind: "single-quoted";
  readonly text: string;
  /** Content between the quotes. */
  readonly value: string;
}

/** `$'...'` (ANSI-C quoting). */
export interface AnsiCQuotedPart extends Span {
  readonly kind: "ansi-c-quoted";
  readonly text: string;
  /** Content with the backslash escapes interpreted. */
  readonly value: string;
}

/** `"..."`. */
export interface DoubleQuotedPart extends Span {
  readonly kind: "double-quoted";
  readonly text: string;
  /** Inner parts: `literal`, `parameter`, `command-substitution`, `arithmetic`. */
  readonly parts: readonly WordPart[];
  /** Static content (escapes removed), or `undefined` when it contains an expansion. */
  readonly value: string | undefined;
}

/** `$NAME`, `$1`, `$@`, `${NAME}`, `${NAME:-word}`, `${#NAME}`, `${NAME//a/b}` ... */
export interface ParameterPart extends Span {
  readonly kind: "parameter";
  readonly text: string;
  /** Parameter name: `NAME`, `1`, `@`, `?`, ... (empty when unparseable, e.g. `${}`). */
  readonly name: string;
  /** True for the `${...}` form. */
  readonly braced: boolean;
  /** `#` for `${#NAME}` (length), `!` for `${!NAME}` (indirection). */
  readonly prefix: "#" | "!" | undefined;
  /**
   * Raw source of everything after the name inside the braces (`:-default`,
   * `//a/b`, `[0]`, `%.*`), or `undefined` when there is none.
   */
  readonly modifier: string | undefined;
  /** The operator at the start of the modifier (`:-`, `-`, `:=`, `=`, `:?`, `?`, `:+`, `+`, `#`, `##`, `%`, `%%`, `/`, `//`, `/#`, `/%`, `^`, `^^`, `,`, `,,`, `@`, `:`). */
  readonly operator: string | undefined;
  /** Parts of the word after the operator (may contain nested expansions). */
  readonly argument: readonly WordPart[];
}

/** `$(...)` or `` `...` ``. The inner commands are parsed and also listed in {@link ShellScript.commands}. */
export interface CommandSubstitutionPart extends Span {
  readonly kind: "command-substitution";
  readonly text: string;
  readonly syntax: "dollar" | "backtick";
  readonly body: CommandList;
}

/** `<(...)` / `>(...)` (bash process substitution). The inner commands are parsed. */
export interface ProcessSubstitutionPart extends Span {
  readonly kind: "process-substitution";
  readonly text: string;
  readonly direction: "<" | ">";
  readonly body: CommandList;
}

/** `$((...))`. */
export interface ArithmeticPart extends Span {
  readonly kind: "arithmetic";
  readonly text: string;
  /** Raw source between `$((` and `))`. */
  readonly expression: string;
  /** Expansions (`$x`, `${x}`, `$(...)`) found inside the expression. */
  readonly parts: readonly WordPart[];
}

/** One piece of a word. */
export type WordPart =
  | LiteralPart
  | SingleQuotedPart
  | AnsiCQuotedPart
  | DoubleQuotedPart
  | ParameterPart
  | CommandSubstitutionPart
  | ProcessSubstitutionPart
  | ArithmeticPart;

/** A shell word (an argument, a command name, a redirection target...). */
export interface Word extends Span {
  /** Exact source slice: `text === input.slice(start, end)`. */
  readonly text: string;
  /**
   * The literal value after quote removal when the word is fully static;
   * `undefined` when it contains an expansion. Unquoted glob characters and
   * `~` are kept as-is (still static).
   */
  readonly value: string | undefined;
  readonly parts: readonly WordPart[];
  /** `value === undefined`. */
  readonly dynamic: boolean;
}

// ---------------------------------------------------------------------------
// Redirections and assignments
// ---------------------------------------------------------------------------

/** A here-document body embedded in the shell text. Its body is not parsed as commands. */
export interface Heredoc {
  /** Delimiter after quote removal. */
  readonly delimiter: string;
  /** True when the delimiter was quoted (`<<'EOF'`, `<<"EOF"`, `<<\EOF`): no expansion in the body. */
  readonly quoted: boolean;
  /** `<<-`: leading tabs are stripped. */
  readonly stripTabs: boolean;
  /** Raw body text (without the terminator line): `input.slice(bodyStart, bodyEnd)`. */
  readonly body: string;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** False when the input ended before the terminator line. */
  readonly terminated: boolean;
}

/** Redirection operators. */
export type RedirectionOperator = ">" | ">>" | "<" | "<<" | "<<-" | "<<<" | ">&" | "<&" | "&>" | "&>>" | ">|" | "<>";

/** `2>&1`, `> file`, `<<EOF`, `<<< "str"` ... */
export interface Redirection extends Span {
  readonly kind: "redirection";
  readonly operator: RedirectionOperator;
  /** Explicit file descriptor (`2` in `2>&1`), if any. */
  readonly fd: number | undefined;
  /** Target word (file, fd, here-string, here-document delimiter). `undefined` on a syntax error. */
  readonly target: Word | undefined;
  /** Set for `<<` / `<<-`. */
  readonly heredoc: Heredoc | undefined;
}

/** A `NAME=value` prefix of a simple command (or a standalone assignment). */
export interface Assignment extends Span {
  readonly name: string;
  /** True for `NAME+=value`. */
  readonly append: boolean;
  /** The value word (possibly empty: `start === end`). For array assignments, the `(` ... `)` source as a static-less word. */
  readonly value: Word;
  /** Elements of `NAME=(a b c)` (bash arrays), `undefined` for scalar assignments. */
  readonly array: readonly Word[] | undefined;
  /** The whole `NAME=value` word. */
  readonly word: Word;
}

// ---------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------

/** Operators that can connect two commands. `"\n"` is a newline separator. */
export type Connector = "&&" | "||" | ";" | "&" | "|" | "|&" | "\n";

/** Syntactic contexts a command can be nested in (outermost first in {@link SimpleCommand.nesting}). */
export type NestingKind =
  | "subshell"
  | "group"
  | "command-substitution"
  | "process-substitution"
  | "if-condition"
  | "if-body"
  | "loop-condition"
  | "loop-body"
  | "case-body"
  | "function-body";

/** A simple command: assignments, words and redirections. */
export interface SimpleCommand extends Span {
  readonly kind: "simple";
  /** First word (the command name); `undefined` for assignment- or redirection-only commands. */
  readonly name: Word | undefined;
  /** Words after the name. */
  readonly args: readonly Word[];
  /** `name` followed by `args` (empty when there is no name). */
  readonly argv: readonly Word[];
  /** Leading `NAME=value` words. */
  readonly assignments: readonly Assignment[];
  /** Redirections anywhere in the command. */
  readonly redirections: readonly Redirection[];
  /** Position of this command in its pipeline. */
  readonly pipeline: { readonly index: number; readonly length: number };
  /** The pipeline is negated with `!`. */
  readonly negated: boolean;
  /** The and-or list containing it ends with `&`. */
  readonly background: boolean;
  /**
   * The command's failure is masked by a following `|| <fallback>` in its
   * and-or list, where the fallback does not itself fail (`|| true`, `|| :`,
   * `|| exit 0`, `|| echo ...`; but not `|| exit 1` or `|| false`). Also set
   * for commands inside a subshell/group/compound that is so masked.
   * `cmd; true` is not masking.
   */
  readonly maskedFailure: boolean;
  /** Operator before the command (`undefined` at the start of a list). */
  readonly connectorBefore: Connector | undefined;
  /** Operator after the command (`undefined` at the end of a list). */
  readonly connectorAfter: Connector | undefined;
  /** Enclosing syntactic contexts, outermost first (shared array; do not mutate). */
  readonly nesting: readonly NestingKind[];
}

/** `( list )`. */
export interface Subshell extends Span {
  readonly kind: "subshell";
  readonly body: CommandList;
  readonly redirections: readonly Redirection[];
}

/** `{ list; }`. */
export interface BraceGroup extends Span {
  readonly kind: "group";
  readonly body: CommandList;
  readonly redirections: readonly Redirection[];
}

/** One `if`/`elif` branch. */
export interface IfBranch extends Span {
  readonly condition: CommandList;
  readonly body: CommandList;
}

/** `if ...; then ...; elif ...; then ...; else ...; fi`. */
export interface IfCommand extends Span {
  readonly kind: "if";
  /** The `if` branch followed by the `elif` branches. */
  readonly branches: readonly IfBranch[];
  readonly elseBody: CommandList | undefined;
  readonly redirections: readonly Redirection[];
}

/** `for NAME [in WORDS]; do ...; done` or `for ((...)); do ...; done`. */
export interface ForCommand extends Span {
  readonly kind: "for";
  /** Loop variable (`undefined` for the arithmetic form). */
  readonly variable: Word | undefined;
  /** Words after `in`; `undefined` when there is no `in` (iterates `"$@"`) or for the arithmetic form. */
  readonly items: readonly Word[] | undefined;
  /** Raw `((...))` header of the arithmetic form. */
  readonly arithmetic: string | undefined;
  readonly body: CommandList;
  readonly redirections: readonly Redirection[];
}

/** `while list; do list; done` / `until ...`. */
export interface WhileCommand extends Span {
  readonly kind: "while" | "until";
  readonly condition: CommandList;
  readonly body: CommandList;
  readonly redirections: readonly Redirection[];
}

/** One `pattern) list ;;` item of a `case`. */
export interface CaseItem extends Span {
  readonly patterns: readonly Word[];
  readonly body: CommandList;
  readonly terminator: ";;" | ";&" | ";;&" | undefined;
}

/** `case WORD in ... esac`. */
export interface CaseCommand extends Span {
  readonly kind: "case";
  readonly subject: Word | undefined;
  readonly items: readonly CaseItem[];
  readonly redirections: readonly Redirection[];
}

/** `name() compound` or `function name { ... }`. */
export interface FunctionDefinition extends Span {
  readonly kind: "function";
  readonly name: Word;
  readonly body: Command | undefined;
  readonly redirections: readonly Redirection[];
}

/** `(( expression ))` (bash arithmetic command). */
export interface ArithmeticCommand extends Span {
  readonly kind: "arithmetic";
  /** Raw source between the parentheses. */
  readonly expression: string;
  readonly redirections: readonly Redirection[];
}

/** Compound commands. */
export type CompoundCommand =
  | Subshell
  | BraceGroup
  | IfCommand
  | ForCommand
  | WhileCommand
  | CaseCommand
  | FunctionDefinition
  | ArithmeticCommand;

/** Any command. */
export type Command = SimpleCommand | CompoundCommand;

/** Commands joined by `|` / `|&`, optionally negated by `!`. */
export interface Pipeline extends Span {
  readonly kind: "pipeline";
  readonly commands: readonly Command[];
  /** `operators[i]` joins `commands[i]` and `commands[i + 1]`. */
  readonly operators: readonly ("|" | "|&")[];
  readonly negated: boolean;
}

/** Pipelines joined by `&&` / `||`, with the separator that ends it. */
export interface AndOrList extends Span {
  readonly kind: "and-or";
  readonly pipelines: readonly Pipeline[];
  /** `operators[i]` joins `pipelines[i]` and `pipelines[i + 1]`. */
  readonly operators: readonly ("&&" | "||")[];
  /** Separator after the list (`;`, `&`, newline) or `undefined`. Not included in the span. */
  readonly separator: ";" | "&" | "\n" | undefined;
  /** `separator === "&"`. */
  readonly background: boolean;
}

/** A sequence of and-or lists. */
export interface CommandList extends Span {
  readonly kind: "list";
  readonly items: readonly AndOrList[];
}

/** A parse error. Parsing always recovers and continues. */
export interface ShellError extends Span {
  readonly message: string;
}

/** Result of `parseShell`. */
export interface ShellScript {
  /** The input text. */
  readonly text: string;
  /** Top-level command list. */
  readonly body: CommandList;
  /** Syntax errors (empty for valid input). */
  readonly errors: readonly ShellError[];
  /**
   * Every simple command in source order (by start offset), including ones
   * nested in `$(...)`, backticks, subshells, groups, `if`/`for`/`while`/`case`
   * bodies, function bodies and pipelines.
   */
  readonly commands: readonly SimpleCommand[];
  /** Every here-document, in source order. */
  readonly heredocs: readonly Heredoc[];
}
