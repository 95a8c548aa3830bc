/**
 * TLS certificate verification turned off: `curl -k`, `wget --no-check-certificate`, `pip --trusted-host`,
 * `git -c http.sslVerify=false`, `npm config set strict-ssl false`, `yum --setopt=sslverify=0`,
 * `apt-get -o Acquire::https::Verify-Peer=false`, `conda config --set ssl_verify false`, and the
 * environment variables that do the same (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`,
 * `GIT_SSL_NO_VERIFY`, `PIP_TRUSTED_HOST`, `npm_config_strict_ssl=false`) in RUN commands and in ENV/ARG
 * values, plus config files written by echo/heredoc (`strict-ssl=false` into .npmrc, `sslverify=0`).
 */
import type { ArgInstruction, Dockerfile, Instruction, KeyValueInstruction, Range } from "../src/ast/types.js";
import { parseOptions } from "../src/shell/options.js";
import { parseToolInvocation } from "../src/shell/commands.js";
import { curlSpec, wgetSpec } from "../src/shell/tools/index.js";
import type { Word } from "../src/shell/types.js";
import { wordShape } from "../src/shell/words.js";
import type { Rule, RuleContext } from "../src/engine/types.js";
import { envAssignments, literalValue, securityCommands, shortOptionRange, writtenTexts, type SecurityCommand } from "./support/security.js";

const FALSE = /^(false|0|no|off)$/i;

/** What setting `name=value` turns off, or `null` when it keeps verification on. */
export function insecureEnv(name: string, value: string): string | null {
  const v = value.trim();
  switch (name) {
    case "NODE_TLS_REJECT_UNAUTHORIZED":
      return v === "0" ? "Node.js TLS certificate checks" : null;
    case "PYTHONHTTPSVERIFY":
      return v === "0" ? "Python's HTTPS certificate checks" : null;
    case "GIT_SSL_NO_VERIFY":
      // git only tests whether the variable is set: any value turns verification off
      return v !== "" ? "git's TLS certificate checks (any value of GIT_SSL_NO_VERIFY does)" : null;
    case "PIP_TRUSTED_HOST":
      return v !== "" ? `pip's TLS certificate checks for ${v}` : null;
    case "YARN_ENABLE_STRICT_SSL":
      return FALSE.test(v) ? "yarn's TLS certificate checks" : null;
    case "GOINSECURE":
      return v !== "" ? `Go's certificate checks (and HTTPS) for modules matching ${v}` : null;
    default:
      // npm reads npm_config_* case-insensitively
      if (/^npm_config_strict_ssl$/i.test(name)) return FALSE.test(v) ? "npm's TLS certificate checks" : null;
      return null;
  }
}

