/**
 * {@link buildModel}: one pass over the AST that builds the stage list, the scopes at every
 * instruction and the expansions BuildKit would perform, following BuildKit's converter
 * (`dockerfile2llb/convert.go`). Expansions of instructions that do not change the scope are
 * computed on first use.
 * @module
 */
import { parseImageReference } from "../ast/build.js";
import { LineIndex } from "../ast/text.js";
import type { Dockerfile, FromInstruction, Instruction, Range, Word } from "../ast/types.js";
import { expandWord, type ExpandResult } from "./expand.js";
import {
  DEFAULT_PATH,
  FROM_PREDEFINED_ARGS,
  MapScope,
  NON_ENV_ARGS,
  RUN_ONLY_PREDEFINED_ARGS,
  predefinedBinding,
} from "./scopes.js";
import { expansionSites, mapperFor, type Site } from "./sites.js";
import { copyFromValue, markReachable, mountFromValues, resolveFrom, stagesByName } from "./stages.js";
import { suggestName } from "../util/suggest.js";
import type {
  Binding,
  Expansion,
  LocatedReference,
  ModelOptions,
  ModelProblem,
  ReferenceContext,
  Scope,
  SemanticModel,
  Stage,
  StageBase,
  StageReference,
  UndefinedReference,
} from "./types.js";

/** An expansion with what is needed to judge its references. */
interface Evaluated {
  expansion: Expansion;
  scope: MapScope;
  context: ReferenceContext;
  stage: Stage | null;
  /** The ARG/ENV/LABEL pair of the site. */
  pair?: number;
}

const EMPTY_SCOPE = new MapScope(new Map());

function located(result: ExpandResult, site: Site): LocatedReference[] {
  return result.references.map((r) => ({ ...r, range: site.map(r.start, r.end), nameRange: site.map(r.nameStart, r.nameEnd) }));
}

class ModelBuilder implements SemanticModel {
  readonly stages: Stage[] = [];
  target: Stage | null = null;
  finalStage: Stage | null = null;
  readonly globalArgs: Binding[] = [];
  readonly stageReferences: StageReference[] = [];
  private readonly problemList: ModelProblem[] = [];

  private readonly lines: LineIndex;
  private readonly escape: string;
  private readonly buildArgs: Record<string, string>;
  private readonly scopes = new Map<Instruction, MapScope>();
  private readonly stageMap = new Map<Instruction, Stage>();
  /** Root of each stage's parent chain builds on an external image. */
  private readonly imageRooted = new Map<Stage, boolean>();
  private readonly evaluated = new Map<Instruction, Evaluated[]>();
  /** The scope at the end of each stage (what a child stage starts from). */
  private readonly endScopes = new Map<Stage, MapScope>();
  private fromScope: MapScope = EMPTY_SCOPE;
  private byName = new Map<string, Stage>();
  private undefinedCache: UndefinedReference[] | null = null;

  constructor(
    readonly ast: Dockerfile,
    readonly options: ModelOptions,
  ) {
    this.lines = new LineIndex(ast.text);
    this.escape = ast.escapeChar;
    this.buildArgs = options.buildArgs ?? {};
  }

