/**
 * The server in process (over in-memory streams, same JSON-RPC framing) with fake timers, to pin the
 * debounce: changes are linted once, 150 ms after the last one, for the newest version only; a request
 * that needs findings lints at once and cancels the pending run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import lsp from "vscode-languageserver/node.js";
import type { MessageConnection, PublishDiagnosticsParams } from "vscode-languageserver/node.js";
import { afterAll, afterEach, beforeEach, expect, it, vi } from "vitest";
import { attach, DEBOUNCE_MS } from "../../src/lsp/server.js";
import { FULL_CAPABILITIES } from "./client.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-lsp-debounce-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let client: MessageConnection;
let server: lsp.Connection;
let published: PublishDiagnosticsParams[];

beforeEach(async () => {
  // Only the timers the debounce uses; the JSON-RPC queue runs on setImmediate.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  server = lsp.createConnection(new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient));
  attach(server);
  server.listen();
  client = lsp.createMessageConnection(new lsp.StreamMessageReader(toClient), new lsp.StreamMessageWriter(toServer));
  published = [];
  client.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => void published.push(p));
  client.onRequest("client/registerCapability", () => null);
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: FULL_CAPABILITIES });
  await client.sendNotification("initialized", {});
});

afterEach(() => {
  client.dispose();
  server.dispose();
  vi.useRealTimers();
});

const uri = pathToFileURL(path.join(dir, "Dockerfile")).href;

/** A request the server answers without linting anything: everything sent before it has been handled. */
async function barrier(): Promise<void> {
  await client.sendRequest("textDocument/hover", { textDocument: { uri: "file:///not/open/Dockerfile" }, position: { line: 0, character: 0 } });
}

/** Replaces the image name, columns 5 to `end` of the first line. */
function change(version: number, text: string, end = 11): Promise<void> {
  return client.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: end } }, text }],
  });
}

it("lints a burst of changes once, DEBOUNCE_MS after the last, for the newest version", async () => {
  expect(DEBOUNCE_MS).toBe(150);
  await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockerfile", version: 1, text: "FROM ubuntu\n" } });
  await barrier();
  expect(published.map((p) => p.version)).toEqual([1]); // open: at once

  await change(2, "debian"); // FROM debian
  vi.advanceTimersByTime(100);
  await change(3, "alpine"); // FROM alpine (the range now covers "debian")
  await change(4, "alpine:3.20");
  await barrier();
  vi.advanceTimersByTime(DEBOUNCE_MS - 1);
  await barrier();
  expect(published.map((p) => p.version)).toEqual([1]);

  vi.advanceTimersByTime(1);
  await barrier();
  expect(published.map((p) => p.version)).toEqual([1, 4]);
  expect(published[1].diagnostics).toEqual([]); // "FROM alpine:3.20" is clean

  vi.advanceTimersByTime(10 * DEBOUNCE_MS);
  await barrier();
  expect(published).toHaveLength(2);
});

it("a code action request lints the pending version at once and cancels the timer", async () => {
  await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockerfile", version: 1, text: "FROM alpine:3.20\n" } });
  await barrier();
  await change(2, "ubuntu", 16); // FROM ubuntu (untagged)
  const actions = await client.sendRequest<{ title: string }[]>("textDocument/codeAction", {
    textDocument: { uri },
    range: { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } },
    context: { diagnostics: [] },
  });
  expect(actions.map((a) => a.title)).toContain("Ignore from-untagged in this file");
  expect(published.map((p) => [p.version, p.diagnostics.map((d) => d.code)])).toEqual([
    [1, []],
    [2, ["from-untagged"]],
  ]);
  vi.advanceTimersByTime(10 * DEBOUNCE_MS);
  await barrier();
  expect(published).toHaveLength(2);
});
