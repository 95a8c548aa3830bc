/**
 * The engine: one walk over the instructions (ONBUILD triggers included), calling every enabled rule's
 * visitors; parser diagnostics become findings; suppressions are applied; a rule that throws becomes an
 * `internal-error` finding and the other rules go on.
 * @module
 */
import { LineIndex } from "../ast/text.js";
import type { Diagnostic, Dockerfile, Instruction, Range } from "../ast/types.js";
import { INTERNAL_ERROR, UNUSED_SUPPRESSION } from "./builtin.js";
import { compareFindings, findingAt, type Finding } from "./finding.js";
import { effectiveRules, RuleIndex, type EffectiveRule, type RuleSetting } from "./registry.js";
import { didYouMean } from "./suggest.js";
import { applySuppressions, collectSuppressions, unusedSuppressions } from "./suppressions.js";
import type { Report, Rule, RuleContext, RuleSettings, RuleVisitors } from "./types.js";

/** The part of a resolved config the engine reads. */
export interface EngineConfig {
  /** Rule settings keyed by rule id or alias. */
  rules?: Record<string, RuleSetting>;
  /** Settings rules may read; `ruleOptions` is filled from `rules` entries with `options`. */
  settings?: Partial<RuleSettings>;
  /** Report suppressions that hide nothing (same as enabling the `unused-suppression` rule). */
  unusedSuppressions?: boolean;
  /** Ignore `# shipshape ignore=` and `# hadolint ignore=` comments (hadolint's `disable-ignore-pragma`). */
  disableIgnorePragma?: boolean;
}

/** Options of {@link runRules}. */
export interface RunOptions {
  /** The rules to run (normally `allRules`); disabled ones are skipped. */
  rules: readonly Rule[];
  /** File name put on findings and given to rules; default `Dockerfile`. */
  filename?: string;
  /** Parser diagnostics to report as findings. */
  diagnostics?: readonly Diagnostic[];
  config?: EngineConfig;
}

/** Default rule settings. */
export function defaultRuleSettings(): RuleSettings {
  return { trustedRegistries: [], labelSchema: {}, strictLabels: false, ruleOptions: {} };
}

type Hook = keyof RuleVisitors;
type Handler = { run: RuleRun; fn: (node: never) => void };

/** One rule's run over one file. */
interface RuleRun {
  rule: Rule;
  severity: RuleEffectiveSeverity;
  crashed: boolean;
}
type RuleEffectiveSeverity = EffectiveRule["severity"];

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

const indexCache = new WeakMap<readonly Rule[], RuleIndex>();
const effectiveCache = new WeakMap<readonly Rule[], WeakMap<object, Map<string, EffectiveRule>>>();
const NO_SETTINGS = {};

/**
 * The rule index and the effective settings depend only on the rule list and the config object,
 * which stay the same across the files of one run: work them out once, not once per file.
 */
function indexFor(rules: readonly Rule[]): RuleIndex {
  let index = indexCache.get(rules);
  if (index === undefined) indexCache.set(rules, (index = RuleIndex.of(rules)));
  return index;
}

function effectiveFor(rules: readonly Rule[], settings: Record<string, RuleSetting> | undefined): Map<string, EffectiveRule> {
  const index = indexFor(rules);
  let byConfig = effectiveCache.get(rules);
  if (byConfig === undefined) effectiveCache.set(rules, (byConfig = new WeakMap()));
  const key = settings ?? NO_SETTINGS;
  let effective = byConfig.get(key);
  if (effective === undefined) byConfig.set(key, (effective = effectiveRules(index, settings)));
  return effective;
}

