/** hadolint DL3010: a local archive is COPYed and then extracted by a RUN of the same stage; ADD extracts it. */
import type { CopyInstruction, Word } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { commandsOf } from "../src/analysis/shell.js";

/** hadolint's archive extensions (`.tar`, compressed tars and the compressors ADD understands). */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
/** Commands that unpack their file argument (hadolint's list). */
const UNPACKERS = new Set(["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"]);

/** hadolint's `dropQuotes`: quotes dropped from both ends (a shell-form word may hold only one of a pair). */
const unquote = (s: string) => s.replace(/^["']+|["']+$/g, "");
const basename = (p: string) => unquote(p).split(/[/\\]/).pop() ?? "";

/** Whether a `tar` call extracts: `--extract`, `--get`, a short-option cluster with `x`, or old-style `tar xzf`. */
function tarExtracts(args: readonly (string | undefined)[]): boolean {
  return args.some((a, i) => a !== undefined && (a === "--extract" || a === "--get" || /^-[A-Za-z]*x[A-Za-z]*$/.test(a) || (i === 0 && /^[A-Za-z]*x[A-Za-z]*$/.test(a))));
}

interface Copied {
  node: CopyInstruction;
  word: Word;
  name: string;
}

const rule: Rule = {
  meta: {
    id: "copy-archive-then-extract",
    aliases: ["DL3010"],
    severity: "info",
    category: "performance",
    docs: {
      description: "A local archive is copied in and then extracted by RUN; ADD extracts it in one step",
      why:
        "COPY followed by `RUN tar -x` keeps the archive in the COPY layer forever, so the image carries both the " +
        "archive and its contents. ADD extracts a local tar archive (plain, gzip, bzip2 or xz) while copying, in " +
        "one layer. The rule follows hadolint: an archive COPYed without --from (by source name, or by the " +
        "destination's name) that a later RUN of the same stage extracts with tar or an unpacker (gunzip, unxz, " +
        "...) naming the same file.",
      bad: "FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n",
      good: "FROM debian:12-slim\nADD app.tar.gz /opt/\n",
    },
  },
  create(context) {
    let copied: Copied[] = [];
    const reported = new Set<Word>();
    return {
      FROM(node) {
        if (!node.onbuild) copied = [];
      },
      COPY(node) {
        if (node.onbuild || node.flags.some((f) => f.name === "from") || !node.destination) return;
        const dest = basename(node.destination.value);
        if (ARCHIVE.test(dest)) copied.push({ node, word: node.destination, name: dest });
        else for (const s of node.sources) if (ARCHIVE.test(basename(s.value))) copied.push({ node, word: s, name: basename(s.value) });
      },
      RUN(node) {
        if (node.onbuild || copied.length === 0) return;
        for (const cmd of commandsOf(node, context.ast)) {
          const args = cmd.args.map((a) => a.value);
          const extracts = (cmd.name === "tar" && tarExtracts(args)) || UNPACKERS.has(cmd.name);
          if (!extracts) continue;
          const files = new Set<string>();
          for (const a of args) {
            if (a === undefined) continue;
            if (a.startsWith("--file=")) files.add(basename(a.slice(7)));
            else if (!a.startsWith("-")) files.add(basename(a));
          }
          for (const c of copied) {
            if (!files.has(c.name) || reported.has(c.word)) continue;
            reported.add(c.word);
            context.report({
              range: c.word.range,
              message: `"${c.name}" is copied here and extracted by the RUN on line ${node.startLine}; use ADD, which extracts local archives in one layer`,
            });
          }
        }
      },
    };
  },
};

export default rule;