  private hasBuildArg(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.buildArgs, name);
  }

  build(): this {
    const instructions = this.ast.instructions;
    const firstFrom = instructions.findIndex((i) => i.kind === "FROM");
    const froms = instructions.filter((i): i is FromInstruction => i.kind === "FROM");
    const lastName = froms.length > 0 ? (froms[froms.length - 1].stageName?.value.toLowerCase() ?? "") : "";
    const targetName = this.options.target ?? lastName;

    // The global scope: predefined platform args, then ARGs before the first FROM.
    let global = new MapScope(new Map());
    for (const name of FROM_PREDEFINED_ARGS) {
      let value: string | undefined;
      if (this.hasBuildArg(name)) value = this.buildArgs[name];
      else if (name === "TARGETSTAGE") value = targetName === "" ? "default" : targetName;
      global = global.with(predefinedBinding(name, value, true));
    }
    const preamble = firstFrom === -1 ? instructions : instructions.slice(0, firstFrom);
    for (const instruction of preamble) {
      this.scopes.set(instruction, global);
      if (instruction.kind !== "ARG") {
        this.problemList.push({
          code: "instruction-before-from",
          message: `${instruction.name} before the first FROM: no build stage in current context`,
          range: instruction.keyword.range,
          instruction,
        });
        continue;
      }
      global = this.applyArg(instruction, global, null, "global-arg");
    }
    this.fromScope = global;

    // Stages.
    for (let f = 0; f < froms.length; f++) {
      const from = froms[f];
      const start = instructions.indexOf(from);
      const end = f + 1 < froms.length ? instructions.indexOf(froms[f + 1]) : instructions.length;
      this.buildStage(from, instructions.slice(start + 1, end));
    }
    this.finalStage = this.stages[this.stages.length - 1] ?? null;
    this.resolveGraph();
    return this;
  }

  /** Applies one ARG instruction pair by pair; returns the scope after it. */
  private applyArg(instruction: Instruction, scope: MapScope, stage: Stage | null, context: ReferenceContext): MapScope {
    if (instruction.kind !== "ARG") return scope;
    const sites = expansionSites(instruction, this.ast.text, this.lines);
    const evaluated: Evaluated[] = [];
    let current = scope;
    instruction.pairs.forEach((pair, i) => {
      const name = pair.key.value;
      const base: Binding = {
        name,
        kind: stage === null ? "global-arg" : "arg",
        value: undefined,
        hasValue: false,
        expands: !NON_ENV_ARGS.has(name),
        definedAt: pair.key.range,
        instruction,
        stageIndex: stage?.index ?? null,
        inherited: false,
        importsGlobal: false,
      };
      let binding: Binding;
      if (this.hasBuildArg(name)) {
        binding = { ...base, value: this.buildArgs[name], hasValue: true };
      } else if (pair.value) {
        const site = sites.find((s) => s.pair === i);
        let value: string | undefined;
        if (site) {
          const ev = this.evaluate(instruction, site, current, context, stage);
          evaluated.push(ev);
          value = ev.expansion.value;
        }
        binding = { ...base, value, hasValue: true };
      } else if (stage !== null) {
        const imported = this.fromScope.lookup(name);
        binding =
          imported && imported.hasValue
            ? { ...base, value: imported.value, hasValue: true, importsGlobal: true }
            : base;
      } else {
        binding = base;
      }
      if (stage === null) this.globalArgs.push(binding);
      current = binding.hasValue ? current.with(binding) : current.withDeclared(binding);
    });
    this.evaluated.set(instruction, evaluated);
    return current;
  }

  /** Applies one ENV instruction: every pair is expanded in the scope before the instruction. */
  private applyEnv(instruction: Instruction, scope: MapScope, stage: Stage): MapScope {
    if (instruction.kind !== "ENV") return scope;
    const evaluated = expansionSites(instruction, this.ast.text, this.lines).map((site) =>
      this.evaluate(instruction, site, scope, "instruction", stage),
    );
    this.evaluated.set(instruction, evaluated);
    let current = scope;
    instruction.pairs.forEach((pair, i) => {
      const key = evaluated.find((e) => e.expansion.role === "env-key" && e.pair === i);
      const value = evaluated.find((e) => e.expansion.role === "env-value" && e.pair === i);
      const name = key?.expansion.value ?? pair.key.value;
      current = current.with({
        name,
        kind: "env",
        value: pair.value ? value?.expansion.value : "",
        hasValue: true,
        expands: true,
        definedAt: pair.key.range,
        instruction,
        stageIndex: stage.index,
        inherited: false,
        importsGlobal: false,
      });
    });
    return current;
  }

  private buildStage(from: FromInstruction, body: Instruction[]): void {
    const index = this.stages.length;
    this.scopes.set(from, this.fromScope);
    const fromEvaluated = expansionSites(from, this.ast.text, this.lines).map((site) =>
      this.evaluate(from, site, this.fromScope, "from", null),
    );
    this.evaluated.set(from, fromEvaluated);
    const imageExpansion = fromEvaluated.find((e) => e.expansion.role === "from-image")?.expansion;
    const platform = fromEvaluated.find((e) => e.expansion.role === "from-platform")?.expansion ?? null;
    const baseText = imageExpansion?.value;
    const parent = baseText !== undefined ? this.byName.get(baseText) : undefined;
    let base: StageBase;
    if (parent) base = { kind: "stage", stage: parent, text: baseText as string };
    else if (baseText === "scratch") base = { kind: "scratch", text: "scratch" };
    else {
      const word = from.args[0];
      const reference =
        word === undefined ? null : baseText !== undefined ? parseImageReference(baseText, word.range) : from.image;
      base = { kind: "image", text: baseText, reference, resolved: baseText !== undefined, selfReference: false };
    }
    const name = from.stageName ? from.stageName.value.toLowerCase() : null;
    const stage: Stage = {
      index,
      name,
      nameWord: from.stageName,
      from,
      instructions: body,
      base,
      parent: parent ?? null,
      platform,
      references: [],
      dependencies: [],
      reachable: false,
      isTarget: false,
      isLast: false,
    };
    this.stages.push(stage);
    this.stageMap.set(from, stage);
    if (name !== null) this.byName.set(name, stage);

    const imageRooted = parent ? (this.imageRooted.get(parent) ?? false) : base.kind === "image";
    this.imageRooted.set(stage, imageRooted);
    let scope: MapScope;
    const parentEnd = parent ? this.endScopes.get(parent) : undefined;
    if (parentEnd) scope = parentEnd.inherit(imageRooted);
    else {
      scope = new MapScope(new Map(), new Map(), imageRooted).with(
        predefinedBinding("PATH", base.kind === "scratch" ? DEFAULT_PATH : undefined, true),
      );
    }
    for (const name of RUN_ONLY_PREDEFINED_ARGS) {
      if (!scope.lookup(name)) scope = scope.withDeclared(predefinedBinding(name, this.buildArgs[name], false));
    }
    for (const instruction of body) {
      this.stageMap.set(instruction, stage);
      this.scopes.set(instruction, scope);
      if (instruction.kind === "ONBUILD" && instruction.trigger) {
        this.stageMap.set(instruction.trigger, stage);
        this.scopes.set(instruction.trigger, scope);
      }
      if (instruction.kind === "ARG") scope = this.applyArg(instruction, scope, stage, "instruction");
      else if (instruction.kind === "ENV") scope = this.applyEnv(instruction, scope, stage);
    }
    this.endScopes.set(stage, scope);
  }

  /** Resolves FROM names against later stages, COPY/RUN references, the target and reachability. */
  private resolveGraph(): void {
    const stages = this.stages;
    const all = stagesByName(stages);
    for (const stage of stages) {
      const base = stage.base;
      if (base.kind === "image" && base.text !== undefined) {
        const later = stages.find((s) => s.index > stage.index && s.name === base.text);
        if (later) base.forwardStage = later;
        base.selfReference = stage.name !== null && stage.name === base.text;
      }
      const refs: StageReference[] = [];
      const collect = (instruction: Instruction, onbuild: boolean): void => {
        const copy = copyFromValue(instruction);
        const values = copy ? [copy] : mountFromValues(instruction);
        for (const v of values) refs.push(resolveFrom(v, stage, stages, all, this.escape, onbuild));
      };
      for (const instruction of stage.instructions) collect(instruction, false);
      if (stage.parent) {
        for (const instruction of stage.parent.instructions) {
          if (instruction.kind === "ONBUILD" && instruction.trigger) collect(instruction.trigger, true);
        }
      }
      stage.references = refs;
      const deps = new Set<Stage>();
      if (stage.parent) deps.add(stage.parent);
      for (const r of refs) {
        this.stageReferences.push(r);
        if (r.target.kind === "stage") deps.add(r.target.stage);
        this.referenceProblems(r);
      }
      stage.dependencies = [...deps];
    }
    if (stages.length === 0) return;
    stages[stages.length - 1].isLast = true;
    let target: Stage | undefined = stages[stages.length - 1];
    if (this.options.target !== undefined) {
      target = all.get(this.options.target.toLowerCase());
      if (!target) {
        const names = stages.flatMap((s) => (s.name === null ? [] : [s.name]));
        const hint = suggestName(this.options.target, names);
        this.problemList.push({
          code: "target-not-found",
          message: `target stage "${this.options.target}" could not be found${hint ? ` (did you mean ${hint}?)` : ""}`,
          range: stages[0].from.range,
        });
      }
    }
    this.target = target ?? null;
    if (target) target.isTarget = true;
    markReachable(target ?? stages[stages.length - 1]);
  }

  private referenceProblems(r: StageReference): void {
    const where = `${r.kind === "copy-from" ? "--from" : "--mount from"}=${r.text}`;
    if (r.target.kind === "unsupported-expansion") {
      this.problemList.push({
        code: "from-expansion-unsupported",
        message:
          r.kind === "copy-from"
            ? "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"
            : "'from' doesn't support variable expansion, define alias stage instead",
        range: r.range,
        instruction: r.instruction,
      });
    } else if (r.target.kind === "invalid-index") {
      this.problemList.push({ code: "invalid-stage-index", message: `invalid stage index ${r.target.index}`, range: r.range, instruction: r.instruction });
    } else if (r.self) {
      this.problemList.push({
        code: "self-stage-reference",
        message: `${where}: circular dependency detected on stage: ${r.stage.name ?? `stage-${r.stage.index}`}`,
        range: r.range,
        instruction: r.instruction,
      });
    } else if (r.forward && r.target.kind === "stage") {
      this.problemList.push({
        code: "forward-stage-reference",
        message: `${where}: cannot copy from stage "${r.target.stage.name ?? r.text}", it needs to be defined before current stage "${r.stage.name ?? `stage-${r.stage.index}`}"`,
        range: r.range,
        instruction: r.instruction,
      });
    }
  }

  private evaluate(instruction: Instruction, site: Site, scope: MapScope, context: ReferenceContext, stage: Stage | null): Evaluated {
    const result = expandWord(site.text, scope.env, {
      escape: site.mode === "raw" ? "\\" : this.escape,
      skipProcessQuotes: site.mode === "raw",
    });
    const expansion: Expansion = {
      instruction,
      role: site.role,
      text: site.text,
      range: site.range,
      value: result.value,
      words: site.mode === "words" ? result.words : result.value === undefined ? undefined : [result.value],
      references: located(result, site),
      unresolved: result.unresolved,
      unknown: result.unknown,
      errors: result.errors,
    };
    if (site.detail !== undefined) expansion.detail = site.detail;
    for (const message of result.errors) {
      this.problemList.push({ code: "expansion-error", message: `failed to process "${site.text}": ${message}`, range: site.range, instruction });
    }
    const ev: Evaluated = { expansion, scope, context, stage };
    if (site.pair !== undefined) ev.pair = site.pair;
    return ev;
  }

  private evaluatedOf(instruction: Instruction): Evaluated[] {
    let ev = this.evaluated.get(instruction);
    if (ev) return ev;
    const stage = this.stageMap.get(instruction) ?? null;
    const scope = this.scopes.get(instruction);
    if (!scope || stage === null || instruction.onbuild) ev = [];
    else {
      ev = expansionSites(instruction, this.ast.text, this.lines).map((site) =>
        this.evaluate(instruction, site, scope, "instruction", stage),
      );
    }
    this.evaluated.set(instruction, ev);
    return ev;
  }

  get problems(): ModelProblem[] {
    // Expansion errors of instructions that do not change the scope are found on first evaluation.
    void this.undefinedReferences;
    return [...this.problemList].sort((a, b) => a.range.start.offset - b.range.start.offset);
  }

  get unreachableStages(): Stage[] {
    return this.stages.filter((s) => !s.reachable);
  }

  get undefinedReferences(): UndefinedReference[] {
    if (this.undefinedCache) return this.undefinedCache;
    const out: UndefinedReference[] = [];
    for (const instruction of this.ast.instructions) {
      for (const ev of this.evaluatedOf(instruction)) {
        const suggestions = ev.context === "instruction" ? ev.scope.envNames() : ev.scope.bindings().map((b) => b.name);
        for (const ref of ev.expansion.references) {
          const binding = ev.scope.lookup(ref.name);
          if (binding && binding.expands) continue;
          if (NON_ENV_ARGS.has(ref.name)) continue;
          const u: UndefinedReference = {
            name: ref.name,
            range: ref.range,
            reference: ref,
            instruction,
            role: ev.expansion.role,
            context: ev.context,
            stageIndex: ev.stage?.index ?? null,
            baseImageMayDefine: ev.stage !== null && (this.imageRooted.get(ev.stage) ?? false),
          };
          const suggestion = suggestName(ref.name, suggestions);
          if (suggestion !== undefined) u.suggestion = suggestion;
          out.push(u);
        }
      }
    }
    out.sort((a, b) => a.range.start.offset - b.range.start.offset);
    this.undefinedCache = out;
    return out;
  }

  stageOf(instruction: Instruction): Stage | null {
    return this.stageMap.get(instruction) ?? null;
  }

  stageByName(name: string): Stage | undefined {
    if (/^[0-9]+$/.test(name)) return this.stages[Number(name)];
    let found: Stage | undefined;
    for (const s of this.stages) if (s.name === name.toLowerCase()) found = s;
    return found;
  }

  scopeAt(instruction: Instruction): Scope {
    return this.scopes.get(instruction) ?? EMPTY_SCOPE;
  }

  expansionsOf(instruction: Instruction): readonly Expansion[] {
    return this.evaluatedOf(instruction).map((e) => e.expansion);
  }

  expandInstructionWord(instruction: Instruction, word: Word, options: { unsetAsEmpty?: boolean } = {}): Expansion {
    const scope = this.scopes.get(instruction) ?? EMPTY_SCOPE;
    const map = mapperFor(instruction, this.ast.text, this.lines, word.value, word.range);
    const known = this.evaluatedOf(instruction).find((e) => sameRange(e.expansion.range, word.range));
    const result = expandWord(word.value, scope.env, { escape: this.escape, unsetAsEmpty: options.unsetAsEmpty ?? false });
    const site: Site = { role: known?.expansion.role ?? "other", text: word.value, range: word.range, map, mode: "word" };
    return {
      instruction,
      role: site.role,
      text: word.value,
      range: word.range,
      value: result.value,
      words: result.words,
      references: located(result, site),
      unresolved: result.unresolved,
      unknown: result.unknown,
      errors: result.errors,
    };
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}

/**
 * Builds the semantic model of a parsed Dockerfile: stages and their graph, ARG/ENV scopes at every
 * instruction, BuildKit's expansions and the references nothing defines. Never throws.
 */
export function buildModel(ast: Dockerfile, options: ModelOptions = {}): SemanticModel {
  return new ModelBuilder(ast, options).build();
}
