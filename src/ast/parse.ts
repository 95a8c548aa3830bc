/**
 * The Dockerfile reader: walks physical lines the way BuildKit's parser does (parser directives,
 * comments, line continuations with comment and blank lines inside, heredoc bodies), hands each
 * logical line to the instruction builder, and keeps every byte so that `print` can restore the text.
 */
import { buildInstruction, type LineProblem } from "./build.js";
import { LogicalLine } from "./logical.js";
import { goTrimSpace, LineIndex, skipGoSpace } from "./text.js";
import type { Comment, Diagnostic, Directive, Dockerfile, Heredoc, Instruction, ParseOptions, ParseResult, Segment } from "./types.js";
import { validateInstructions } from "./validate.js";
import { processShellWords } from "./words.js";

/** Longest line BuildKit's line scanner accepts, in bytes (including the newline). */
const MAX_LINE_BYTES = 65536;

const directivePattern = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s;
const heredocPattern = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

interface PhysicalLine {
  /** Offset of the first character (after a BOM on line 1). */
  start: number;
  /** End of the content with trailing CR/LF characters removed. */
  end: number;
  /** Offset of the next line. */
  next: number;
  /** 1-based line number. */
  number: number;
}

/**
 * Parses Dockerfile text into a typed, lossless AST. Never throws: problems are returned as
 * diagnostics with ranges, and the rest of the file is still parsed.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  void options;
  return new Reader(text).read();
}

class Reader {
  private readonly lines: LineIndex;
  private readonly bom: boolean;
  private lineNo = 0;
  private pos = 0;
  private escape = "\\";
  private directivesDone = false;
  private readonly seenDirectives = new Set<string>();
  private readonly directives: Directive[] = [];
  private readonly instructions: Instruction[] = [];
  private readonly comments: Comment[] = [];
  private readonly segments: Segment[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private cursor = 0;
  /** Instructions BuildKit's line parser already rejected (no further instruction checks). */
  private readonly rejected = new Set<Instruction>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.bom = text.charCodeAt(0) === 0xfeff;
  }

  private nextLine(): PhysicalLine | undefined {
    const text = this.text;
    if (this.pos >= text.length) return undefined;
    let start = this.pos;
    if (start === 0 && this.bom) start = 1;
    const nl = text.indexOf("\n", this.pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    while (end > start && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 10)) end--;
    this.lineNo++;
    const line = { start, end, next, number: this.lineNo };
    if (next - this.pos > MAX_LINE_BYTES / 3 && utf8Length(text, this.pos, next) > MAX_LINE_BYTES) {
      this.diag("line-too-long", "error", `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`, start, end);
    }
    this.pos = next;
    return line;
  }

  private diag(code: string, severity: "error" | "warning", message: string, start: number, end: number): void {
    this.diagnostics.push({ code, severity, message, range: this.lines.range(start, end) });
  }

  private addSegment(segment: Segment, start: number, end: number): void {
    if (start > this.cursor) this.segments.push({ type: "Trivia", text: this.text.slice(this.cursor, start) });
    this.segments.push(segment);
    this.cursor = end;
  }

  /** BuildKit's directive parser; returns true when the line was a directive. */
  private directive(start: number, end: number): boolean {
    if (this.directivesDone) return false;
    const text = this.text;
    if (text.charCodeAt(start) !== 35 /* # */ || start >= end) {
      this.directivesDone = true;
      return false;
    }
    const bodyStart = skipGoSpace(text, start + 1, end);
    const match = directivePattern.exec(text.slice(bodyStart, end));
    const name = match?.[1].toLowerCase();
    if (!match || (name !== "syntax" && name !== "escape" && name !== "check")) {
      this.directivesDone = true;
      return false;
    }
    if (this.seenDirectives.has(name)) {
      this.diag("invalid-directive", "error", `only one ${name} parser directive can be used`, start, end);
      return true;
    }
    this.seenDirectives.add(name);
    const value = match[2];
    const valueStart = bodyStart + match[0].lastIndexOf(value, match[0].length);
    const node: Directive = {
      type: "Directive",
      name,
      value,
      nameRange: this.lines.range(bodyStart, bodyStart + match[1].length),
      valueRange: this.lines.range(valueStart, valueStart + value.length),
      range: this.lines.range(start, end),
    };
    if (name === "escape") {
      if (value === "\\" || value === "`") this.escape = value;
      else this.diag("invalid-directive", "error", `invalid escape token '${value}' does not match \` or \\`, start, end);
    }
    this.directives.push(node);
    this.addSegment({ type: "Directive", node, text: text.slice(start, end) }, start, end);
    return true;
  }

  /** The content end of a line after removing a trailing continuation, or -1 when there is none. */
  private continuationEnd(start: number, end: number): number {
    const text = this.text;
    let j = end;
    while (j > start && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
    if (j > start && text[j - 1] === this.escape && (j - 1 === start || text[j - 2] !== this.escape)) return j - 1;
    return -1;
  }

  read(): ParseResult {
    const text = this.text;
    let pending: string[] = [];
    for (let line = this.nextLine(); line !== undefined; line = this.nextLine()) {
      const first = skipGoSpace(text, line.start, line.end);
      const isComment = first < line.end && text.charCodeAt(first) === 35;
      if (isComment) {
        const body = goTrimSpace(text.slice(first + 1, line.end));
        if (body === "") pending = [];
        else pending.push(body);
      }
      if (this.directive(first, line.end)) {
        pending.pop();
        continue;
      }
      if (isComment) {
        this.addComment(first, line.end, false);
        continue;
      }
      const startLine = line.number;
      const logical = new LogicalLine(this.lines);
      let contEnd = this.continuationEnd(first, line.end);
      logical.append(text, first, contEnd === -1 ? line.end : contEnd);
      if (contEnd === -1 && first === line.end) continue; // blank line
      let lastEnd = line.end;
      let emptyContinuation = false;
      while (contEnd !== -1) {
        const next = this.nextLine();
        if (next === undefined) break;
        lastEnd = next.end;
        const nFirst = skipGoSpace(text, next.start, next.end);
        if (nFirst < next.end && text.charCodeAt(nFirst) === 35) {
          this.addComment(nFirst, next.end, true);
          continue;
        }
        if (nFirst === next.end) {
          emptyContinuation = true;
          continue;
        }
        contEnd = this.continuationEnd(next.start, next.end);
        logical.append(text, next.start, contEnd === -1 ? next.end : contEnd);
      }
      if (emptyContinuation) {
        this.diag("empty-continuation", "warning", `Empty continuation line found in: ${logical.text}`, first, lastEnd);
      }
      const problems: LineProblem[] = [];
      const node = buildInstruction(logical, this.escape, { comments: pending, startLine, endLine: this.lineNo }, problems);
      if (problems.length > 0) this.rejected.add(node);
      for (const p of problems) {
        const r = logical.range(p.start, p.end);
        this.diagnostics.push({ code: "syntax-error", severity: "error", message: p.message, range: r });
      }
      const heredocTarget = node.kind === "ONBUILD" ? node.trigger : node;
      if (heredocTarget && canContainHeredoc(heredocTarget) && logical.text.includes("<<")) {
        lastEnd = this.readHeredocs(node, heredocTarget, logical, lastEnd);
      }
      node.endLine = this.lineNo;
      node.range = this.lines.range(first, lastEnd);
      node.raw = text.slice(first, lastEnd);
      this.instructions.push(node);
      this.addSegment({ type: "Instruction", node, text: node.raw }, first, lastEnd);
      pending = [];
    }
    if (this.cursor < text.length) this.segments.push({ type: "Trivia", text: text.slice(this.cursor) });
    if (this.instructions.length === 0) {
      this.diag("no-instructions", "error", "file with no instructions", text.length, text.length);
    }
    validateInstructions(this.instructions, this.diagnostics, this.rejected);
    const firstNl = text.indexOf("\n");
    const ast: Dockerfile = {
      type: "Dockerfile",
      text,
      bom: this.bom,
      eol: firstNl > 0 && text.charCodeAt(firstNl - 1) === 13 ? "\r\n" : "\n",
      escapeChar: this.escape === "`" ? "`" : "\\",
      directives: this.directives,
      instructions: this.instructions,
      comments: this.comments,
      segments: this.segments,
      range: this.lines.range(0, text.length),
    };
    return { ast, diagnostics: this.diagnostics };
  }

  private addComment(start: number, end: number, inside: boolean): void {
    const node: Comment = {
      type: "Comment",
      text: goTrimSpace(this.text.slice(start + 1, end)),
      range: this.lines.range(start, end),
      insideInstruction: inside,
    };
    this.comments.push(node);
    if (!inside) this.addSegment({ type: "Comment", node, text: this.text.slice(start, end) }, start, end);
  }

  /** Reads the bodies of the heredocs named on the instruction line; returns the new end offset. */
  private readHeredocs(node: Instruction, target: Instruction, logical: LogicalLine, lastEnd: number): number {
    const words = processShellWords(logical.text, { rawQuotes: true, rawEscapes: true }) ?? [];
    const text = this.text;
    let end = lastEnd;
    for (const word of words) {
      const m = heredocPattern.exec(word.value);
      if (!m || m[3].length === 0) continue;
      const plain = processShellWords(m[3], { rawQuotes: false, rawEscapes: false });
      if (plain === null) {
        this.diag("syntax-error", "error", `invalid heredoc delimiter ${m[3]}`, logical.sourceStart(word.start), logical.sourceEnd(word.end));
        continue;
      }
      if (plain.length !== 1) continue;
      const quoted = processShellWords(m[3], { rawQuotes: true, rawEscapes: false }) ?? [];
      const name = plain[0].value;
      const countQuotes = (s: string) => s.split(/['"]/).length - 1;
      const chomp = m[2] === "-";
      const bodyStart = this.pos;
      let bodyEnd = bodyStart;
      let terminatorRange: Heredoc["terminatorRange"] = null;
      for (let line = this.nextLine(); line !== undefined; line = this.nextLine()) {
        let t = line.start;
        if (chomp) while (t < line.end && text.charCodeAt(t) === 9) t++;
        if (text.slice(t, line.end) === name) {
          terminatorRange = this.lines.range(line.start, line.end);
          end = line.end;
          break;
        }
        bodyEnd = line.next;
        end = line.end;
      }
      const heredoc: Heredoc = {
        name,
        fileDescriptor: m[1] === "" ? 0 : Number(m[1]),
        chomp,
        expand: countQuotes(plain[0].value) === countQuotes(quoted[0]?.value ?? ""),
        content: text.slice(bodyStart, bodyEnd),
        markerRange: logical.range(word.start, word.end),
        bodyRange: this.lines.range(bodyStart, bodyEnd),
        terminatorRange,
      };
      if (terminatorRange === null) {
        this.diag("unterminated-heredoc", "error", "unterminated heredoc", logical.sourceStart(word.start), logical.sourceEnd(word.end));
      }
      target.heredocs.push(heredoc);
      if (node !== target) node.heredocs.push(heredoc);
    }
    return end;
  }
}

/** UTF-8 byte length of `text[start, end)`, without Node's Buffer (the parser also runs in browsers). */
function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function canContainHeredoc(node: Instruction): boolean {
  if (node.kind === "RUN") return node.command.form !== "exec";
  if (node.kind === "COPY" || node.kind === "ADD") return node.form !== "exec";
  return false;
}

