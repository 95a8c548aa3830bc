/**
 * `--format sarif`: a SARIF 2.1.0 log (what GitHub code scanning and other result viewers import).
 *
 * One run; `tool.driver` names shipshape with its version and a descriptor for every rule that has a
 * result (sorted by id): descriptions, the docs URL as `helpUri`, category and aliases as tags, the
 * default level. Each result points at its rule by id and index, with a region in 1-based lines and
 * UTF-16 columns, end column exclusive (SARIF's own convention, so our positions go in unchanged).
 * Fixes become `fixes[].artifactChanges[].replacements` whose deleted regions are `charOffset` +
 * `charLength`, since our edits are offsets into the file text.
 * @module
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding } from "../engine/finding.js";
import type { RuleMeta, Severity } from "../engine/types.js";
import { listRules } from "../lint.js";
import type { Formatter } from "./types.js";
import { INFORMATION_URI, relativePath, ruleDocsUrl, TOOL_NAME, toolVersion } from "./util.js";

export const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

type Level = "error" | "warning" | "note";
const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note", style: "note" };

/** A finding's file as a URI reference: relative (percent-encoded, `/`-separated) when under `cwd`, else a `file:` URL. */
export function artifactUri(file: string, cwd: string): string {
  const rel = relativePath(file, cwd);
  if (path.isAbsolute(rel) || /^[A-Za-z]:\//.test(rel)) return pathToFileURL(rel).href;
  return rel.split("/").map(encodeURIComponent).join("/");
}

function descriptor(id: string, meta: RuleMeta | undefined): Record<string, unknown> {
  if (!meta) return { id };
  const help =
    `${meta.docs.description}\n\n${meta.docs.why}\n\n` +
    `Bad:\n\n\`\`\`dockerfile\n${meta.docs.bad.trimEnd()}\n\`\`\`\n\nGood:\n\n\`\`\`dockerfile\n${meta.docs.good.trimEnd()}\n\`\`\`\n`;
  return {
    id,
    shortDescription: { text: meta.docs.description },
    fullDescription: { text: meta.docs.why },
    helpUri: ruleDocsUrl(id),
    help: { text: `${meta.docs.description} ${meta.docs.why}`, markdown: help },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.category, ...meta.aliases] },
  };
}

function fixesOf(f: Finding, uri: string): Record<string, unknown>[] | undefined {
  if (!f.fix || f.fix.edits.length === 0) return undefined;
  return [
    {
      description: { text: f.fix.description },
      artifactChanges: [
        {
          artifactLocation: { uri },
          replacements: f.fix.edits.map((e) => ({
            deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
            insertedContent: { text: e.text },
          })),
        },
      ],
    },
  ];
}

const sarif: Formatter = (results, context) => {
  const metas = new Map((context.rules ?? listRules()).map((m) => [m.id, m] as const));
  const findings = results.flatMap((r) => r.findings);
  const ids = [...new Set(findings.map((f) => f.rule))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const sarifResults = findings.map((f) => {
    const uri = artifactUri(f.file, context.cwd);
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    };
    const fixes = fixesOf(f, uri);
    if (fixes) result.fixes = fixes;
    return result;
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: context.version ?? toolVersion(),
            informationUri: INFORMATION_URI,
            rules: ids.map((id) => descriptor(id, metas.get(id))),
          },
        },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

export default sarif;