/** Config text that turns verification off (written into .npmrc, yum/dnf .repo files, apt.conf, .curlrc, .wgetrc, pip.conf, .gitconfig). */
const CONFIG_PATTERNS: { re: RegExp; what: string; target?: RegExp }[] = [
  { re: /\bstrict-ssl\s*=\s*false\b/i, what: "npm's TLS certificate checks" },
  { re: /(?<![\w-])sslverify\s*=\s*(0|false|no|off)\b/i, what: "TLS certificate checks (sslverify)" },
  { re: /Acquire::https::(?:[^\s:]+::)?Verify-(?:Peer|Host)\s*"?(?:false|0|no)\b/i, what: "apt's TLS certificate checks" },
  { re: /\bcheck_certificate\s*=\s*off\b/i, what: "wget's TLS certificate checks" },
  { re: /^\s*(?:--)?insecure\s*$/m, what: "curl's TLS certificate checks", target: /curlrc$/ },
  { re: /^\s*trusted-host\s*=/im, what: "pip's TLS certificate checks", target: /pip\.(conf|ini)$/ },
  { re: /\bssl_verify\s*:\s*(false|no)\b/i, what: "conda's TLS certificate checks", target: /condarc$/ },
];

const PIP = /^pip[0-9.]*$/;

interface Hit {
  range: Range;
  message: string;
}

function gitHits(c: SecurityCommand, args: readonly Word[]): Hit[] {
  const out: Hit[] = [];
  const shapes = args.map(wordShape);
  const sslKey = (k: string) => /^http(\..+)?\.sslverify$/i.test(k);
  // git -c http.sslVerify=false <cmd>
  for (let i = 0; i < shapes.length; i++) {
    if (shapes[i] !== "-c" || i + 1 >= shapes.length) continue;
    const eq = shapes[i + 1].indexOf("=");
    if (eq > 0 && sslKey(shapes[i + 1].slice(0, eq)) && FALSE.test(shapes[i + 1].slice(eq + 1))) {
      out.push({ range: c.source.toRange(args[i + 1].start, args[i + 1].end), message: "git -c http.sslVerify=false turns off TLS certificate checks for this git command" });
    }
  }
  // git config [--global] http.sslVerify false
  const config = shapes.indexOf("config");
  if (config >= 0) {
    const operands: number[] = [];
    for (let i = config + 1; i < shapes.length; i++) {
      const s = shapes[i];
      if (/^(-f|--file|--blob|--type|--default|--comment)$/.test(s)) i++;
      else if (!s.startsWith("-")) operands.push(i);
    }
    const [k, v] = operands;
    if (k !== undefined && v !== undefined && sslKey(shapes[k]) && FALSE.test(shapes[v])) {
      out.push({ range: c.source.toRange(args[k].start, args[v].end), message: `git config ${shapes[k]} ${shapes[v]} turns off TLS certificate checks for every later git command` });
    }
  }
  return out;
}

/** `npm config set strict-ssl false`, `npm set strict-ssl=false`, `yarn config set enableStrictSsl false`, `npm --strict-ssl=false ...`. */
function nodeHits(c: SecurityCommand, args: readonly Word[]): Hit[] {
  const out: Hit[] = [];
  const shapes = args.map(wordShape);
  const key = (k: string) => /^(strict-ssl|enableStrictSsl|strict_ssl)$/i.test(k.replace(/^["']|["']$/g, ""));
  const set = shapes.findIndex((s, i) => s === "set" && (i === 0 || /^(config|c)$/.test(shapes[i - 1])));
  if (set >= 0) {
    const ops = shapes.map((s, i) => [s, i] as const).filter(([s, i]) => i > set && !s.startsWith("-"));
    const first = ops[0];
    if (first !== undefined) {
      const eq = first[0].indexOf("=");
      if (eq > 0 && key(first[0].slice(0, eq)) && FALSE.test(first[0].slice(eq + 1))) {
        out.push({ range: c.source.toRange(args[first[1]].start, args[first[1]].end), message: `${c.view!.name} config set ${first[0]} turns off TLS certificate checks for the registry` });
      } else if (eq < 0 && key(first[0]) && ops[1] !== undefined && FALSE.test(ops[1][0])) {
        out.push({
          range: c.source.toRange(args[first[1]].start, args[ops[1][1]].end),
          message: `${c.view!.name} config set ${first[0]} ${ops[1][0]} turns off TLS certificate checks for the registry`,
        });
      }
    }
  }
  args.forEach((w, i) => {
    const s = shapes[i];
    if (/^--strict-ssl=(false|0)$/i.test(s) || s === "--no-strict-ssl") {
      out.push({ range: c.source.toRange(w.start, w.end), message: `${c.view!.name} ${s} turns off TLS certificate checks for the registry` });
    }
  });
  return out;
}

function commandHits(c: SecurityCommand): Hit[] {
  const view = c.view;
  if (view === undefined) return [];
  const out: Hit[] = [];
  const name = view.name;
  if (name === "curl") {
    const parsed = parseOptions(view.args, curlSpec);
    for (const o of parsed.options) {
      if (o.name === "k" || o.name === "insecure") {
        out.push({ range: o.long ? c.source.toRange(o.word.start, o.word.end) : shortOptionRange(c.source, o.word, "k"), message: "curl -k/--insecure turns off TLS certificate checks: the download can be replaced in transit" });
      } else if (o.name === "proxy-insecure" || o.name === "doh-insecure") {
        out.push({ range: c.source.toRange(o.word.start, o.word.end), message: `curl --${o.name} turns off TLS certificate checks` });
      }
    }
  } else if (name === "wget") {
    const parsed = parseOptions(view.args, wgetSpec);
    for (const o of parsed.options) {
      if (o.name === "no-check-certificate") {
        out.push({ range: c.source.toRange(o.word.start, o.word.end), message: "wget --no-check-certificate turns off TLS certificate checks: the download can be replaced in transit" });
      } else if ((o.name === "e" || o.name === "execute") && o.value !== undefined && /^check_certificate\s*=\s*off$/i.test(wordShape(o.value))) {
        out.push({ range: c.source.toRange(o.value.start, o.value.end), message: "wget -e check_certificate=off turns off TLS certificate checks" });
      }
    }
  } else if (PIP.test(name) || name === "uv") {
    const inv = PIP.test(name) ? parseToolInvocation(view) : undefined;
    const words = view.args;
    words.forEach((w, i) => {
      const s = wordShape(w);
      const m = /^--(trusted-host|allow-insecure-host)(=|$)/.exec(s);
      if (m !== null) {
        const host = m[2] === "=" ? s.slice(m[0].length) : wordShape(words[i + 1] ?? w);
        out.push({ range: c.source.toRange(w.start, w.end), message: `${name} --${m[1]} ${host} turns off TLS certificate checks for that host` });
      }
    });
    // pip config set global.trusted-host HOST
    if (inv?.parsed.subcommandName === "config") {
      const ops = inv.parsed.operands;
      const key = ops.findIndex((w) => /^[a-z_-]+\.trusted-host$/.test(wordShape(w)));
      if (key >= 0 && wordShape(ops[key - 1] ?? ops[key]) === "set") {
        const end = ops[key + 1] ?? ops[key];
        out.push({ range: c.source.toRange(ops[key].start, end.end), message: `pip config set ${wordShape(ops[key])} turns off TLS certificate checks for that host in every later pip command` });
      }
    }
  } else if (name === "git") {
    out.push(...gitHits(c, view.args));
  } else if (name === "npm" || name === "yarn" || name === "pnpm") {
    out.push(...nodeHits(c, view.args));
  } else if (/^(yum|dnf[0-9-]*|tdnf|microdnf|yum-config-manager|dnf-config-manager)$/.test(name)) {
    view.args.forEach((w, i) => {
      const s = wordShape(w);
      const opt = s.startsWith("--setopt=") ? { word: w, value: s.slice(9) } : s === "--setopt" && view.args[i + 1] ? { word: view.args[i + 1], value: wordShape(view.args[i + 1]) } : null;
      if (opt === null) return;
      const m = /^(?:[^=\s]+\.)?sslverify=['"]?(0|false|no|off)['"]?$/i.exec(opt.value);
      if (m !== null) out.push({ range: c.source.toRange(opt.word.start, opt.word.end), message: `${name} --setopt ${opt.value} turns off TLS certificate checks for the repositories` });
    });
  } else if (name === "apt-get" || name === "apt" || name === "aptitude") {
    view.args.forEach((w, i) => {
      const s = wordShape(w);
      const value = s === "-o" || s === "--option" ? wordShape(view.args[i + 1] ?? w) : /^-o./.test(s) ? s.slice(2) : s.startsWith("--option=") ? s.slice(9) : null;
      if (value === null || !/^Acquire::https::(?:[^=]+::)?Verify-(?:Peer|Host)=(false|0|no)$/i.test(value)) return;
      const word = s === "-o" || s === "--option" ? view.args[i + 1] : w;
      out.push({ range: c.source.toRange(word.start, word.end), message: `${name} -o ${value} turns off TLS certificate checks for the package repositories` });
    });
  } else if (name === "conda" || name === "mamba" || name === "micromamba") {
    const shapes = view.args.map(wordShape);
    const at = shapes.indexOf("--set");
    if (at >= 0 && shapes[at + 1] === "ssl_verify" && FALSE.test(shapes[at + 2] ?? "")) {
      out.push({ range: c.source.toRange(view.args[at + 1].start, view.args[at + 2].end), message: `${name} config --set ssl_verify ${shapes[at + 2]} turns off TLS certificate checks for every later ${name} command` });
    }
  } else if (name === "composer") {
    const shapes = view.args.map(wordShape);
    const at = shapes.indexOf("disable-tls");
    if (shapes.includes("config") && at >= 0 && /^(true|1)$/.test(shapes[at + 1] ?? "")) {
      out.push({ range: c.source.toRange(view.args[at].start, view.args[at + 1].end), message: "composer config disable-tls true turns off TLS for every later composer download" });
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: "tls-verification-disabled",
    aliases: ["CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6", "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16"],
    severity: "error",
    category: "security",
    docs: {
      description: "TLS certificate verification is turned off (curl -k, wget --no-check-certificate, pip --trusted-host, NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
      why:
        "Without certificate checks anyone on the network path (a proxy, a compromised mirror, a hostile Wi-Fi or " +
        "CI network) can answer in place of the real server, and the build installs what they send. In ENV the " +
        "setting also stays in the image, so the application never checks certificates either. Install the " +
        "missing CA certificate instead (`COPY corp-ca.crt /usr/local/share/ca-certificates/` and " +
        "`update-ca-certificates`, or `--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `npm config set cafile`). " +
        "Checked: curl -k/--insecure/--proxy-insecure, wget --no-check-certificate, pip/uv --trusted-host, " +
        "`pip config set global.trusted-host`, git -c http.sslVerify=false and `git config http.sslVerify false`, " +
        "npm/yarn/pnpm `config set strict-ssl false`, yum/dnf `--setopt=sslverify=0`, apt `-o " +
        "Acquire::https::Verify-Peer=false`, `conda config --set ssl_verify false`, `composer config disable-tls " +
        "true`; the variables NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY (any value), " +
        "PIP_TRUSTED_HOST, npm_config_strict_ssl=false, YARN_ENABLE_STRICT_SSL=false and GOINSECURE in RUN, ENV " +
        "and ARG; and the same settings written into config files with echo, printf, sed -i, `cat <<EOF` or a " +
        "COPY heredoc.",
      bad: "FROM node:22-alpine\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN curl -fsSLk https://example.com/tool.tgz | tar -xz\n",
      good:
        "FROM node:22-alpine\nCOPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt\nRUN apk add --no-cache ca-certificates && update-ca-certificates\n" +
        "ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-ca.crt\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz\n",
    },
  },
  create(context) {
    const ast = context.ast;
    const keyValues = (node: KeyValueInstruction<"ENV"> | ArgInstruction) => {
      for (const pair of node.pairs) {
        const value = pair.value === null ? undefined : literalValue(pair.value);
        if (value === undefined) continue;
        const what = insecureEnv(pair.key.value, value);
        if (what === null) continue;
        context.report({ range: pair.range, message: `${node.kind} ${pair.key.value}=${value} turns off ${what}${node.kind === "ENV" ? ", in the build and in every container of the image" : " for the build"}` });
      }
    };
    const run = (node: Instruction) => checkRun(context, ast, node);
    return {
      ENV: (node) => keyValues(node as KeyValueInstruction<"ENV">),
      ARG: keyValues,
      RUN: run,
      COPY: (node) => checkWritten(context, ast, node),
      ADD: (node) => checkWritten(context, ast, node),
    };
  },
};

function checkRun(context: RuleContext, ast: Dockerfile, node: Instruction): void {
  for (const c of securityCommands(node, ast)) {
    for (const hit of commandHits(c)) context.report(hit);
    for (const a of envAssignments(c)) {
      const value = a.value === undefined ? "" : a.value.value;
      if (value === undefined) continue;
      const what = insecureEnv(a.name, value);
      if (what !== null) context.report({ range: c.source.toRange(a.word.start, a.word.end), message: `${a.name}=${value} turns off ${what}` });
    }
  }
  checkWritten(context, ast, node);
}

function checkWritten(context: RuleContext, ast: Dockerfile, node: Instruction): void {
  for (const w of writtenTexts(node, ast, context)) {
    for (const p of CONFIG_PATTERNS) {
      if (p.target !== undefined && !w.targets.some((t) => p.target!.test(t))) continue;
      const m = p.re.exec(w.text);
      if (m === null) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      context.report({ range: w.rangeOf(m.index + lead, text.length), message: `Writing "${text}" into ${w.targets[0] ?? "a config file"} turns off ${p.what}` });
    }
  }
}

export default rule;
