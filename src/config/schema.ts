/**
 * zod schemas of the two config formats. Built on first use (zod is loaded lazily so linting without
 * a config file does not pay for it).
 * @module
 */
import { createRequire } from "node:module";
import type * as Zod from "zod";

const require = createRequire(import.meta.url);

export const SEVERITY_SETTINGS = ["off", "on", "error", "warning", "info", "style"] as const;
export const LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"] as const;
export const THRESHOLDS = ["error", "warning", "info", "style", "none"] as const;

/** Top-level keys of `.shipshape.yaml`. */
export const SHIPSHAPE_KEYS = [
  "$schema",
  "rules",
  "failure-threshold",
  "trusted-registries",
  "label-schema",
  "strict-labels",
  "ignore-paths",
  "unused-suppressions",
  "disable-ignore-pragma",
] as const;

/** Top-level keys of `.hadolint.yaml` we read (others are accepted and ignored). */
export const HADOLINT_KEYS = [
  "ignored",
  "override",
  "failure-threshold",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "disable-ignore-pragma",
  "no-fail",
  "format",
  "no-color",
  "verbose",
] as const;

/** Keys only hadolint configs have: their presence tells the formats apart. */
export const HADOLINT_ONLY_KEYS = ["ignored", "override", "trustedRegistries", "no-fail", "format", "no-color", "verbose"];

export interface RawShipshapeConfig {
  $schema?: string;
  rules?: Record<string, (typeof SEVERITY_SETTINGS)[number] | { severity?: (typeof SEVERITY_SETTINGS)[number]; options?: Record<string, unknown> }>;
  "failure-threshold"?: (typeof THRESHOLDS)[number];
  "trusted-registries"?: string[];
  "label-schema"?: Record<string, (typeof LABEL_TYPES)[number]>;
  "strict-labels"?: boolean;
  "ignore-paths"?: string[];
  "unused-suppressions"?: boolean;
  "disable-ignore-pragma"?: boolean;
}

export interface RawHadolintConfig {
  ignored?: string[];
  override?: { error?: string[]; warning?: string[]; info?: string[]; style?: string[] };
  "failure-threshold"?: "error" | "warning" | "info" | "style" | "ignore" | "none";
  trustedRegistries?: string[];
  "label-schema"?: Record<string, (typeof LABEL_TYPES)[number]>;
  "strict-labels"?: boolean;
  "disable-ignore-pragma"?: boolean;
  "no-fail"?: boolean;
}

interface Schemas {
  z: typeof Zod.z;
  shipshape: Zod.ZodType<RawShipshapeConfig>;
  hadolint: Zod.ZodType<RawHadolintConfig>;
}

let cached: Schemas | undefined;

const quoteList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/** The schemas, built once. */
export function schemas(): Schemas {
  if (cached) return cached;
  const { z } = require("zod") as typeof Zod;
  const severity = z.enum(SEVERITY_SETTINGS, { error: `must be one of ${quoteList(SEVERITY_SETTINGS)}` });
  const ruleObject = z
    .object({ severity: severity.optional(), options: z.record(z.string(), z.unknown()).optional() })
    .strict();
  const ruleValue = z.union([severity, ruleObject], {
    error: (issue) =>
      typeof issue.input === "object" && issue.input !== null
        ? undefined
        : `must be one of ${quoteList(SEVERITY_SETTINGS)} or an object { severity, options }`,
  });
  const labelSchema = z.record(z.string(), z.enum(LABEL_TYPES, { error: `must be one of ${quoteList(LABEL_TYPES)}` }));
  const strings = z.array(z.string());

  const shipshape = z
    .object({
      $schema: z.string().optional(),
      rules: z.record(z.string(), ruleValue).optional(),
      "failure-threshold": z.enum(THRESHOLDS, { error: `must be one of ${quoteList(THRESHOLDS)}` }).optional(),
      "trusted-registries": strings.optional(),
      "label-schema": labelSchema.optional(),
      "strict-labels": z.boolean().optional(),
      "ignore-paths": strings.optional(),
      "unused-suppressions": z.boolean().optional(),
      "disable-ignore-pragma": z.boolean().optional(),
    })
    .strict();

  const hadolintThresholds = ["error", "warning", "info", "style", "ignore", "none"] as const;
  const hadolint = z.looseObject({
    ignored: strings.optional(),
    override: z
      .object({ error: strings.optional(), warning: strings.optional(), info: strings.optional(), style: strings.optional() })
      .strict()
      .optional(),
    "failure-threshold": z.enum(hadolintThresholds, { error: `must be one of ${quoteList(hadolintThresholds)}` }).optional(),
    trustedRegistries: strings.optional(),
    "label-schema": labelSchema.optional(),
    "strict-labels": z.boolean().optional(),
    "disable-ignore-pragma": z.boolean().optional(),
    "no-fail": z.boolean().optional(),
  });

  cached = { z, shipshape, hadolint };
  return cached;
}

/** JSON Schema of `.shipshape.yaml`, for editors (`$schema`). */
export function configJsonSchema(): Record<string, unknown> {
  const { z, shipshape } = schemas();
  return z.toJSONSchema(shipshape) as Record<string, unknown>;
}
