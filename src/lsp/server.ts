/**
 * `shipshape lsp`: the Language Server Protocol over stdio. Lints open Dockerfiles (on open, on save,
 * and 150 ms after the last change), with the config the CLI would use for the file; offers quick fixes,
 * ignore comments and fix-all as code actions; hover help for instructions and findings; stages and
 * instructions as document symbols.
 *
 * Loaded only by the `lsp` command: it pulls in the language server library and every rule.
 * @module
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import lsp from "vscode-languageserver/node.js";
import type {
  ClientCapabilities,
  CodeAction,
  Connection,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InitializeResult,
  SymbolInformation,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { HADOLINT_CONFIG_FILES, SHIPSHAPE_CONFIG_FILES } from "../config/load.js";
import { toolVersion } from "../formatters/util.js";
import { listRules } from "../lint.js";
import type { RuleMeta } from "../engine/types.js";
import { codeActions, fixAllEdit, FIX_ALL_KIND, QUICK_FIX, SOURCE_FIX_ALL, workspaceEdit, type EditStyle } from "./actions.js";
import { SOURCE, toDiagnostic } from "./convert.js";
import { Linter, type Snapshot } from "./document.js";
import { isDockerfileDocument, uriToPath } from "./files.js";
import { hover } from "./hover.js";
import { documentSymbols, symbolInformation } from "./symbols.js";

/** Command that applies every safe fix to a document (argument: its URI) through `workspace/applyEdit`. */
export const FIX_ALL_COMMAND = "shipshape.fixAll";
/** The code of the diagnostic reporting an unusable config. */
export const CONFIG_ERROR_CODE = "invalid-config";
/** Quiet time after the last change before a document is linted again. */
export const DEBOUNCE_MS = 150;

/** Names whose change means configs must be looked up again. */
const CONFIG_NAMES = new Set<string>([...SHIPSHAPE_CONFIG_FILES, ...HADOLINT_CONFIG_FILES]);
function isConfigFile(file: string): boolean {
  const base = path.basename(file);
  return CONFIG_NAMES.has(base) || base === ".dockerignore" || base.endsWith(".dockerignore");
}

