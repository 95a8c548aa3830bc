/** Helpers shared by the machine-readable formatters: paths, XML escaping, the tool's identity. @module */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TOOL_NAME = "shipshape";
export const INFORMATION_URI = "https://github.com/shipshape-lint/shipshape";
/** Where each rule's documentation lives: `${RULE_DOCS_BASE}<id>.md`. The one place to change it. */
export const RULE_DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;

/** The documentation URL of a rule. */
export function ruleDocsUrl(id: string): string {
  return RULE_DOCS_BASE + encodeURIComponent(id) + ".md";
}

let cachedVersion: string | undefined;

/** shipshape's version from its package.json (searched upward from this module), or `0.0.0`. */
export function toolVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === TOOL_NAME && pkg.version) return (cachedVersion = pkg.version);
    } catch {
      // keep looking upward
    }
    dir = path.dirname(dir);
  }
  return (cachedVersion = "0.0.0");
}

/**
 * A finding's file as a path relative to `cwd` with forward slashes (what CI systems expect: paths from
 * the repository root). Relative names stay as given (normalised); absolute ones inside `cwd` become
 * relative; others stay absolute. Names that are not paths (`<stdin>`) are kept.
 */
export function relativePath(file: string, cwd: string): string {
  if (file.startsWith("<")) return file;
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  const out = rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
  return out.split(path.sep).join("/");
}

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab/LF/CR, lone
// surrogates, U+FFFE and U+FFFF. They become U+FFFD so the document stays well-formed.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for an XML attribute value (newlines and tabs as character references, so they survive attribute normalisation). */
export function xmlAttr(text: string): string {
  return text
    .replace(XML_INVALID, "\ufffd")
    .replace(/[&<>"'\t\n\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" })[c]!);
}

/** Escapes text for XML element content. */
export function xmlText(text: string): string {
  return text.replace(XML_INVALID, "\ufffd").replace(/[&<>\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" })[c]!);
}
