/**
 * Public types of the semantic model: scopes (ARG/ENV), the stage graph, variable references with
 * source ranges, and the model object that ties them to the AST.
 * @module
 */
import type { Dockerfile, FromInstruction, ImageReference, Instruction, Range, Word } from "../ast/types.js";
import type { EnvLookup, ExpandResult, VariableReference } from "./expand.js";

/**
 * Where a variable comes from:
 * - `arg`: an ARG inside a stage (or inherited from the parent stage);
 * - `env`: an ENV inside a stage (or inherited from the parent stage);
 * - `global-arg`: an ARG before the first FROM (visible in FROM lines and other global ARGs);
 * - `predefined`: provided by BuildKit without any declaration.
 */
export type BindingKind = "arg" | "env" | "predefined" | "global-arg";

/** A variable visible at some point of the Dockerfile. */
export interface Binding {
  name: string;
  kind: BindingKind;
  /**
   * The value as far as it is known statically: the expanded default, the build arg given in the
   * options, or the global default an in-stage `ARG NAME` imports. `undefined` when the variable has
   * no value (ARG without default) or its value depends on the build (platform args, base-image ENV).
   */
  value: string | undefined;
  /**
   * The variable is present in BuildKit's expansion environment. `false` for an ARG declared without
   * a value (it expands to nothing, though BuildKit does not call it undefined).
   */
  hasValue: boolean;
  /**
   * BuildKit's word expansion sees the variable. `false` for predefined names that only reach the
   * environment of RUN commands (proxy variables) or that BuildKit consumes itself (`BUILDKIT_*`).
   */
  expands: boolean;
  /** Range of the key in the defining ARG/ENV; absent for predefined variables. */
  definedAt?: Range;
  /** The defining ARG/ENV instruction; absent for predefined variables. */
  instruction?: Instruction;
  /** Index of the stage that defined it; `null` for global and predefined variables. */
  stageIndex: number | null;
  /** Came from the parent stage (`FROM <earlier stage>`). */
  inherited: boolean;
  /** An in-stage `ARG NAME` without value that took its value from a global ARG or predefined ARG. */
  importsGlobal: boolean;
}

/** The variables visible at one instruction. */
export interface Scope {
  /** The binding `name` resolves to here, or `undefined`. Names are case-sensitive, as in BuildKit on Linux. */
  lookup(name: string): Binding | undefined;
  /** Every visible binding, in BuildKit's environment order (oldest first by last assignment). */
  bindings(): Binding[];
  /** The lookup BuildKit's expansion uses here (bindings with `expands`, unknown values as {@link UNKNOWN_VALUE}). */
  env: EnvLookup;
}

/** Where an undefined reference sits, which decides which BuildKit check applies. */
export type ReferenceContext =
  /** A FROM image or `--platform` (BuildKit's UndefinedArgInFrom). */
  | "from"
  /** An instruction inside a stage (BuildKit's UndefinedVar). */
  | "instruction"
  /** The default of a global ARG (BuildKit expands it but does not report). */
  | "global-arg";

/** Which part of an instruction a word is. */
export type SiteRole =
  | "from-image"
  | "from-platform"
  | "arg-value"
  | "env-key"
  | "env-value"
  | "label-key"
  | "label-value"
  | "source"
  | "destination"
  | "heredoc"
  | "flag"
  | "mount"
  | "workdir"
  | "user"
  | "stopsignal"
  | "volume"
  | "expose"
  /** A word given to `expandInstructionWord` that is not one BuildKit expands. */
  | "other";

/** A {@link VariableReference} with its source range. */
export interface LocatedReference extends VariableReference {
  /** Source range of `$NAME` / `${NAME...}`. */
  range: Range;
  /** Source range of the name. */
  nameRange: Range;
}

/** A word BuildKit expands, with its expansion. */
export interface Expansion extends Omit<ExpandResult, "references"> {
  instruction: Instruction;
  role: SiteRole;
  /** The flag or mount field name for `flag` and `mount` sites (`chown`, `target`, ...). */
  detail?: string;
  /** The text BuildKit expands. */
  text: string;
  /** Source range of the text (best effort when quotes or continuations make it non-contiguous). */
  range: Range;
  references: LocatedReference[];
}

/** A variable reference that nothing defines at that point. */
export interface UndefinedReference {
  name: string;
  /** Source range of `$NAME` / `${NAME...}`. */
  range: Range;
  reference: LocatedReference;
  instruction: Instruction;
  role: SiteRole;
  context: ReferenceContext;
  /** Index of the stage, `null` for FROM lines' global scope and global ARGs. */
  stageIndex: number | null;
  /** BuildKit's "did you mean" candidate (closest visible name, fewer than 3 edits). */
  suggestion?: string;
  /**
   * The stage builds on an external image, whose ENV may define the name (BuildKit knows the
   * image's config; a static linter does not).
   */
  baseImageMayDefine: boolean;
}

/** What a stage builds on. */
export type StageBase =
  | {
      kind: "stage";
      /** The earlier stage named by the FROM image. */
      stage: Stage;
      /** The FROM image text after expansion. */
      text: string;
    }
  | { kind: "scratch"; text: "scratch" }
  | {
      kind: "image";
      /** The FROM image text after expansion with the global ARG defaults; `undefined` when unresolved. */
      text: string | undefined;
      /** Parsed from the expanded text when resolved, otherwise from the text as written; `null` without an image word. */
      reference: ImageReference | null;
      /** All variables could be resolved. */
      resolved: boolean;
      /** The name equals a stage defined later (BuildKit pulls an image instead: likely a mistake). */
      forwardStage?: Stage;
      /** The name equals this stage's own name (BuildKit pulls an image instead). */
      selfReference: boolean;
    };

