/**
 * Downloads over plain `http://`: curl/wget URLs, ADD sources, git clone/fetch, pip index and find-links
 * options (and PIP_INDEX_URL), npm/yarn/pnpm registries, gem sources. Local hosts are exempt, and so are
 * downloads whose RUN verifies a checksum or signature. Package repositories of apt, apk, yum/dnf are
 * not reported: their metadata and packages are signed, so plain HTTP cannot change what they install.
 */
import type { ArgInstruction, KeyValueInstruction, Range } from "../src/ast/types.js";
import { parseOptions } from "../src/shell/options.js";
import { parseToolInvocation } from "../src/shell/commands.js";
import { curlSpec, wgetSpec } from "../src/shell/tools/index.js";
import type { Word } from "../src/shell/types.js";
import { wordShape } from "../src/shell/words.js";
import type { Rule } from "../src/engine/types.js";
import { astWordRange, literalValue, securityCommands, shellWordRange, writtenTexts, type SecurityCommand } from "./support/security.js";

const HTTP = /^http:\/\//i;

/** True for URLs on this machine or the local network's mDNS names, where there is no network path to attack. */
export function isLocalUrl(url: string): boolean {
  const m = /^[a-z]+:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]*)/i.exec(url);
  const host = (m?.[1] ?? "").toLowerCase();
  return (
    host === "localhost" ||
    host === "0.0.0.0" ||
    host === "[::1]" ||
    host === "host.docker.internal" ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    /\.(local|localhost)$/.test(host)
  );
}

function insecure(url: string): boolean {
  return HTTP.test(url) && !isLocalUrl(url);
}

interface Hit {
  range: Range;
  message: string;
}

const advice = "anyone on the network path can change it; use https:// or verify a pinned checksum";

/** The RUN verifies what it downloaded: `sha256sum -c`, `shasum -c`, `gpg --verify`, `gpgv`. */
function verifies(commands: readonly SecurityCommand[]): boolean {
  return commands.some(({ view }) => {
    if (view === undefined) return false;
    const shapes = view.args.map(wordShape);
    if (/^(sha(1|224|256|384|512)sum|md5sum|shasum|b2sum|cksum)$/.test(view.name)) return shapes.some((s) => s === "--check" || /^-[a-zA-Z]*c/.test(s));
    if (view.name === "gpg" || view.name === "gpg2") return shapes.includes("--verify") || shapes.includes("--verify-files");
    return view.name === "gpgv" || view.name === "minisign" || view.name === "cosign";
  });
}

function urlHits(c: SecurityCommand): Hit[] {
  const view = c.view;
  if (view === undefined) return [];
  const name = view.name;
  const out: Hit[] = [];
  const flag = (w: Word | undefined, what: string) => {
    if (w === undefined) return;
    const url = wordShape(w);
    if (insecure(url)) out.push({ range: c.source.toRange(w.start, w.end), message: `${what} ${url} over plain HTTP: ${advice}` });
  };
  if (name === "curl") {
    const parsed = parseOptions(view.args, curlSpec);
    parsed.operands.forEach((w) => flag(w, "curl downloads"));
    parsed.options.filter((o) => o.name === "url").forEach((o) => flag(o.value, "curl downloads"));
  } else if (name === "wget") {
    parseOptions(view.args, wgetSpec).operands.forEach((w) => flag(w, "wget downloads"));
  } else if (name === "git") {
    const shapes = view.args.map(wordShape);
    if (shapes.some((s) => /^(clone|fetch|pull|ls-remote|submodule|remote)$/.test(s))) view.args.forEach((w) => flag(w, "git fetches"));
  } else if (/^pip[0-9.]*$/.test(name) || name === "uv") {
    const inv = parseToolInvocation(view);
    if (inv !== undefined) {
      for (const o of inv.parsed.options) if (/^(index-url|extra-index-url|find-links)$/.test(o.canonical)) flag(o.value, `${name} --${o.canonical}`);
      if (inv.parsed.subcommandName === "install" || inv.parsed.subcommandName === "download") inv.parsed.operands.forEach((w) => flag(w, `${name} installs`));
      if (inv.parsed.subcommandName === "config") {
        const ops = inv.parsed.operands;
        ops.forEach((w, i) => {
          if (/\.(index-url|extra-index-url|find-links)$/.test(wordShape(w))) flag(ops[i + 1], `${name} config ${wordShape(w)}`);
        });
      }
    } else {
      view.args.forEach((w, i) => {
        const s = wordShape(w);
        if (/^--(index-url|extra-index-url|find-links)$/.test(s)) flag(view.args[i + 1], `${name} ${s}`);
      });
    }
  } else if (name === "npm" || name === "yarn" || name === "pnpm") {
    const shapes = view.args.map(wordShape);
    view.args.forEach((w, i) => {
      const s = shapes[i];
      if (s === "--registry") flag(view.args[i + 1], `${name} --registry`);
      else if (s.startsWith("--registry=") && insecure(s.slice(11))) out.push({ range: shellWordRange(c.source, w, 11, s.length - 11), message: `${name} --registry ${s.slice(11)} over plain HTTP: ${advice}` });
      else if (/^(registry|npmRegistryServer)$/.test(s) && shapes[i - 1] === "set") flag(view.args[i + 1], `${name} config set ${s}`);
    });
  } else if (/^gem[0-9.]*$/.test(name)) {
    view.args.forEach((w, i) => {
      const s = wordShape(w);
      if (/^(--source|-s|--add|-a)$/.test(s)) flag(view.args[i + 1], `${name} ${s}`);
    });
  }
  return out;
}

