/**
 * The rule API. A rule is one module under `rules/` exporting a {@link Rule}: metadata plus a
 * `create` function returning visitors keyed by instruction kind. The engine walks the AST once and
 * calls every enabled rule's visitors; it knows nothing about any specific rule.
 * @module
 */
import type { Dockerfile, Instruction, Range } from "../ast/types.js";

/** How serious a finding is, most serious first. */
export type Severity = "error" | "warning" | "info" | "style";

/** Severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info", "style"];

/** What kind of problem a rule finds. */
export type Category = "correctness" | "security" | "maintainability" | "performance" | "style";

/** Replace the source text `[start, end)` (UTF-16 offsets into the file text) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix: edits applied together. `safe` fixes never change what the build produces. */
export interface Fix {
  description: string;
  safe: boolean;
  edits: TextEdit[];
}

/** Documentation every rule carries; `bad` and `good` are Dockerfile snippets checked by tests. */
export interface RuleDocs {
  /** One line: what the rule finds. */
  description: string;
  /** Why it matters (a short paragraph). */
  why: string;
  /** A Dockerfile on which the rule fires. */
  bad: string;
  /** The corrected Dockerfile, on which it does not fire. */
  good: string;
}

/** Static facts about a rule. */
export interface RuleMeta {
  /** Stable kebab-case id, e.g. `from-untagged`. */
  id: string;
  /** Other names: hadolint code (`DL3006`), BuildKit check (`JSONArgsRecommended`), Trivy/Checkov ids. */
  aliases: string[];
  severity: Severity;
  category: Category;
  docs: RuleDocs;
  /** Present when the rule can offer fixes; `safe` tells whether they are safe. */
  fix?: { safe: boolean };
  /** Off unless enabled in the config. */
  disabledByDefault?: boolean;
}

/** What a rule reports. The range is the narrowest one that shows the problem. */
export interface Report {
  message: string;
  range: Range;
  fix?: Fix;
}

/** Settings rules may read (resolved from the config file; defaults filled in). */
export interface RuleSettings {
  /** Registries allowed in FROM (empty: any). */
  trustedRegistries: string[];
  /** Required or allowed labels and their value types (hadolint's label-schema). */
  labelSchema: Record<string, "text" | "url" | "semver" | "hash" | "rfc3339" | "spdx" | "email">;
  /** Only labels in the schema are allowed. */
  strictLabels: boolean;
  /** Per-rule options, keyed by rule id. */
  ruleOptions: Record<string, Record<string, unknown>>;
}

/** What the engine gives a rule. */
export interface RuleContext {
  readonly ast: Dockerfile;
  readonly text: string;
  readonly filename: string;
  readonly settings: RuleSettings;
  /** Reports a finding. */
  report(report: Report): void;
  /** Source range of `[start, end)` offsets. */
  rangeOf(start: number, end: number): Range;
}

/**
 * The instruction node type of kind `K`. (Not `Extract<Instruction, { kind: K }>`: node types shared by
 * several kinds, such as COPY/ADD or ENV/LABEL, have a union `kind` and would extract to `never`.)
 */
export type InstructionOfKind<K extends Instruction["kind"]> = Instruction extends infer I
  ? I extends { kind: infer Kinds }
    ? K extends Kinds
      ? I
      : never
    : never
  : never;

/** A visitor per instruction kind; ONBUILD triggers are visited too (with `node.onbuild === true`). */
export type InstructionVisitors = {
  [K in Instruction["kind"]]?: (node: InstructionOfKind<K>) => void;
};

/** Visitors a rule returns: per instruction kind, plus whole-file hooks. */
export interface RuleVisitors extends InstructionVisitors {
  /** Called once before the instructions. */
  Dockerfile?: (ast: Dockerfile) => void;
  /** Called once after the instructions. */
  "Dockerfile:exit"?: (ast: Dockerfile) => void;
  /** Called for every instruction of any kind, before the kind-specific visitor. */
  Instruction?: (node: Instruction) => void;
}

/** A rule module's default export. */
export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}
