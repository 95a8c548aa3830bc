/**
 * The playground page: a CodeMirror 6 editor with Dockerfile highlighting, linted as you type by
 * shipshape's browser entry (`src/browser.ts`), with the findings listed beside it, one-click fixes,
 * rule toggles, a severity threshold, examples, and the whole view kept in the URL hash.
 * @module
 */
import { EditorView, basicSetup } from "codemirror";
import type { Text } from "@codemirror/state";
import { StreamLanguage } from "@codemirror/language";
import { setDiagnostics, lintGutter, type Diagnostic } from "@codemirror/lint";
import { dockerFile } from "@codemirror/legacy-modes/mode/dockerfile";
import {
  fix,
  lint,
  listRules,
  meetsThreshold,
  prepareEdits,
  ruleDocsUrl,
  SEVERITIES,
  UNAVAILABLE_RULES,
  type Finding,
  type RuleMeta,
  type RuleSetting,
  type Severity,
} from "../../src/browser.js";
import { EXAMPLES } from "./examples.js";
import { decodeState, DEFAULT_THRESHOLD, encodeState, type ShareState } from "./share.js";
import "./shims.js";
import "./style.css";

const LINT_DELAY_MS = 250;
const HASH_DELAY_MS = 400;

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
};

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

// ---- settings -----------------------------------------------------------------------------------

const RULES: RuleMeta[] = listRules();
const RULE_BY_ID = new Map(RULES.map((m) => [m.id, m]));

interface Settings {
  off: Set<string>;
  on: Set<string>;
  threshold: Severity;
}

const settings: Settings = { off: new Set(), on: new Set(), threshold: DEFAULT_THRESHOLD };

const isEnabled = (meta: RuleMeta) => (meta.disabledByDefault ? settings.on.has(meta.id) : !settings.off.has(meta.id));

function setEnabled(meta: RuleMeta, enabled: boolean): void {
  settings.on.delete(meta.id);
  settings.off.delete(meta.id);
  if (enabled && meta.disabledByDefault) settings.on.add(meta.id);
  if (!enabled && !meta.disabledByDefault) settings.off.add(meta.id);
}

/** The engine's rule settings for the toggles; `belowThresholdOff` also switches off rules whose findings are hidden. */
function ruleConfig(belowThresholdOff = false): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const id of settings.off) rules[id] = "off";
  for (const id of settings.on) rules[id] = "on";
  if (belowThresholdOff) for (const meta of RULES) if (!meetsThreshold(meta.severity, settings.threshold)) rules[meta.id] = "off";
  return rules;
}

/** Applies a shared state's settings, ignoring rule ids this version does not know. */
function applySettings(state: Pick<ShareState, "off" | "on" | "threshold">): void {
  settings.off = new Set(state.off.filter((id) => RULE_BY_ID.has(id) && !RULE_BY_ID.get(id)!.disabledByDefault));
  settings.on = new Set(state.on.filter((id) => RULE_BY_ID.get(id)?.disabledByDefault));
  settings.threshold = state.threshold;
}

// ---- elements -----------------------------------------------------------------------------------

const findingsPanel = $<HTMLElement>("findings-panel");
const findingsList = $<HTMLOListElement>("findings");
const findingsCount = $<HTMLElement>("findings-count");
const findingsEmpty = $<HTMLElement>("findings-empty");
const fixAllButton = $<HTMLButtonElement>("fix-all");
const statusLine = $<HTMLElement>("status");
const thresholdSelect = $<HTMLSelectElement>("threshold");
const exampleSelect = $<HTMLSelectElement>("example");
const shareButton = $<HTMLButtonElement>("share");
const shareUrl = $<HTMLInputElement>("share-url");
const rulesList = $<HTMLUListElement>("rules-list");
const rulesSummary = $<HTMLElement>("rules-summary");
const ruleFilter = $<HTMLInputElement>("rule-filter");

function say(message: string): void {
  statusLine.textContent = message;
}

// ---- editor -------------------------------------------------------------------------------------

let lintTimer: ReturnType<typeof setTimeout> | undefined;
let hashTimer: ReturnType<typeof setTimeout> | undefined;
/** The document the findings were computed on (fix edits are offsets into it). */
let lintedDoc: Text | null = null;
let findings: Finding[] = [];

