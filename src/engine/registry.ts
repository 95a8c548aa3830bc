/**
 * Rule lookup by id or alias, and the effective on/off, severity and options of each rule once the
 * config is applied.
 * @module
 */
import { BUILTIN_RULES } from "./builtin.js";
import type { Rule, RuleMeta, Severity } from "./types.js";

/** A rule's setting in a config: a severity, `on`, `off`, or an object with severity and options. */
export type RuleSeveritySetting = Severity | "off" | "on";
export type RuleSetting = RuleSeveritySetting | { severity?: RuleSeveritySetting; options?: Record<string, unknown> };

/** What the config makes of one rule. */
export interface EffectiveRule {
  meta: RuleMeta;
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown> | undefined;
}

/** Finds rules by id (case-sensitive) or alias (case-insensitive). */
export class RuleIndex {
  private readonly byId = new Map<string, RuleMeta>();
  private readonly byAlias = new Map<string, RuleMeta>();

  constructor(readonly metas: readonly RuleMeta[]) {
    for (const meta of metas) {
      if (!this.byId.has(meta.id)) this.byId.set(meta.id, meta);
    }
    for (const meta of metas) {
      for (const alias of meta.aliases) {
        const key = alias.toLowerCase();
        if (!this.byAlias.has(key)) this.byAlias.set(key, meta);
      }
    }
  }

  /** Index over `rules` plus the built-in ids (parser diagnostics, internal-error, unused-suppression). */
  static of(rules: readonly Rule[]): RuleIndex {
    return new RuleIndex([...rules.map((r) => r.meta), ...BUILTIN_RULES]);
  }

  lookup(name: string): RuleMeta | undefined {
    return this.byId.get(name) ?? this.byAlias.get(name.toLowerCase());
  }

  /** Every id and alias, for "did you mean". */
  names(): string[] {
    return this.metas.flatMap((m) => [m.id, ...m.aliases]);
  }
}

/** True when `name` refers to the rule `meta` (id exactly, alias in any case). */
export function namesRule(name: string, id: string, aliases: readonly string[]): boolean {
  if (name === id) return true;
  const lower = name.toLowerCase();
  return aliases.some((a) => a.toLowerCase() === lower);
}

/**
 * Applies config rule settings to every rule in `index`. Keys naming no known rule are ignored here
 * (the config loader reports them). When several keys name one rule, the last one wins.
 */
export function effectiveRules(index: RuleIndex, settings: Record<string, RuleSetting> = {}): Map<string, EffectiveRule> {
  const out = new Map<string, EffectiveRule>();
  for (const meta of index.metas) {
    if (out.has(meta.id)) continue;
    out.set(meta.id, { meta, enabled: !meta.disabledByDefault, severity: meta.severity, options: undefined });
  }
  for (const [name, setting] of Object.entries(settings)) {
    const meta = index.lookup(name);
    if (!meta) continue;
    const eff = out.get(meta.id)!;
    const severity = typeof setting === "string" ? setting : setting.severity;
    if (typeof setting === "object" && setting.options) eff.options = { ...eff.options, ...setting.options };
    if (severity === "off") eff.enabled = false;
    else {
      eff.enabled = true;
      eff.severity = severity === undefined || severity === "on" ? meta.severity : severity;
    }
  }
  return out;
}
