/**
 * A minimal LSP client for the tests: spawns `node bin/shipshape.js lsp` from the test build and talks
 * JSON-RPC with Content-Length framing over its stdin/stdout (vscode-jsonrpc's stream reader/writer).
 * Every wait is bounded (10 s by default) and fails with what was received.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import lsp from "vscode-languageserver/node.js";
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  InitializeResult,
  MessageConnection,
  PublishDiagnosticsParams,
  RegistrationParams,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ensureBuilt } from "../cli/build.js";

export const WAIT_MS = 10_000;
let builtBin: string | undefined;

/** What a capable editor announces (hierarchical symbols, versioned edits, dynamic file watching). */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } }, isPreferredSupport: true },
    hover: { contentFormat: ["markdown", "plaintext"] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

function withTimeout<T>(promise: Promise<T>, what: () => string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Waiter<T> {
  test: (value: T) => boolean;
  resolve: (value: T) => void;
}

/** An open document as the client sees it (the text the server should have too). */
export class OpenDocument {
  constructor(
    readonly client: LspClient,
    public doc: TextDocument,
  ) {}

  get uri(): string {
    return this.doc.uri;
  }
  get version(): number {
    return this.doc.version;
  }
  get text(): string {
    return this.doc.getText();
  }

  /** Sends incremental changes (applied in order) as the next version. */
  change(changes: TextDocumentContentChangeEvent[]): number {
    const version = this.doc.version + 1;
    this.doc = TextDocument.update(this.doc, changes, version);
    this.client.notify("textDocument/didChange", { textDocument: { uri: this.uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies text edits (as a workspace edit's are: all against the current text) by sending them as incremental changes. */
  applyEdits(edits: TextEdit[]): number {
    // Later edits first, so earlier ranges stay valid; LSP edits never overlap.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    return this.change(sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  /** Diagnostics published for this document's current version. */
  diagnostics(): Promise<PublishDiagnosticsParams> {
    const version = this.version;
    return this.client.waitForDiagnostics(this.uri, (p) => p.version === version, `diagnostics for version ${version}`);
  }
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: RegistrationParams[] = [];
  readonly applied: ApplyWorkspaceEditParams[] = [];
  readonly stderr: string[] = [];
  /** Answers `workspace/applyEdit`; default: apply to the open document and accept. */
  onApplyEdit: (params: ApplyWorkspaceEditParams) => { applied: boolean } = (params) => {
    this.applyWorkspaceEdit(params.edit);
    return { applied: true };
  };
  readonly exited: Promise<number | null>;
  readonly documents = new Map<string, OpenDocument>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly messageWaiters: Waiter<ShowMessageParams>[] = [];

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((resolve) => process.on("exit", (code) => resolve(code)));
    process.stderr.on("data", (d) => this.stderr.push(String(d)));
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.settle(this.diagnosticWaiters, params);
    });
    connection.onNotification("window/showMessage", (params: ShowMessageParams) => {
      this.messages.push(params);
      this.settle(this.messageWaiters, params);
    });
    connection.onNotification("window/logMessage", () => undefined);
    connection.onRequest("client/registerCapability", (params: RegistrationParams) => {
      this.registrations.push(params);
      return null;
    });
    connection.onRequest("workspace/applyEdit", (params: ApplyWorkspaceEditParams) => {
      this.applied.push(params);
      return this.onApplyEdit(params);
    });
    connection.listen();
  }

  private settle<T>(waiters: Waiter<T>[], value: T): void {
    for (const w of [...waiters]) {
      if (w.test(value)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(value);
      }
    }
  }

  /** Builds the package for the tests (once per test file). */
  static build(): string {
    return (builtBin ??= ensureBuilt());
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(options: { cwd: string; rootUri?: string | null; capabilities?: ClientCapabilities; args?: string[] }): Promise<{ client: LspClient; init: InitializeResult }> {
    // Built once per test file: sources edited meanwhile (other work in the tree) must not rebuild per test.
    const bin = LspClient.build();
    const child = spawn(process.execPath, [bin, "lsp", ...(options.args ?? ["--stdio"])], { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
    const connection = lsp.createMessageConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    const init = await client.request<InitializeResult>("initialize", {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: "root" }] : null,
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
    });
    client.notify("initialized", {});
    return { client, init };
  }

  request<T>(method: string, params?: unknown): Promise<T> {
    return withTimeout(this.connection.sendRequest<T>(method, params), () => `the reply to ${method}; stderr: ${this.stderr.join("")}`);
  }

  notify(method: string, params?: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** The first diagnostics for `uri` (already received or coming) that pass `test`. */
  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean, what = "diagnostics", from = 0): Promise<PublishDiagnosticsParams> {
    const hit = this.published.slice(from).find((p) => p.uri === uri && test(p));
    if (hit) return Promise.resolve(hit);
    const promise = new Promise<PublishDiagnosticsParams>((resolve) => this.diagnosticWaiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
    return withTimeout(promise, () => `${what} of ${uri}; received: ${JSON.stringify(this.published.filter((p) => p.uri === uri).map((p) => ({ version: p.version, codes: p.diagnostics.map((d) => d.code) })))}`);
  }

  /** The next diagnostics published for `uri` after the `mark` (a count of {@link published}). */
  diagnosticsAfter(uri: string, mark: number, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, test, `diagnostics published after message ${mark}`, mark);
  }

  waitForMessage(test: (m: ShowMessageParams) => boolean = () => true): Promise<ShowMessageParams> {
    const hit = this.messages.find(test);
    if (hit) return Promise.resolve(hit);
    const promise = new Promise<ShowMessageParams>((resolve) => this.messageWaiters.push({ test, resolve }));
    return withTimeout(promise, () => `window/showMessage; received: ${JSON.stringify(this.messages)}`);
  }

  open(uri: string, text: string, languageId = "dockerfile"): OpenDocument {
    const doc = new OpenDocument(this, TextDocument.create(uri, languageId, 1, text));
    this.documents.set(uri, doc);
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  close(uri: string): void {
    this.documents.delete(uri);
    this.notify("textDocument/didClose", { textDocument: { uri } });
  }

  /** Applies a workspace edit to the open documents (as an editor would), sending the changes. */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const byUri: [string, TextEdit[]][] = [];
    for (const change of edit.documentChanges ?? []) {
      if ("textDocument" in change) {
        const doc = this.documents.get(change.textDocument.uri);
        if (!doc) throw new Error(`edit for a document that is not open: ${change.textDocument.uri}`);
        if (change.textDocument.version !== null && change.textDocument.version !== doc.version) {
          throw new Error(`edit for version ${change.textDocument.version}, document is at ${doc.version}`);
        }
        byUri.push([change.textDocument.uri, change.edits as TextEdit[]]);
      }
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.push([uri, edits]);
    for (const [uri, edits] of byUri) {
      const doc = this.documents.get(uri);
      if (!doc) throw new Error(`edit for a document that is not open: ${uri}`);
      doc.applyEdits(edits);
    }
  }

  /** `shutdown` then `exit`; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    await this.request("shutdown");
    this.notify("exit");
    return withTimeout(this.exited, () => "the server to exit");
  }

  /** Ends the process if a test failed before stopping it. */
  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
    this.connection.dispose();
  }
}