/** ENV/ARG settings that point a package manager at an index. */
const INDEX_VARS = /^(PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|UV_INDEX_URL|UV_EXTRA_INDEX_URL|UV_DEFAULT_INDEX|npm_config_registry|NPM_CONFIG_REGISTRY|YARN_REGISTRY|YARN_NPM_REGISTRY_SERVER)$/;
/** Index settings written into pip.conf / .npmrc / .yarnrc. */
const CONFIG = /^\s*(?:(?:extra-)?index-url|find-links|registry|npmRegistryServer)\s*[=:]\s*["']?(http:\/\/[^\s"']+)/im;

const rule: Rule = {
  meta: {
    id: "insecure-download",
    aliases: [],
    severity: "warning",
    category: "security",
    docs: {
      description: "Something is downloaded over plain http:// (curl, wget, ADD, git, pip/npm/gem indexes)",
      why:
        "Plain HTTP has no integrity: a proxy, a compromised router or anyone on the CI network can change the " +
        "file in transit, and the build installs it. Use https://, or verify a pinned checksum or signature in the " +
        "same RUN (`sha256sum -c`, `gpg --verify`; such RUNs are not reported) or with `ADD --checksum`. Package " +
        "repositories of apt, apk and yum/dnf are not reported even over http (`deb http://deb.debian.org/...`): " +
        "their index is signed and every package is checked against it, so a changed file is rejected (unless " +
        "signature checks are off, which unsigned-packages-allowed reports). URLs on localhost, 127.0.0.0/8, " +
        "host.docker.internal and *.local are not reported, and neither are http:// strings that are not " +
        "downloaded (XML namespaces, labels, echo output).",
      bad: "FROM python:3.13-slim\nRUN pip install --index-url http://pypi.example.com/simple app\n",
      good: "FROM python:3.13-slim\nRUN pip install --index-url https://pypi.example.com/simple app\n",
    },
  },
  create(context) {
    const ast = context.ast;
    const keyValues = (node: KeyValueInstruction<"ENV"> | ArgInstruction) => {
      for (const pair of node.pairs) {
        if (pair.value === null || !INDEX_VARS.test(pair.key.value)) continue;
        const value = literalValue(pair.value);
        if (value === undefined) continue;
        for (const m of value.matchAll(/http:\/\/\S+/g)) {
          if (!insecure(m[0])) continue;
          context.report({ range: astWordRange(context, pair.value, m.index, m[0].length), message: `${node.kind} ${pair.key.value} points the package manager at ${m[0]} over plain HTTP: ${advice}` });
        }
      }
    };
    return {
      ENV: (node) => keyValues(node as KeyValueInstruction<"ENV">),
      ARG: keyValues,
      ADD(node) {
        if (node.flags.some((f) => f.name === "checksum" && f.value)) return;
        for (const s of node.sources) {
          if (insecure(s.value)) context.report({ range: s.range, message: `ADD downloads ${s.value} over plain HTTP: ${advice}` });
        }
      },
      RUN(node) {
        const commands = securityCommands(node, ast);
        const verified = verifies(commands);
        for (const c of commands) {
          if (verified && (c.view?.name === "curl" || c.view?.name === "wget")) continue;
          for (const hit of urlHits(c)) context.report(hit);
        }
        for (const w of writtenTexts(node, ast, context)) {
          const m = CONFIG.exec(w.text);
          if (m === null || !insecure(m[1])) continue;
          const at = m.index + m[0].length - m[1].length;
          context.report({ range: w.rangeOf(at, m[1].length), message: `Writing ${m[1]} as a package index into ${w.targets[0] ?? "a config file"} makes every later install use plain HTTP: ${advice}` });
        }
      },
    };
  },
};

export default rule;