function scheduleLint(): void {
  findingsPanel.setAttribute("aria-busy", "true");
  clearTimeout(lintTimer);
  lintTimer = setTimeout(runLint, LINT_DELAY_MS);
}

function createEditor(text: string): EditorView {
  return new EditorView({
    doc: text,
    parent: $("editor"),
    extensions: [
      basicSetup,
      StreamLanguage.define(dockerFile),
      lintGutter(),
      EditorView.contentAttributes.of({ "aria-label": "Dockerfile editor", "aria-describedby": "editor-help" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) scheduleLint();
      }),
    ],
  });
}

/** Offset of a 1-based line and column (UTF-16), clamped to the document. */
function offsetOf(doc: Text, line: number, column: number): number {
  if (line > doc.lines) return doc.length;
  const l = doc.line(Math.max(1, line));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

const CM_SEVERITY: Record<Severity, Diagnostic["severity"]> = { error: "error", warning: "warning", info: "info", style: "hint" };

function toDiagnostic(doc: Text, f: Finding): Diagnostic {
  const from = offsetOf(doc, f.line, f.column);
  const to = Math.max(from, offsetOf(doc, f.endLine, f.endColumn));
  const diagnostic: Diagnostic = { from, to, severity: CM_SEVERITY[f.severity], source: f.rule, message: f.message };
  if (f.fix) {
    const fixOf = f.fix;
    diagnostic.actions = [{ name: fixOf.safe ? "Fix" : "Fix (unsafe)", apply: () => applyFix(f, fixOf) }];
  }
  return diagnostic;
}

const shown = () => findings.filter((f) => meetsThreshold(f.severity, settings.threshold));

function runLint(): void {
  clearTimeout(lintTimer);
  const doc = view.state.doc;
  try {
    findings = lint(doc.toString(), { config: { rules: ruleConfig() } }).findings;
  } catch (error) {
    findings = [];
    say(`The linter failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  lintedDoc = doc;
  // The examples menu names the example only while the text is still that example.
  if (exampleSelect.value && EXAMPLES.find((e) => e.id === exampleSelect.value)?.text !== doc.toString()) exampleSelect.value = "";
  const visible = shown();
  view.dispatch(setDiagnostics(view.state, visible.map((f) => toDiagnostic(doc, f))));
  renderFindings(visible);
  findingsPanel.setAttribute("aria-busy", "false");
  scheduleHash();
}

// ---- findings panel -----------------------------------------------------------------------------

function renderFindings(visible: Finding[]): void {
  const hidden = findings.length - visible.length;
  findingsCount.textContent = `${visible.length} finding${visible.length === 1 ? "" : "s"}` + (hidden > 0 ? ` (${hidden} below the threshold hidden)` : "");
  findingsEmpty.hidden = visible.length > 0;
  findingsList.replaceChildren(...visible.map(renderFinding));
  const safeCount = visible.filter((f) => f.fix?.safe).length;
  fixAllButton.disabled = safeCount === 0;
  fixAllButton.textContent = safeCount > 0 ? `Fix all safe (${safeCount})` : "Fix all safe";
}

function renderFinding(f: Finding): HTMLLIElement {
  const meta = RULE_BY_ID.get(f.rule);
  const where = `${f.line}:${f.column}`;
  const goto = h("button", { class: "loc", type: "button", title: "Show in the editor", "aria-label": `Line ${f.line}, column ${f.column}: show in the editor` }, where);
  goto.addEventListener("click", () => {
    if (lintedDoc !== view.state.doc) return runLint();
    const from = offsetOf(view.state.doc, f.line, f.column);
    const to = Math.max(from, offsetOf(view.state.doc, f.endLine, f.endColumn));
    view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
    view.focus();
  });
  const head = h(
    "div",
    { class: "finding-head" },
    h("span", { class: `sev sev-${f.severity}`, text: f.severity }),
    h("a", { class: "rule", href: ruleDocsUrl(f.rule), target: "_blank", rel: "noopener", title: "Rule documentation" }, f.rule),
    ...(f.aliases.length > 0 ? [h("span", { class: "aliases", "aria-label": "Also known as", text: f.aliases.join(" · ") })] : []),
    goto,
  );
  const item = h("li", { class: "finding", "data-rule": f.rule, "data-severity": f.severity }, head, h("p", { class: "message", text: f.message }));
  if (f.fix) {
    const fixOf = f.fix;
    const kind = fixOf.safe ? "safe" : "unsafe";
    const button = h(
      "button",
      { class: `fix fix-${kind}`, type: "button", "data-kind": kind, title: fixOf.safe ? "Does not change what the build produces" : "May change what the build does: check the result" },
      h("span", { class: "fix-kind", text: fixOf.safe ? "Fix · safe" : "Fix · unsafe" }),
      " " + fixOf.description,
    );
    button.addEventListener("click", () => applyFix(f, fixOf));
    item.append(button);
  }
  if (meta) {
    const docs = h(
      "details",
      { class: "docs" },
      h("summary", {}, "About this rule"),
      h("p", { text: meta.docs.description }),
      h("p", { text: meta.docs.why }),
      h("p", { class: "label", text: "Instead of" }),
      h("pre", { text: meta.docs.bad }),
      h("p", { class: "label", text: "write" }),
      h("pre", { text: meta.docs.good }),
    );
    item.append(docs);
  }
  return item;
}

function applyFix(f: Finding, fixOf: NonNullable<Finding["fix"]>): void {
  if (lintedDoc !== view.state.doc) {
    runLint();
    say("The text changed since the findings were computed; they are up to date now, try again.");
    return;
  }
  const prepared = prepareEdits(view.state.doc.toString(), fixOf.edits);
  if ("error" in prepared) {
    say(`The fix cannot be applied: ${prepared.error}`);
    return;
  }
  view.dispatch({ changes: prepared.edits.map((e) => ({ from: e.start, to: e.end, insert: e.text })), userEvent: "input.fix" });
  runLint();
  say(`Applied ${fixOf.safe ? "a safe" : "an unsafe"} fix for ${f.rule}: ${fixOf.description}.`);
}

fixAllButton.addEventListener("click", () => {
  const before = view.state.doc.toString();
  const outcome = fix(before, { config: { rules: ruleConfig(true) } });
  if (outcome.output !== before) view.dispatch({ changes: { from: 0, to: before.length, insert: outcome.output }, userEvent: "input.fix" });
  runLint();
  const n = outcome.applied.length;
  const dropped = outcome.dropped.length > 0 ? ` ${outcome.dropped.length} refused: ${outcome.dropped.map((d) => `${d.finding.rule} (${d.reason})`).join("; ")}.` : "";
  say(n === 0 ? `No safe fix could be applied.${dropped}` : `Applied ${n} safe fix${n === 1 ? "" : "es"}.${dropped}`);
});

// ---- rules panel and threshold ------------------------------------------------------------------

function renderRules(): void {
  const items = RULES.map((meta) => {
    const box = h("input", { type: "checkbox", id: `rule-${meta.id}`, "data-rule": meta.id });
    box.checked = isEnabled(meta);
    box.addEventListener("change", () => {
      setEnabled(meta, box.checked);
      updateRulesSummary();
      runLint();
    });
    const label = h("label", { for: `rule-${meta.id}` }, h("span", { class: "rule-id", text: meta.id }));
    const extra = [meta.aliases.join(" · "), meta.fix ? (meta.fix.safe ? "safe fix" : "unsafe fix") : "", meta.disabledByDefault ? "off by default" : ""].filter(Boolean).join(" — ");
    return h(
      "li",
      { "data-search": `${meta.id} ${meta.aliases.join(" ")} ${meta.docs.description}`.toLowerCase() },
      box,
      label,
      h("span", { class: `sev sev-${meta.severity}`, text: meta.severity }),
      h("span", { class: "rule-desc", text: meta.docs.description + (extra ? ` (${extra})` : "") }),
    );
  });
  const unavailable = Object.entries(UNAVAILABLE_RULES).map(([id, reason]) =>
    h("li", { class: "unavailable", "data-search": id }, h("input", { type: "checkbox", id: `rule-${id}`, disabled: "" }), h("label", { for: `rule-${id}` }, h("span", { class: "rule-id", text: id })), h("span", { class: "rule-desc", text: `Not available here: it ${reason}.` })),
  );
  rulesList.replaceChildren(...items, ...unavailable);
  updateRulesSummary();
}

function updateRulesSummary(): void {
  const on = RULES.filter(isEnabled).length;
  rulesSummary.textContent = `Rules (${on} of ${RULES.length} on)`;
}

function syncControls(): void {
  thresholdSelect.value = settings.threshold;
  for (const box of rulesList.querySelectorAll<HTMLInputElement>("input[data-rule]")) {
    const meta = RULE_BY_ID.get(box.dataset.rule ?? "");
    if (meta) box.checked = isEnabled(meta);
  }
  updateRulesSummary();
}

ruleFilter.addEventListener("input", () => {
  const q = ruleFilter.value.trim().toLowerCase();
  for (const li of rulesList.children) (li as HTMLElement).hidden = q !== "" && !(li as HTMLElement).dataset.search!.includes(q);
});

$<HTMLButtonElement>("rules-defaults").addEventListener("click", () => {
  settings.off.clear();
  settings.on.clear();
  syncControls();
  runLint();
});

$<HTMLButtonElement>("rules-none").addEventListener("click", () => {
  for (const meta of RULES) setEnabled(meta, false);
  syncControls();
  runLint();
});

thresholdSelect.replaceChildren(
  ...SEVERITIES.map((s) => {
    const label = s === "error" ? "errors only" : s === "style" ? "everything" : `${s} and above`;
    return h("option", { value: s, text: label });
  }),
);
thresholdSelect.addEventListener("change", () => {
  settings.threshold = thresholdSelect.value as Severity;
  runLint();
});

// ---- examples -----------------------------------------------------------------------------------

exampleSelect.append(...EXAMPLES.map((e) => h("option", { value: e.id, text: e.title })));
exampleSelect.addEventListener("change", () => {
  const example = EXAMPLES.find((e) => e.id === exampleSelect.value);
  if (!example) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: example.text }, selection: { anchor: 0 } });
  runLint();
  say(`Loaded the example “${example.title}”.`);
});

// ---- the URL hash -------------------------------------------------------------------------------

const currentState = (): ShareState => ({ text: view.state.doc.toString(), off: [...settings.off], on: [...settings.on], threshold: settings.threshold });

async function writeHash(): Promise<string> {
  clearTimeout(hashTimer);
  const hash = await encodeState(currentState());
  history.replaceState(null, "", `#${hash}`);
  lastHash = `#${hash}`;
  return location.href;
}

let lastHash = "";

function scheduleHash(): void {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(() => void writeHash(), HASH_DELAY_MS);
}

shareButton.addEventListener("click", async () => {
  const url = await writeHash();
  shareUrl.value = url;
  shareUrl.hidden = false;
  shareUrl.select();
  try {
    await navigator.clipboard.writeText(url);
    say("Link copied to the clipboard.");
  } catch {
    say("Link ready: copy it from the box.");
  }
});

async function loadFromHash(): Promise<boolean> {
  const state = location.hash.length > 1 ? await decodeState(location.hash) : null;
  if (!state) return false;
  applySettings(state);
  syncControls();
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: state.text } });
  lastHash = location.hash;
  return true;
}

window.addEventListener("hashchange", () => {
  if (location.hash === lastHash) return;
  void loadFromHash().then((ok) => ok && runLint());
});

// ---- start --------------------------------------------------------------------------------------

const view = createEditor("");
renderRules();
if (!(await loadFromHash())) {
  view.dispatch({ changes: { from: 0, insert: EXAMPLES[0].text } });
  exampleSelect.value = EXAMPLES[0].id;
}
syncControls();
runLint();
document.body.dataset.ready = "true";

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => {
    // Offline support is a bonus; the page works without it.
  });
}

/** For debugging from the console (and the end-to-end test): the editor view. */
(window as unknown as { shipshapePlayground: unknown }).shipshapePlayground = { view, lint: runLint };