/** Runs the rules over a parsed file and returns the findings, sorted by line, column and rule. */
export function runRules(ast: Dockerfile, text: string, options: RunOptions): Finding[] {
  const file = options.filename ?? "Dockerfile";
  const config = options.config ?? {};
  const lines = new LineIndex(text);
  const rangeOf = (start: number, end: number): Range => lines.range(start, end);

  const index = indexFor(options.rules);
  const effective = effectiveFor(options.rules, config.rules);
  // Ids the engine reports itself; a rule module with one of them carries docs only.
  const engineIds = new Set([INTERNAL_ERROR, UNUSED_SUPPRESSION]);

  const ruleOptions: Record<string, Record<string, unknown>> = { ...config.settings?.ruleOptions };
  for (const eff of effective.values()) if (eff.options) ruleOptions[eff.meta.id] = { ...ruleOptions[eff.meta.id], ...eff.options };
  const settings: RuleSettings = { ...defaultRuleSettings(), ...config.settings, ruleOptions };

  const findings: Finding[] = [];
  const internal: Finding[] = [];
  const startRange: Range = rangeOf(0, 0);

  const crash = (run: RuleRun, error: unknown, where: string, range: Range) => {
    run.crashed = true;
    internal.push(findingAt(file, range, INTERNAL_ERROR, [], "error", `rule '${run.rule.meta.id}' crashed ${where}: ${errorText(error)}`));
  };

  // Instantiate the enabled rules and index their visitors by hook.
  const handlers = new Map<Hook, Handler[]>();
  const seen = new Set<string>();
  for (const rule of options.rules) {
    const eff = effective.get(rule.meta.id);
    if (!eff || !eff.enabled || seen.has(rule.meta.id) || engineIds.has(rule.meta.id)) continue;
    seen.add(rule.meta.id);
    const run: RuleRun = { rule, severity: eff.severity, crashed: false };
    const context: RuleContext = {
      ast,
      text,
      filename: file,
      settings,
      rangeOf,
      report(report: Report) {
        if (run.crashed) return;
        if (!report || typeof report.message !== "string" || !report.range?.start || !report.range?.end) {
          throw new Error("report() needs a message and a range");
        }
        if (report.fix && !rule.meta.fix) throw new Error("reported a fix but the rule does not declare meta.fix");
        findings.push(findingAt(file, report.range, rule.meta.id, rule.meta.aliases, run.severity, report.message, report.fix));
      },
    };
    let visitors: RuleVisitors;
    try {
      visitors = rule.create(context) ?? {};
    } catch (error) {
      crash(run, error, "while starting", startRange);
      continue;
    }
    for (const [hook, fn] of Object.entries(visitors)) {
      if (typeof fn !== "function") continue;
      let list = handlers.get(hook as Hook);
      if (!list) handlers.set(hook as Hook, (list = []));
      list.push({ run, fn: fn as (node: never) => void });
    }
  }

  const call = (hook: Hook, node: Dockerfile | Instruction, where: () => string, range: () => Range) => {
    const list = handlers.get(hook);
    if (!list) return;
    for (const h of list) {
      if (h.run.crashed) continue;
      try {
        (h.fn as (node: Dockerfile | Instruction) => void)(node);
      } catch (error) {
        crash(h.run, error, where(), range());
      }
    }
  };
  const visit = (ins: Instruction) => {
    const where = () => `on ${ins.onbuild ? "ONBUILD " : ""}${ins.name} at line ${ins.startLine}`;
    const range = () => ins.keyword.range;
    call("Instruction", ins, where, range);
    call(ins.kind, ins, where, range);
  };

  if (handlers.size > 0) {
    call("Dockerfile", ast, () => "before the first instruction", () => startRange);
    for (const ins of ast.instructions) {
      visit(ins);
      if (ins.kind === "ONBUILD" && ins.trigger) visit(ins.trigger);
    }
    call("Dockerfile:exit", ast, () => "after the last instruction", () => startRange);
  }

  // Parser diagnostics, configurable like rules by their code.
  for (const d of options.diagnostics ?? []) {
    const eff = effective.get(d.code);
    if (eff && !eff.enabled) continue;
    const configured = eff && config.rules && Object.keys(config.rules).some((k) => index.lookup(k)?.id === d.code);
    const severity = configured ? eff.severity : d.severity;
    findings.push(findingAt(file, d.range, d.code, eff?.meta.aliases ?? [], severity, d.message));
  }

  const suppressions = collectSuppressions(ast, rangeOf, { inlinePragmas: !config.disableIgnorePragma });
  const kept = applySuppressions(findings, suppressions);

  const unusedRule = effective.get(UNUSED_SUPPRESSION)!;
  const unusedConfigured = config.rules && Object.keys(config.rules).some((k) => index.lookup(k)?.id === UNUSED_SUPPRESSION);
  const reportUnused = unusedConfigured ? unusedRule.enabled : config.unusedSuppressions === true || unusedRule.enabled;
  if (reportUnused) {
    const names = index.names();
    const problems = unusedSuppressions(suppressions, (n) => index.lookup(n) !== undefined, (n) => didYouMean(n, names));
    for (const p of problems) kept.push(findingAt(file, p.range, UNUSED_SUPPRESSION, [], unusedRule.severity, p.message));
  }

  kept.push(...internal);
  return kept.sort(compareFindings);
}
