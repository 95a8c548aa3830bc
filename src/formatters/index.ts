/**
 * The formatter registry. Each formatter is its own module, loaded only when asked for; add one by
 * adding a file and a line here.
 * @module
 */
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter } from "./types.js";

const registry = {
  stylish: () => import("./stylish.js"),
  json: () => import("./json.js"),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type FormatterName = keyof typeof registry;

/** Names accepted by `--format`. */
export const FORMATTER_NAMES = Object.keys(registry) as FormatterName[];

/** Loads a formatter by name. */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  const load = registry[name];
  if (!load) throw new Error(`unknown format '${name}' (choose from ${FORMATTER_NAMES.join(", ")})`);
  return (await load()).default;
}
