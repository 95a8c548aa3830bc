/**
 * The formatter registry. Each formatter is its own module, loaded only when asked for; add one by
 * adding a file and a line here.
 * @module
 */
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter } from "./types.js";

const registry = {
  stylish: () => import("./stylish.js"),
  compact: () => import("./compact.js"),
  gnu: () => import("./compact.js"),
  json: () => import("./json.js"),
  sarif: () => import("./sarif.js"),
  checkstyle: () => import("./checkstyle.js"),
  junit: () => import("./junit.js"),
  gitlab: () => import("./gitlab.js"),
  github: () => import("./github.js"),
  "hadolint-json": () => import("./hadolint-json.js"),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type FormatterName = keyof typeof registry;

/** Names accepted by `--format` (`gnu` is another name for `compact`). */
export const FORMATTER_NAMES = Object.keys(registry) as FormatterName[];

/** Loads a formatter by name. */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  const load = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!load) throw new Error(`unknown format '${name}' (choose from ${FORMATTER_NAMES.join(", ")})`);
  return (await load()).default;
}
