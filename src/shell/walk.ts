/**
 * Traversal helpers over the shell tree.
 * @module
 */
import type { Command, CommandList, ParameterPart, ShellScript, Word, WordPart } from "./types.js";

/** Words that belong directly to a command (not to commands nested inside it). */
export function wordsOfCommand(cmd: Command): Word[] {
  const out: Word[] = [];
  for (const r of cmd.redirections) if (r.target !== undefined) out.push(r.target);
  switch (cmd.kind) {
    case "simple":
      for (const a of cmd.assignments) {
        out.push(a.value);
        if (a.array !== undefined) out.push(...a.array);
      }
      out.push(...cmd.argv);
      break;
    case "for":
      if (cmd.variable !== undefined) out.push(cmd.variable);
      if (cmd.items !== undefined) out.push(...cmd.items);
      break;
    case "case":
      if (cmd.subject !== undefined) out.push(cmd.subject);
      for (const item of cmd.items) out.push(...item.patterns);
      break;
    case "function":
      out.push(cmd.name);
      break;
    default:
      break;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Direct child command lists of a compound command (a function's body is a command, handled separately). */
function childLists(cmd: Command): CommandList[] {
  switch (cmd.kind) {
    case "subshell":
    case "group":
      return [cmd.body];
    case "if": {
      const lists: CommandList[] = [];
      for (const b of cmd.branches) lists.push(b.condition, b.body);
      if (cmd.elseBody !== undefined) lists.push(cmd.elseBody);
      return lists;
    }
    case "for":
      return [cmd.body];
    case "while":
    case "until":
      return [cmd.condition, cmd.body];
    case "case":
      return cmd.items.map((i) => i.body);
    default:
      return [];
  }
}

/** Calls `visit` for every command (simple and compound) of a list, depth-first in source order, including commands inside word expansions. */
export function forEachCommand(list: CommandList, visit: (cmd: Command) => void): void {
  const walkList = (l: CommandList): void => {
    for (const item of l.items) for (const pl of item.pipelines) for (const c of pl.commands) walkCommand(c);
  };
  const walkParts = (parts: readonly WordPart[]): void => {
    for (const p of parts) {
      if (p.kind === "command-substitution" || p.kind === "process-substitution") walkList(p.body);
      else if (p.kind === "double-quoted" || p.kind === "arithmetic") walkParts(p.parts);
      else if (p.kind === "parameter") walkParts(p.argument);
    }
  };
  const walkCommand = (c: Command): void => {
    visit(c);
    for (const w of wordsOfCommand(c)) walkParts(w.parts);
    for (const l of childLists(c)) walkList(l);
    if (c.kind === "function" && c.body !== undefined) walkCommand(c.body);
  };
  walkList(list);
}

/** Every word of the script (including words of nested commands), in source order. */
export function allWords(script: ShellScript): Word[] {
  const out: Word[] = [];
  forEachCommand(script.body, (c) => {
    for (const w of wordsOfCommand(c)) out.push(w);
  });
  return out.sort((a, b) => a.start - b.start);
}

function collectParams(parts: readonly WordPart[], out: ParameterPart[]): void {
  for (const p of parts) {
    if (p.kind === "parameter") {
      out.push(p);
      collectParams(p.argument, out);
    } else if (p.kind === "double-quoted" || p.kind === "arithmetic") {
      collectParams(p.parts, out);
    }
  }
}

/** Parameter expansions (`$VAR`, `${VAR...}`) in a word, including nested ones in `${A:-$B}`, but not inside command substitutions. */
export function parametersOfWord(word: Word): ParameterPart[] {
  const out: ParameterPart[] = [];
  collectParams(word.parts, out);
  return out;
}

/** Every parameter expansion of the script (including those inside `$(...)`), in source order. */
export function parameterReferences(script: ShellScript): ParameterPart[] {
  const out: ParameterPart[] = [];
  for (const w of allWords(script)) collectParams(w.parts, out);
  return out.sort((a, b) => a.start - b.start);
}