/** How a COPY or RUN reaches outside its stage. */
export type StageReferenceKind = "copy-from" | "mount-from";

/** What a `--from` names. */
export type StageReferenceTarget =
  | { kind: "stage"; stage: Stage; byIndex: boolean }
  | { kind: "image"; name: string }
  /** A numeric `--from` outside the list of stages (BuildKit: "invalid stage index"). */
  | { kind: "invalid-index"; index: number }
  /** A `--from` that uses variables, which BuildKit rejects. */
  | { kind: "unsupported-expansion" };

/** A `COPY --from=...` or `RUN --mount=...,from=...` reference. */
export interface StageReference {
  kind: StageReferenceKind;
  /** The COPY/RUN instruction (an ONBUILD trigger when `onbuild`). */
  instruction: Instruction;
  /** The stage the instruction runs in (for ONBUILD triggers: the child stage that runs them). */
  stage: Stage;
  /** The `from` value as written (after flag quote processing). */
  text: string;
  /** Source range of the value. */
  range: Range;
  target: StageReferenceTarget;
  /** Names a stage that comes later (BuildKit fails: it must be defined before). */
  forward: boolean;
  /** Names its own stage (BuildKit fails: circular dependency). */
  self: boolean;
  /** Comes from an ONBUILD trigger of the parent stage, run in `stage`. */
  onbuild: boolean;
}

/** One build stage: a FROM and the instructions up to the next FROM. */
export interface Stage {
  index: number;
  /** Name after `AS`, lower-cased as BuildKit does; `null` when unnamed. */
  name: string | null;
  /** The name word as written. */
  nameWord: Word | null;
  from: FromInstruction;
  /** Instructions after the FROM, in order (ONBUILD nodes, not their triggers). */
  instructions: Instruction[];
  base: StageBase;
  /** The parent stage, when the base names an earlier stage. */
  parent: Stage | null;
  /** `--platform` after expansion with the global scope; `null` without the flag. */
  platform: Expansion | null;
  /** This stage's COPY --from / RUN --mount from references (including parent ONBUILD triggers run here). */
  references: StageReference[];
  /** Stages this one needs: its parent and every stage it copies or mounts from. */
  dependencies: Stage[];
  /** The target stage depends on it (or it is the target). */
  reachable: boolean;
  /** It is the build target. */
  isTarget: boolean;
  /** It is the last stage in the file. */
  isLast: boolean;
}

/** A build problem the model finds (BuildKit would fail or warn). */
export interface ModelProblem {
  code:
    | "target-not-found"
    | "forward-stage-reference"
    | "self-stage-reference"
    | "invalid-stage-index"
    | "from-expansion-unsupported"
    | "expansion-error"
    | "instruction-before-from";
  message: string;
  range: Range;
  instruction?: Instruction;
}

/** Options of {@link buildModel}. */
export interface ModelOptions {
  /** Build target stage name (BuildKit's `--target`); the last stage when absent. */
  target?: string;
  /** Build args (`--build-arg`): they override declared ARG defaults, as in BuildKit. */
  buildArgs?: Record<string, string>;
}

/** The semantic model of one Dockerfile. */
export interface SemanticModel {
  readonly ast: Dockerfile;
  readonly options: ModelOptions;
  /** Stages in file order. */
  readonly stages: readonly Stage[];
  /** The target stage (`options.target`, else the last); `null` without stages or when the target is unknown. */
  readonly target: Stage | null;
  /** The last stage in the file, `null` when there is none. */
  readonly finalStage: Stage | null;
  /** Stages the target does not need. */
  readonly unreachableStages: readonly Stage[];
  /** ARG instructions before the first FROM, as global bindings in declaration order. */
  readonly globalArgs: readonly Binding[];
  /** Every COPY --from / RUN --mount from reference. */
  readonly stageReferences: readonly StageReference[];
  /** References to variables nothing defines, in source order (computed on first access). */
  readonly undefinedReferences: readonly UndefinedReference[];
  /** Build problems found while modelling. */
  readonly problems: readonly ModelProblem[];
  /** The stage an instruction belongs to (ONBUILD triggers: the stage declaring them); `null` before the first FROM. */
  stageOf(instruction: Instruction): Stage | null;
  /** The stage by name (case-insensitive; the last one when duplicated) or index. */
  stageByName(name: string): Stage | undefined;
  /**
   * Variables visible at `instruction`, before it takes effect. FROM lines and global ARGs see the
   * global scope. ONBUILD triggers see the scope of their ONBUILD (they run later, in child stages).
   */
  scopeAt(instruction: Instruction): Scope;
  /** Every word of `instruction` BuildKit expands, expanded (empty for RUN/CMD/... and ONBUILD triggers). */
  expansionsOf(instruction: Instruction): readonly Expansion[];
  /** Expands any word of `instruction` in the scope at that instruction, mapping references to source ranges. */
  expandInstructionWord(instruction: Instruction, word: Word, options?: { unsetAsEmpty?: boolean }): Expansion;
}
