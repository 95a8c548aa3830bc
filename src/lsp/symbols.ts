/**
 * Document symbols: each stage (a FROM and the instructions up to the next FROM) with its instructions
 * as children; instructions before the first FROM (global ARGs) stand on their own.
 * @module
 */
import type { DocumentSymbol, Range, SymbolInformation, SymbolKind } from "vscode-languageserver";
import type { FromInstruction, Instruction } from "../ast/types.js";
import type { LineIndex } from "./convert.js";
import type { Snapshot } from "./document.js";

/** The protocol's symbol kind numbers. */
const KIND = {
  Module: 2 as SymbolKind,
  Class: 5 as SymbolKind,
  Property: 7 as SymbolKind,
  Field: 8 as SymbolKind,
  Function: 12 as SymbolKind,
  Variable: 13 as SymbolKind,
  Constant: 14 as SymbolKind,
  Event: 24 as SymbolKind,
};

const INSTRUCTION_KIND: Record<string, SymbolKind> = {
  ARG: KIND.Variable,
  ENV: KIND.Variable,
  LABEL: KIND.Property,
  EXPOSE: KIND.Constant,
  ONBUILD: KIND.Event,
};

function toRange(index: LineIndex, r: { start: { offset: number }; end: { offset: number } }): Range {
  return { start: index.positionAt(r.start.offset), end: index.positionAt(r.end.offset) };
}

/** The instruction's first logical line, shortened. */
function summary(ins: Instruction): string {
  const text = ins.original.replace(/\s+/g, " ").trim();
  return text.length > 80 ? text.slice(0, 79) + "…" : text || ins.name;
}

function stageName(from: FromInstruction, n: number): string {
  if (from.stageName) return from.stageName.value;
  return `stage ${n}`;
}

function instructionSymbol(index: LineIndex, ins: Instruction): DocumentSymbol {
  return {
    name: summary(ins),
    detail: ins.name,
    kind: INSTRUCTION_KIND[ins.name] ?? KIND.Function,
    range: toRange(index, ins.range),
    selectionRange: toRange(index, ins.keyword.range),
  };
}

/** Stages containing their instructions. */
export function documentSymbols(snapshot: Snapshot): DocumentSymbol[] {
  const { index } = snapshot;
  const out: DocumentSymbol[] = [];
  let stage: DocumentSymbol | null = null;
  let stages = 0;
  for (const ins of snapshot.ast.instructions) {
    if (ins.kind === "FROM") {
      stage = {
        name: stageName(ins, stages++),
        detail: ins.image?.raw ?? ins.original,
        kind: KIND.Class,
        range: toRange(index, ins.range),
        selectionRange: toRange(index, (ins.stageName ?? ins.keyword).range),
        children: [instructionSymbol(index, ins)],
      };
      out.push(stage);
      continue;
    }
    const symbol = instructionSymbol(index, ins);
    if (stage) {
      stage.children!.push(symbol);
      stage.range = { start: stage.range.start, end: symbol.range.end };
    } else {
      out.push(symbol);
    }
  }
  return out;
}

/** The flat form for clients without hierarchical symbol support. */
export function symbolInformation(snapshot: Snapshot): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (symbols: DocumentSymbol[], container?: string) => {
    for (const s of symbols) {
      out.push({ name: s.name, kind: s.kind, location: { uri: snapshot.uri, range: s.range }, ...(container ? { containerName: container } : {}) });
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(documentSymbols(snapshot));
  return out;
}