export interface ServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Wires the handlers onto a connection. Exported for tests that bring their own streams. */
export function attach(connection: Connection): void {
  const documents = new lsp.TextDocuments(TextDocument);
  const rules: ReadonlyMap<string, RuleMeta> = new Map(listRules().map((r) => [r.id, r]));
  let rootDir: string | null = null;
  const linter = new Linter(() => rootDir ?? process.cwd());
  const snapshots = new Map<string, Snapshot & { generation: number }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const reportedConfigErrors = new Set<string>();
  let generation = 0;
  let capabilities: ClientCapabilities = {};
  let watching = false;
  const editStyle = (): EditStyle => ({ documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true });

  const cancel = (uri: string) => {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
  };

  const diagnosticsOf = (snapshot: Snapshot): Diagnostic[] => {
    if (snapshot.problem) {
      const firstLine = snapshot.index.lineText(0);
      const diagnostic: Diagnostic = {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
        severity: lsp.DiagnosticSeverity.Error,
        code: CONFIG_ERROR_CODE,
        source: SOURCE,
        message: snapshot.problem.message,
      };
      if (snapshot.problem.file) {
        diagnostic.relatedInformation = [
          { location: { uri: pathToFileURL(snapshot.problem.file).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: "the config file" },
        ];
      }
      return [diagnostic];
    }
    return snapshot.findings.map((f) => toDiagnostic(f, snapshot.index));
  };

  /** Lints the document's current version (unless already done, or `force`) and publishes the diagnostics. */
  const lintNow = (uri: string, force = false): (Snapshot & { generation: number }) | null => {
    cancel(uri);
    const document = documents.get(uri);
    if (!document || !isDockerfileDocument(uri, document.languageId)) return null;
    const cached = snapshots.get(uri);
    if (!force && cached && cached.version === document.version && cached.generation === generation) return cached;
    let snapshot: Snapshot & { generation: number };
    try {
      snapshot = Object.assign(linter.lint(uri, document.version, document.getText()), { generation });
    } catch (error) {
      // A bug of ours: say so in the log and on the document, and keep serving.
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`shipshape: internal error linting ${uri}: ${error instanceof Error && error.stack ? error.stack : message}`);
      void connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: lsp.DiagnosticSeverity.Error, source: SOURCE, code: "internal-error", message: `shipshape internal error: ${message} (please report this)` }],
      });
      return null;
    }
    snapshots.set(uri, snapshot);
    if (snapshot.problem && !reportedConfigErrors.has(snapshot.problem.message)) {
      reportedConfigErrors.add(snapshot.problem.message);
      void connection.sendNotification(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Error, message: snapshot.problem.message });
    }
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(snapshot) });
    return snapshot;
  };

  const lintLater = (uri: string) => {
    cancel(uri);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        lintNow(uri);
      }, DEBOUNCE_MS),
    );
  };

  const configChanged = () => {
    linter.reset();
    generation++;
    reportedConfigErrors.clear();
    for (const document of documents.all()) lintNow(document.uri);
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
    rootDir = (folder && uriToPath(folder)) ?? params.rootPath ?? null;
    return {
      capabilities: {
        positionEncoding: "utf-16",
        textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [QUICK_FIX, SOURCE_FIX_ALL, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      },
      serverInfo: { name: SOURCE, version: toolVersion() },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      watching = true;
      const names = [...CONFIG_NAMES, ".dockerignore", "*.dockerignore"];
      void connection.client
        .register(lsp.DidChangeWatchedFilesNotification.type, { watchers: names.map((n) => ({ globPattern: `**/${n}` })) })
        .catch((error: unknown) => {
          watching = false;
          connection.console.warn(`shipshape: cannot watch config files (${error instanceof Error ? error.message : String(error)}); configs are re-read on open and save`);
        });
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isConfigFile(uriToPath(c.uri) ?? c.uri))) configChanged();
  });

  documents.onDidOpen((event) => {
    // Without file watching, configs are looked up afresh whenever a document is opened or saved.
    if (!watching) {
      linter.reset();
      generation++;
    }
    lintNow(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const cached = snapshots.get(event.document.uri);
    if (cached && cached.version === event.document.version) return;
    lintLater(event.document.uri);
  });
  documents.onDidSave((event) => {
    if (!watching) configChanged();
    else lintNow(event.document.uri, true);
  });
  documents.onDidClose((event) => {
    cancel(event.document.uri);
    snapshots.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const snapshot = lintNow(params.textDocument.uri);
    if (!snapshot) return [];
    return codeActions(snapshot, { range: params.range, only: params.context.only }, editStyle());
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== FIX_ALL_COMMAND) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    const uri = params.arguments?.[0];
    if (typeof uri !== "string") throw new lsp.ResponseError(lsp.ErrorCodes.InvalidParams, `${FIX_ALL_COMMAND} needs a document URI`);
    const snapshot = lintNow(uri);
    if (!snapshot) return { applied: false };
    const edit = fixAllEdit(snapshot);
    if (!edit) return { applied: false };
    const result = await connection.workspace.applyEdit({ label: "Fix all safe shipshape problems", edit: workspaceEdit(snapshot, [edit], editStyle()) });
    return { applied: result.applied };
  });

  connection.onHover((params): Hover | null => {
    const snapshot = lintNow(params.textDocument.uri);
    return snapshot ? hover(snapshot, params.position, rules) : null;
  });

  connection.onDocumentSymbol((params): DocumentSymbol[] | SymbolInformation[] => {
    const snapshot = lintNow(params.textDocument.uri);
    if (!snapshot) return [];
    return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? documentSymbols(snapshot) : symbolInformation(snapshot);
  });

  connection.onShutdown(() => {
    for (const uri of [...timers.keys()]) cancel(uri);
  });

  documents.listen(connection);
}

/**
 * Runs the server on stdin/stdout until the client sends `exit` (exit code 0 after `shutdown`, 1
 * without) or closes the input. Anything written to the console goes to the client's log, never to
 * stdout, which carries the protocol.
 */
export function runLanguageServer(options: ServerOptions = {}): void {
  // Streams, not message readers: the library then also ends the process when the input closes.
  const connection = lsp.createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  const toLog = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = toLog((m) => connection.console.log(m));
  console.info = toLog((m) => connection.console.info(m));
  console.debug = toLog((m) => connection.console.log(m));
  console.warn = toLog((m) => connection.console.warn(m));
  console.error = toLog((m) => connection.console.error(m));
  attach(connection);
  connection.listen();
}
