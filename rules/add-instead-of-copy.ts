/** ADD used where COPY does the job: local files and directories, no URL, no archive to unpack. */
import type { Rule } from "../src/engine/types.js";
import { keywordLike } from "./support/text.js";

/** Extensions of files ADD may unpack (it detects tar by content, compressed or not). */
const ARCHIVE = /\.(tar|tgz|taz|tbz|tbz2|tb2|txz|tlz|tzst|tar\.[a-z0-9]+|gz|bz2|xz|lz|lzma|lz4|zst|z)$/i;
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;
/** Flags only ADD accepts: the line cannot become COPY. */
const ADD_ONLY_FLAGS = new Set(["checksum", "keep-git-dir", "unpack"]);

/** Whether `source` is certainly a plain local path that ADD would copy unchanged. */
function plainLocal(source: string): boolean {
  if (source.startsWith("<<") || source.includes("$") || REMOTE.test(source)) return false;
  const base = source.replace(/\/+$/, "").split("/").at(-1) ?? "";
  if (ARCHIVE.test(base)) return false;
  if (/[*?[]/.test(base)) {
    // A glob may match archives unless its extension is literal and not an archive one (`*.json`).
    const m = /\.([A-Za-z0-9]+)$/.exec(base);
    return m !== null && !/[*?[\]]/.test(m[0]) && !ARCHIVE.test(base);
  }
  return true;
}

const rule: Rule = {
  meta: {
    id: "add-instead-of-copy",
    aliases: ["DL3020", "DS005", "CKV_DOCKER_4"],
    severity: "error",
    category: "maintainability",
    fix: { safe: false },
    docs: {
      description: "ADD is used to copy local files; use COPY",
      why:
        "ADD also downloads URLs and unpacks local tar archives. Using it for plain files hides which of those " +
        "behaviors is wanted, and a file that happens to be an archive gets unpacked by surprise. COPY does only " +
        "what it says. Not reported for URLs, archives (which ADD unpacks on purpose), heredocs, sources built " +
        "from variables, or ADD-only flags. The fix is unsafe because a source without an archive extension could " +
        "still be a tar file that ADD was unpacking.",
      bad: "FROM alpine:3.20\nADD config.json /etc/app/config.json\n",
      good: "FROM alpine:3.20\nCOPY config.json /etc/app/config.json\nADD rootfs.tar.gz /\n",
    },
  },
  create(context) {
    return {
      ADD(node) {
        if (node.sources.length === 0 || node.jsonFallback) return;
        if (!node.sources.every((s) => plainLocal(s.value))) return;
        const fixable = !node.flags.some((f) => ADD_ONLY_FLAGS.has(f.name));
        const names = node.sources.map((s) => `"${s.value}"`).join(", ");
        context.report({
          range: node.keyword.range,
          message: `${node.keyword.value} of local ${names} only copies; use COPY (ADD also fetches URLs and unpacks archives)`,
          ...(fixable
            ? {
                fix: {
                  description: "Replace ADD with COPY",
                  safe: false,
                  edits: [{ start: node.keyword.range.start.offset, end: node.keyword.range.end.offset, text: keywordLike("COPY", node.keyword.value) }],
                },
              }
            : {}),
        });
      },
    };
  },
};

export default rule;
