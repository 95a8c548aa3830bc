/**
 * End-to-end: `shipshape lsp` spawned from the built package, driven over real stdio with JSON-RPC
 * (Content-Length framing): initialize, didOpen/didChange/didSave/didClose, codeAction (quick fixes,
 * ignore comments, fix-all), executeCommand + workspace/applyEdit, hover, documentSymbol, config
 * changes and invalid configs, shutdown/exit.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, InitializeResult, MarkupContent, SymbolInformation, TextEdit } from "vscode-languageserver/node.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fix } from "../../src/fix/fix.js";
import { lint, listRules } from "../../src/lint.js";
import { ruleDocsUrl } from "../../src/formatters/util.js";
import { INSTRUCTION_HELP } from "../../src/lsp/instructions.js";
import { FULL_CAPABILITIES, LspClient, type OpenDocument } from "./client.js";

const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-lsp-"));
let n = 0;
/** A fresh folder with these files; returns its path. */
function tree(files: Record<string, string> = {}): string {
  const dir = path.join(root, `t${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
const uriOf = (file: string) => pathToFileURL(file).href;

const clients: LspClient[] = [];
async function start(options: { cwd?: string; capabilities?: typeof FULL_CAPABILITIES; args?: string[] } = {}): Promise<{ client: LspClient; init: InitializeResult }> {
  const cwd = options.cwd ?? tree();
  const started = await LspClient.start({ cwd, rootUri: uriOf(cwd), capabilities: options.capabilities, args: options.args });
  clients.push(started.client);
  return started;
}

// The build can take minutes on a busy machine (and other test files may be building at the same time).
beforeAll(() => {
  LspClient.build();
}, 600_000);
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SEVERITY = { error: 1, warning: 2, info: 3, style: 4 } as const;

/** What the diagnostics must be: the in-process findings, 0-based, same order. */
function expectedDiagnostics(text: string, filename: string) {
  return lint(text, { filename }).findings.map((f) => ({
    range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocsUrl(f.rule) },
    source: "shipshape",
    message: f.message,
    data: expect.objectContaining({ aliases: f.aliases }),
    // Deprecated things are tagged so editors can strike them through.
    ...(f.rule === "maintainer-deprecated" ? { tags: [2] } : {}),
  }));
}

const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe("initialize", () => {
  it("announces incremental sync, code actions with fix-all, hover, symbols and the fix-all command", async () => {
    const { client, init } = await start();
    expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: expect.anything() });
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ["quickfix", "source.fixAll", "source.fixAll.shipshape"] });
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.documentSymbolProvider).toBe(true);
    expect(init.capabilities.executeCommandProvider).toEqual({ commands: ["shipshape.fixAll"] });
    expect(init.serverInfo?.name).toBe("shipshape");
    // The client offered dynamic file watching: the server registers watchers for config files.
    await expect.poll(() => client.registrations.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const watchers = client.registrations.flatMap((r) => r.registrations).find((r) => r.method === "workspace/didChangeWatchedFiles");
    const globs = (watchers?.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    expect(globs).toEqual(expect.arrayContaining(["**/.shipshape.yaml", "**/.shipshape.json", "**/package.json", "**/.hadolint.yaml", "**/.dockerignore"]));
    expect(await client.stop()).toBe(0);
  });

  it("accepts `lsp` without --stdio, and exits 0 after shutdown + exit", async () => {
    const { client } = await start({ args: [] });
    const doc = client.open(uriOf(path.join(tree(), "Dockerfile")), "FROM ubuntu\n");
    expect(byCode((await doc.diagnostics()).diagnostics, "from-untagged")).toHaveLength(1);
    expect(await client.stop()).toBe(0);
  });

  it("exits 1 on exit without shutdown (the protocol's rule)", async () => {
    const { client } = await start();
    client.notify("exit");
    expect(await client.exited).toBe(1);
  });
});

describe("diagnostics", () => {
  it("on open: exactly the findings, 0-based, with severity, code, docs link, source and aliases", async () => {
    const dir = tree();
    const file = path.join(dir, "Dockerfile");
    // One finding of each severity (style, warning, error, info) and a non-ASCII character before a finding.
    const text = 'FROM ubuntu as build\nENV A 1\nMAINTAINER me\nRUN echo "🐳 é" && apt-get install -y curl=1.0\n';
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), text);
    const { diagnostics, version } = await doc.diagnostics();
    expect(version).toBe(1);
    expect(diagnostics).toEqual(expectedDiagnostics(text, file));
    expect(new Set(diagnostics.map((d) => d.severity))).toEqual(new Set([1, 2, 3, 4]));
    const untagged = byCode(diagnostics, "from-untagged")[0];
    expect(untagged.range).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 11 } });
    expect(untagged.data).toMatchObject({ aliases: expect.arrayContaining(["DL3006"]) });
    expect(untagged.codeDescription?.href).toMatch(/^https:\/\/.+\/from-untagged\.md$/);
    expect(byCode(diagnostics, "maintainer-deprecated")[0].tags).toEqual([2]);
    // Columns are UTF-16 code units: the emoji counts two.
    const recommends = byCode(diagnostics, "apt-no-install-recommends")[0];
    const line3 = text.split("\n")[3];
    expect(recommends.range.start).toEqual({ line: 3, character: line3.indexOf("install") });
    expect(line3.indexOf("install")).toBe(27); // 26 code points before it
    expect([...line3.slice(0, 27)]).toHaveLength(26);
  });

  it("on incremental changes: the server applies the ranges and publishes for the newest version", async () => {
    const dir = tree();
    const file = path.join(dir, "Dockerfile");
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), "FROM ubuntu\nRUN apt-get install -y curl=1\n");
    expect(byCode((await doc.diagnostics()).diagnostics, "from-untagged")).toHaveLength(1);

    // Tag the image: from-untagged goes away.
    doc.change([{ range: { start: { line: 0, character: 11 }, end: { line: 0, character: 11 } }, text: ":24.04" }]);
    let published = await doc.diagnostics();
    expect(byCode(published.diagnostics, "from-untagged")).toHaveLength(0);
    expect(published.diagnostics).toEqual(expectedDiagnostics(doc.text, file));

    // A burst of edits (several ranges per change, several changes): the last version is linted.
    doc.change([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: "ENV A 1\n" }]);
    doc.change([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: "MAINTAINER x\n" },
      { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } }, text: "debian" },
    ]);
    const last = doc.change([{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, text: "B" }]);
    expect(doc.text).toBe("FROM debian:24.04\nENV B 1\nMAINTAINER x\nRUN apt-get install -y curl=1\n");
    published = await doc.diagnostics();
    expect(published.version).toBe(last);
    expect(published.diagnostics).toEqual(expectedDiagnostics(doc.text, file));
    expect(byCode(published.diagnostics, "env-legacy-format")[0].range.start).toEqual({ line: 1, character: 4 });
    expect(byCode(published.diagnostics, "maintainer-deprecated")).toHaveLength(1);
  });

  it("on save and close: re-published on save, cleared on close", async () => {
    const dir = tree();
    const uri = uriOf(path.join(dir, "Dockerfile"));
    const { client } = await start({ cwd: dir });
    const doc = client.open(uri, "FROM ubuntu\n");
    await doc.diagnostics();
    const mark = client.published.length;
    client.notify("textDocument/didSave", { textDocument: { uri } });
    // Saving with no change still re-lints (a config may have changed without the editor telling).
    expect(byCode((await client.diagnosticsAfter(uri, mark)).diagnostics, "from-untagged")).toHaveLength(1);
    const closed = client.published.length;
    client.close(uri);
    expect((await client.diagnosticsAfter(uri, closed)).diagnostics).toEqual([]);
  });

  it("recognises Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile and the dockerfile language id; nothing else", async () => {
    const dir = tree();
    const { client } = await start({ cwd: dir });
    for (const name of ["Dockerfile", "api.Dockerfile", "Dockerfile.dev", "Containerfile", "web.dockerfile"]) {
      const doc = client.open(uriOf(path.join(dir, "sub", name)), "FROM ubuntu\n", "plaintext");
      expect(byCode((await doc.diagnostics()).diagnostics, "from-untagged"), name).toHaveLength(1);
    }
    const byLanguage = client.open(uriOf(path.join(dir, "build.txt")), "FROM ubuntu\n", "dockerfile");
    expect(byCode((await byLanguage.diagnostics()).diagnostics, "from-untagged")).toHaveLength(1);
    const untitled = client.open("untitled:Untitled-1", "FROM ubuntu\n", "dockerfile");
    expect(byCode((await untitled.diagnostics()).diagnostics, "from-untagged")).toHaveLength(1);

    // Not Dockerfiles: no diagnostics, no symbols. The symbol reply comes after anything didOpen published.
    for (const name of ["notes.txt", "Dockerfile.dockerignore", "README.md"]) {
      const uri = uriOf(path.join(dir, name));
      client.open(uri, "FROM ubuntu\n", "plaintext");
      expect(await client.request("textDocument/documentSymbol", { textDocument: { uri } })).toEqual([]);
      expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
    }
  });
});

describe("config", () => {
  it("uses the config found from the document's folder, and re-reads it when a watched config file changes", async () => {
    const dir = tree({ ".shipshape.yaml": "rules:\n  from-untagged: off\n", "other/Dockerfile": "" });
    const file = path.join(dir, "app", "Dockerfile");
    const other = path.join(root, `t${n++}`, "Dockerfile"); // no config up the tree (outside `dir`)
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), "FROM ubuntu\nMAINTAINER me\n");
    const first = await doc.diagnostics();
    expect(byCode(first.diagnostics, "from-untagged")).toHaveLength(0);
    expect(byCode(first.diagnostics, "maintainer-deprecated")).toHaveLength(1);
    const outside = client.open(uriOf(other), "FROM ubuntu\n");
    expect(byCode((await outside.diagnostics()).diagnostics, "from-untagged")).toHaveLength(1);

    writeFileSync(path.join(dir, ".shipshape.yaml"), "rules:\n  from-untagged: error\n  maintainer-deprecated: off\n");
    const mark = client.published.length;
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(path.join(dir, ".shipshape.yaml")), type: 2 }] });
    const after = await client.diagnosticsAfter(doc.uri, mark);
    expect(byCode(after.diagnostics, "from-untagged").map((d) => d.severity)).toEqual([1]);
    expect(byCode(after.diagnostics, "maintainer-deprecated")).toHaveLength(0);
  });

  it("a hadolint config counts too, and ignore-paths leave a file without diagnostics", async () => {
    const dir = tree({ ".hadolint.yaml": "ignored:\n  - DL3006\n" });
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM ubuntu\nMAINTAINER me\n");
    const codes = (await doc.diagnostics()).diagnostics.map((d) => d.code);
    expect(codes).toContain("maintainer-deprecated");
    expect(codes).not.toContain("from-untagged");

    const dir2 = tree({ ".shipshape.yaml": "ignore-paths:\n  - vendor/**\n" });
    const vendored = client.open(uriOf(path.join(dir2, "vendor", "x", "Dockerfile")), "FROM ubuntu\n");
    expect((await vendored.diagnostics()).diagnostics).toEqual([]);
    const own = client.open(uriOf(path.join(dir2, "Dockerfile")), "FROM ubuntu\n");
    expect(byCode((await own.diagnostics()).diagnostics, "from-untagged")).toHaveLength(1);
  });

  it("an invalid config is one error diagnostic and one message, never a crash; fixing it recovers", async () => {
    const dir = tree({ ".shipshape.yaml": "rules: [\n" });
    const config = path.join(dir, ".shipshape.yaml");
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM ubuntu\n");
    const second = client.open(uriOf(path.join(dir, "Dockerfile.dev")), "FROM ubuntu\n");
    const { diagnostics } = await doc.diagnostics();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 1, code: "invalid-config", source: "shipshape", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } } });
    expect(diagnostics[0].message).toContain(".shipshape.yaml");
    expect(diagnostics[0].relatedInformation?.[0].location.uri).toBe(uriOf(config));
    expect((await second.diagnostics()).diagnostics.map((d) => d.code)).toEqual(["invalid-config"]);
    const message = await client.waitForMessage();
    expect(message.type).toBe(1);
    expect(message.message).toContain(".shipshape.yaml");
    // Still serving: hover, symbols, code actions.
    expect(await client.request("textDocument/documentSymbol", { textDocument: { uri: doc.uri } })).toHaveLength(1);
    expect(await client.request("textDocument/codeAction", { textDocument: { uri: doc.uri }, range: diagnostics[0].range, context: { diagnostics } })).toEqual([]);
    expect(client.messages).toHaveLength(1); // the same problem is announced once

    // An unknown rule name is a config problem too.
    writeFileSync(config, "rules:\n  no-such-rule: off\n");
    let mark = client.published.length;
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    const unknown = await client.diagnosticsAfter(doc.uri, mark);
    expect(unknown.diagnostics.map((d) => d.code)).toEqual(["invalid-config"]);
    expect(unknown.diagnostics[0].message).toContain("no-such-rule");

    writeFileSync(config, "rules:\n  maintainer-deprecated: off\n");
    mark = client.published.length;
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    const fixed = await client.diagnosticsAfter(doc.uri, mark);
    expect(fixed.diagnostics.map((d) => d.code)).toEqual(["from-untagged"]);
    expect(await client.stop()).toBe(0);
  });

  it("without file watching, configs are re-read when a document is saved", async () => {
    const dir = tree({ ".shipshape.yaml": "rules:\n  from-untagged: off\n" });
    const capabilities = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: false } } };
    const { client } = await start({ cwd: dir, capabilities });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM ubuntu\n");
    expect((await doc.diagnostics()).diagnostics).toEqual([]);
    writeFileSync(path.join(dir, ".shipshape.yaml"), "rules:\n  from-untagged: on\n");
    const mark = client.published.length;
    client.notify("textDocument/didSave", { textDocument: { uri: doc.uri } });
    expect((await client.diagnosticsAfter(doc.uri, mark)).diagnostics.map((d) => d.code)).toEqual(["from-untagged"]);
    expect(client.registrations).toEqual([]);
  });
});

/** The code actions at a diagnostic. */
async function actionsAt(client: LspClient, doc: OpenDocument, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>("textDocument/codeAction", {
    textDocument: { uri: doc.uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
}

/** The edits of a code action for `doc` (documentChanges, versioned). */
function editsOf(action: CodeAction, doc: OpenDocument): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  if (!change || !("textDocument" in change)) throw new Error(`no document change in ${JSON.stringify(action)}`);
  expect(change.textDocument).toEqual({ uri: doc.uri, version: doc.version });
  return change.edits as TextEdit[];
}

describe("code actions", () => {
  it("a safe fix is a preferred quick fix; applying it removes the finding", async () => {
    const dir = tree();
    const file = path.join(dir, "Dockerfile");
    const text = "FROM alpine:3.20\nEXPOSE 80/TCP\n";
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), text);
    const proto = byCode((await doc.diagnostics()).diagnostics, "expose-proto-casing")[0];
    const actions = await actionsAt(client, doc, proto);
    const quickFix = actions.find((a) => a.title === "Lower-case the protocol")!;
    expect(quickFix).toMatchObject({ kind: "quickfix", isPreferred: true, diagnostics: [expect.objectContaining({ code: "expose-proto-casing" })] });
    doc.applyEdits(editsOf(quickFix, doc));
    expect(doc.text).toBe("FROM alpine:3.20\nEXPOSE 80/tcp\n");
    expect(byCode((await doc.diagnostics()).diagnostics, "expose-proto-casing")).toEqual([]);
  });

  it("an unsafe fix is offered, marked unsafe and not preferred; its edits are the finding's own", async () => {
    const dir = tree();
    const file = path.join(dir, "Dockerfile");
    const text = "FROM debian:12\nRUN apt-get update && apt-get install -y curl=1\n";
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), text);
    const d = byCode((await doc.diagnostics()).diagnostics, "apt-no-install-recommends")[0];
    const action = (await actionsAt(client, doc, d)).find((a) => a.title === "Insert --no-install-recommends (unsafe)")!;
    expect(action).toMatchObject({ kind: "quickfix", isPreferred: false });
    const finding = lint(text, { filename: file }).findings.find((f) => f.rule === "apt-no-install-recommends")!;
    doc.applyEdits(editsOf(action, doc));
    const e = finding.fix!.edits[0];
    expect(doc.text).toBe(text.slice(0, e.start) + e.text + text.slice(e.end));
    expect(byCode((await doc.diagnostics()).diagnostics, "apt-no-install-recommends")).toEqual([]);
  });

  it("'Ignore <rule> for this instruction' inserts the comment above it with its indentation and the file's CRLF", async () => {
    const dir = tree();
    const text = "FROM alpine:3.20\r\nRUN true && \\\r\n    true\r\n  MAINTAINER me\r\n";
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), text);
    const d = byCode((await doc.diagnostics()).diagnostics, "maintainer-deprecated")[0];
    const actions = await actionsAt(client, doc, d);
    const ignore = actions.find((a) => a.title === "Ignore maintainer-deprecated for this instruction")!;
    expect(ignore.kind).toBe("quickfix");
    expect(ignore.isPreferred).toBeFalsy();
    doc.applyEdits(editsOf(ignore, doc));
    expect(doc.text).toBe("FROM alpine:3.20\r\nRUN true && \\\r\n    true\r\n  # shipshape ignore=maintainer-deprecated\r\n  MAINTAINER me\r\n");
    expect(byCode((await doc.diagnostics()).diagnostics, "maintainer-deprecated")).toEqual([]);

    // A second rule on an instruction that already has a pragma is added to it.
    const text2 = "FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated\nRUN apt-get install -y curl=1\n";
    const doc2 = client.open(uriOf(path.join(dir, "Dockerfile.two")), text2);
    const d2 = byCode((await doc2.diagnostics()).diagnostics, "apt-no-install-recommends")[0];
    const ignore2 = (await actionsAt(client, doc2, d2)).find((a) => a.title === "Ignore apt-no-install-recommends for this instruction")!;
    doc2.applyEdits(editsOf(ignore2, doc2));
    expect(doc2.text).toBe("FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated,apt-no-install-recommends\nRUN apt-get install -y curl=1\n");
    expect(byCode((await doc2.diagnostics()).diagnostics, "apt-no-install-recommends")).toEqual([]);
  });

  it("'Ignore <rule> in this file' inserts a global pragma after the parser directives", async () => {
    const dir = tree();
    const text = "# syntax=docker/dockerfile:1\n# escape=\\\nFROM ubuntu\nFROM debian\n";
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), text);
    const diagnostics = (await doc.diagnostics()).diagnostics;
    expect(byCode(diagnostics, "from-untagged")).toHaveLength(2);
    const ignore = (await actionsAt(client, doc, byCode(diagnostics, "from-untagged")[1])).find((a) => a.title === "Ignore from-untagged in this file")!;
    doc.applyEdits(editsOf(ignore, doc));
    expect(doc.text).toBe("# syntax=docker/dockerfile:1\n# escape=\\\n# shipshape global ignore=from-untagged\nFROM ubuntu\nFROM debian\n");
    const after = (await doc.diagnostics()).diagnostics;
    expect(byCode(after, "from-untagged")).toEqual([]);
    // The directives still count (a comment before them would have ended the directive block).
    expect(lint(doc.text).findings.map((f) => f.rule)).not.toContain("invalid-directive");

    // Without directives: at the top.
    const doc2 = client.open(uriOf(path.join(dir, "Dockerfile.b")), "FROM ubuntu\n");
    const d2 = (await doc2.diagnostics()).diagnostics[0];
    doc2.applyEdits(editsOf((await actionsAt(client, doc2, d2)).find((a) => a.title === "Ignore from-untagged in this file")!, doc2));
    expect(doc2.text).toBe("# shipshape global ignore=from-untagged\nFROM ubuntu\n");
    expect((await doc2.diagnostics()).diagnostics).toEqual([]);
  });

  it("no ignore actions when the config disables ignore pragmas", async () => {
    const dir = tree({ ".shipshape.yaml": "disable-ignore-pragma: true\n" });
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM alpine:3.20\nEXPOSE 80/TCP\n");
    const d = byCode((await doc.diagnostics()).diagnostics, "expose-proto-casing")[0];
    const titles = (await actionsAt(client, doc, d)).map((a) => a.title);
    expect(titles).toContain("Lower-case the protocol");
    expect(titles.filter((t) => t.startsWith("Ignore"))).toEqual([]);
  });

  it("source.fixAll.shipshape applies every safe fix, like fix(); only: quickfix leaves it out", async () => {
    const dir = tree();
    const file = path.join(dir, "Dockerfile");
    const text = "FROM alpine:3.20 as build\nENV A 1\nEXPOSE 80/TCP\nMAINTAINER me\nRUN apt-get install -y curl=1\n";
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), text);
    const diagnostics = (await doc.diagnostics()).diagnostics;
    const whole = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    const fixAll = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: doc.uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    expect(fixAll.map((a) => a.kind)).toEqual(["source.fixAll.shipshape"]);
    const quickOnly = await actionsAt(client, doc, diagnostics[0], ["quickfix"]);
    expect(quickOnly.length).toBeGreaterThan(0);
    expect(quickOnly.every((a) => a.kind === "quickfix")).toBe(true);

    const expected = fix(text, { filename: file }).output;
    expect(expected).not.toBe(text);
    doc.applyEdits(editsOf(fixAll[0], doc));
    expect(doc.text).toBe(expected);
    const after = (await doc.diagnostics()).diagnostics;
    expect(after).toEqual(expectedDiagnostics(expected, file));
    // Unsafe fixes are left for the user.
    expect(byCode(after, "apt-no-install-recommends")).toHaveLength(1);
    expect(after.filter((d) => (d.data as { fix?: { safe: boolean } }).fix?.safe)).toEqual([]);
  });

  it("the shipshape.fixAll command sends workspace/applyEdit; the applied edit re-lints clean of safe fixes", async () => {
    const dir = tree();
    const file = path.join(dir, "Dockerfile");
    const text = "FROM alpine:3.20\nENV A 1\nEXPOSE 80/TCP\n";
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(file), text);
    await doc.diagnostics();
    const result = await client.request<{ applied: boolean }>("workspace/executeCommand", { command: "shipshape.fixAll", arguments: [doc.uri] });
    expect(result).toEqual({ applied: true });
    expect(client.applied).toHaveLength(1);
    expect(doc.text).toBe(fix(text, { filename: file }).output);
    expect(doc.text).toBe("FROM alpine:3.20\nENV A=1\nEXPOSE 80/tcp\n");
    expect((await doc.diagnostics()).diagnostics).toEqual([]);
    // Nothing left to fix: no edit is sent.
    expect(await client.request("workspace/executeCommand", { command: "shipshape.fixAll", arguments: [doc.uri] })).toEqual({ applied: false });
    expect(client.applied).toHaveLength(1);
  });

  it("edits use `changes` for clients without versioned document changes", async () => {
    const dir = tree();
    const capabilities = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: false } } };
    const { client } = await start({ cwd: dir, capabilities });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM alpine:3.20\nEXPOSE 80/TCP\n");
    const d = byCode((await doc.diagnostics()).diagnostics, "expose-proto-casing")[0];
    const action = (await actionsAt(client, doc, d)).find((a) => a.isPreferred)!;
    expect(action.edit).toEqual({ changes: { [doc.uri]: [{ range: { start: { line: 1, character: 10 }, end: { line: 1, character: 13 } }, newText: "tcp" }] } });
  });
});

describe("hover", () => {
  const markdown = (h: Hover | null) => (h?.contents as MarkupContent).value;

  it("on an instruction keyword: that instruction's help; an ONBUILD trigger's keyword too", async () => {
    const dir = tree();
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM alpine:3.20\n  run true\nONBUILD COPY a /a\n");
    await doc.diagnostics();
    const hoverAt = (line: number, character: number) => client.request<Hover | null>("textDocument/hover", { textDocument: { uri: doc.uri }, position: { line, character } });
    const run = await hoverAt(1, 4);
    expect((run?.contents as MarkupContent).kind).toBe("markdown");
    expect(markdown(run)).toContain("**RUN**");
    expect(markdown(run)).toContain(INSTRUCTION_HELP.RUN.text);
    expect(markdown(run)).toContain("https://docs.docker.com/reference/dockerfile/#run");
    expect(run?.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 5 } });
    expect(markdown(await hoverAt(2, 9))).toContain(INSTRUCTION_HELP.COPY.text);
    expect(markdown(await hoverAt(2, 0))).toContain(INSTRUCTION_HELP.ONBUILD.text);
    // Arguments with no finding: nothing.
    expect(await hoverAt(1, 7)).toBeNull();
  });

  it("on a finding: the rule's docs with its examples as dockerfile code blocks", async () => {
    const dir = tree();
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), "FROM ubuntu\n");
    await doc.diagnostics();
    const h = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: doc.uri }, position: { line: 0, character: 8 } });
    const meta = listRules().find((r) => r.id === "from-untagged")!;
    const text = markdown(h);
    expect(text).toContain("`from-untagged`");
    expect(text).toContain("`DL3006`");
    expect(text).toContain(meta.docs.why);
    expect(text).toContain("```dockerfile\n" + meta.docs.bad.trimEnd() + "\n```");
    expect(text).toContain("```dockerfile\n" + meta.docs.good.trimEnd() + "\n```");
    expect(text).toContain(ruleDocsUrl("from-untagged"));
    expect(h?.range).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 11 } });
    // Just past the finding's end (exclusive): nothing.
    expect(await client.request("textDocument/hover", { textDocument: { uri: doc.uri }, position: { line: 0, character: 11 } })).toBeNull();
  });
});

describe("document symbols", () => {
  const text = "ARG V=1\nFROM golang:1.22 AS build\nRUN go build \\\n  ./...\nFROM alpine:3.20\nCOPY --from=build /a /a\nCMD [\"/a\"]\n";

  it("stages (FROM with their names) containing their instructions", async () => {
    const dir = tree();
    const { client } = await start({ cwd: dir });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), text);
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: doc.uri } });
    expect(symbols.map((s) => s.name)).toEqual(["ARG V=1", "build", "stage 1"]);
    const [arg, build, final] = symbols;
    expect(arg.children).toBeUndefined();
    expect(build).toMatchObject({
      detail: "golang:1.22",
      range: { start: { line: 1, character: 0 }, end: { line: 3, character: 7 } },
      selectionRange: { start: { line: 1, character: 20 }, end: { line: 1, character: 25 } },
    });
    expect(build.children!.map((c) => c.name)).toEqual(["FROM golang:1.22 AS build", "RUN go build ./..."]);
    expect(build.children![1].range).toEqual({ start: { line: 2, character: 0 }, end: { line: 3, character: 7 } });
    expect(build.children![1].selectionRange).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    expect(final.children!.map((c) => c.detail)).toEqual(["FROM", "COPY", "CMD"]);
    expect(final.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 6, character: 10 } });
  });

  it("flat symbol information for clients without hierarchical symbols", async () => {
    const dir = tree();
    const capabilities = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, documentSymbol: {} } };
    const { client } = await start({ cwd: dir, capabilities });
    const doc = client.open(uriOf(path.join(dir, "Dockerfile")), text);
    const symbols = await client.request<SymbolInformation[]>("textDocument/documentSymbol", { textDocument: { uri: doc.uri } });
    expect(symbols.map((s) => [s.name, s.containerName])).toEqual([
      ["ARG V=1", undefined],
      ["build", undefined],
      ["FROM golang:1.22 AS build", "build"],
      ["RUN go build ./...", "build"],
      ["stage 1", undefined],
      ["FROM alpine:3.20", "stage 1"],
      ['COPY --from=build /a /a', "stage 1"],
      ['CMD ["/a"]', "stage 1"],
    ]);
    expect(symbols.every((s) => s.location.uri === doc.uri)).toBe(true);
  });
});
