/**
 * The rule registry: every rule module, in id order. The engine knows rules only through this list.
 * (Placeholder created by the engine work so `lint()` has a registry to import; the rules work fills it.)
 */
import type { Rule } from "../src/engine/types.js";

export const allRules: Rule[] = [];
