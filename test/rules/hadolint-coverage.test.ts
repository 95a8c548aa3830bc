/**
 * Every current hadolint rule (its README at main: deprecated and removed codes such as DL3005, DL3017,
 * DL3031, DL3039 and DL4002 are not listed) is carried as an alias by exactly one shipshape rule, as
 * `shipshape rules --format json` shows, with hadolint's default severity unless an exception below
 * says why not. The "carries every code" test fails naming the codes no rule has yet.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { listRules } from "../../src/lint.js";

/** hadolint's rule table: code → default severity (`ignore`: off unless enabled). */
const HADOLINT: Record<string, "error" | "warning" | "info" | "style" | "ignore"> = {
  DL1001: "ignore",
  DL3000: "error", DL3001: "info", DL3002: "warning", DL3003: "warning", DL3004: "error",
  DL3006: "warning", DL3007: "warning", DL3008: "warning", DL3009: "info", DL3010: "info",
  DL3011: "error", DL3012: "error", DL3013: "warning", DL3014: "warning", DL3015: "info", DL3016: "warning",
  DL3018: "warning", DL3019: "info", DL3020: "error", DL3021: "error", DL3022: "warning", DL3023: "error",
  DL3024: "error", DL3025: "warning", DL3026: "error", DL3027: "warning", DL3028: "warning", DL3029: "warning",
  DL3030: "warning",
  DL3032: "warning", DL3033: "warning", DL3034: "warning", DL3035: "warning", DL3036: "warning", DL3037: "warning",
  DL3038: "warning",
  DL3040: "warning", DL3041: "warning", DL3042: "warning", DL3043: "error", DL3044: "error", DL3045: "warning",
  DL3046: "warning", DL3047: "info", DL3048: "style", DL3049: "info", DL3050: "info", DL3051: "warning",
  DL3052: "warning", DL3053: "warning", DL3054: "warning", DL3055: "warning", DL3056: "warning", DL3057: "ignore",
  DL3058: "warning", DL3059: "info", DL3060: "info", DL3061: "error", DL3062: "warning", DL3063: "warning",
  DL3064: "warning", DL3065: "warning", DL3066: "info", DL3067: "warning",
  DL4000: "error", DL4001: "warning",
  DL4003: "warning", DL4004: "error", DL4005: "warning", DL4006: "warning",
};

/**
 * Codes whose shipshape rule deliberately has another default severity: they are BuildKit checks too,
 * and BuildKit reports them as warnings because the image still builds (hadolint's `override` in
 * `.hadolint.yaml`, or `rules:` in `.shipshape.yaml`, re-grades them).
 */
const SEVERITY_EXCEPTIONS: Record<string, string> = {
  DL3000: "workdir-relative is BuildKit's WorkdirRelativePath (warning): a relative WORKDIR builds",
  DL3012: "multiple-healthcheck is BuildKit's MultipleInstructionsDisallowed (warning): the last one wins",
  DL3024: "duplicate-stage-name is BuildKit's DuplicateStageName (warning)",
  DL4004: "multiple-entrypoint is BuildKit's MultipleInstructionsDisallowed (warning): the last one wins",
};

interface RuleJson {
  id: string;
  aliases: string[];
  severity: string;
  category: string;
  description: string;
  fixable: "safe" | "unsafe" | null;
  enabledByDefault: boolean;
}

/** `shipshape rules --format json`, run in process. */
async function rulesJson(): Promise<RuleJson[]> {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  const before = process.exitCode;
  try {
    await main(["rules", "--format", "json"]);
    expect(process.exitCode).toBe(0);
  } finally {
    process.exitCode = before;
    vi.restoreAllMocks();
  }
  return JSON.parse(out) as RuleJson[];
}

const isDlCode = (alias: string) => /^DL\d{4}$/.test(alias);

describe("hadolint coverage", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the table is hadolint's current rule set (71 codes)", () => {
    expect(Object.keys(HADOLINT)).toHaveLength(71);
    for (const gone of ["DL3005", "DL3017", "DL3031", "DL3039", "DL4002"]) expect(HADOLINT[gone], gone).toBeUndefined();
  });

  it("`rules --format json` lists every rule with id, aliases, severity, category, description and fixable", async () => {
    const rules = await rulesJson();
    expect(rules.map((r) => r.id)).toEqual(listRules().map((r) => r.id));
    for (const r of rules) {
      expect(Object.keys(r).sort(), r.id).toEqual(["aliases", "category", "description", "enabledByDefault", "fixable", "id", "severity"]);
      expect(Array.isArray(r.aliases), r.id).toBe(true);
      expect([null, "safe", "unsafe"], r.id).toContain(r.fixable);
    }
    expect(rules.find((r) => r.id === "last-user-root")).toMatchObject({ aliases: ["DL3002"], severity: "warning", category: "security", fixable: null });
  });

  it("carries every current hadolint code as an alias", async () => {
    const carried = new Set((await rulesJson()).flatMap((r) => r.aliases));
    const missing = Object.keys(HADOLINT).filter((code) => !carried.has(code));
    expect(missing, `hadolint codes no rule carries yet: ${missing.join(", ")}`).toEqual([]);
  });

  it("carries no code hadolint does not have, and each code on one rule only", async () => {
    const owners = new Map<string, string[]>();
    for (const r of await rulesJson()) for (const a of r.aliases.filter(isDlCode)) owners.set(a, [...(owners.get(a) ?? []), r.id]);
    const unknown = [...owners.keys()].filter((code) => !(code in HADOLINT));
    expect(unknown, `aliases that are not current hadolint codes: ${unknown.join(", ")}`).toEqual([]);
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([code, ids]) => `${code}: ${ids.join(", ")}`);
    expect(shared).toEqual([]);
  });

  it("gives each code hadolint's default severity, off by default where hadolint ignores it", async () => {
    const wrong: string[] = [];
    for (const r of await rulesJson()) {
      for (const code of r.aliases.filter(isDlCode)) {
        const want = HADOLINT[code];
        if (want === undefined || code in SEVERITY_EXCEPTIONS) continue;
        const got = r.enabledByDefault ? r.severity : "ignore";
        if (got !== want) wrong.push(`${code} (${r.id}): hadolint ${want}, shipshape ${got}`);
      }
    }
    expect(wrong).toEqual([]);
    const rules = await rulesJson();
    for (const code of Object.keys(SEVERITY_EXCEPTIONS)) {
      const rule = rules.find((r) => r.aliases.includes(code));
      expect(rule?.severity, `${code}: ${SEVERITY_EXCEPTIONS[code]}`).toBe("warning");
    }
  });
});
