/**
 * A literal password given to a command in a RUN: `echo "root:pw" | chpasswd`, `chpasswd <<< "u:pw"`,
 * `echo pw | passwd --stdin u`, `useradd -p pw`, `usermod --password pw`, `mysql -ppw`,
 * `--password=pw`, `docker login -p pw`, `htpasswd -b file user pw`, `openssl passwd pw`. Passwords
 * from variables, crypt hashes (`useradd -p '$6$...'`, `chpasswd -e`) and `--password-stdin` are not
 * reported.
 */
import type { Range } from "../src/ast/types.js";
import { parseOptions } from "../src/shell/options.js";
import { pipelineOf, resolveCommand } from "../src/shell/commands.js";
import { useraddSpec } from "../src/shell/tools/index.js";
import type { SimpleCommand, Word } from "../src/shell/types.js";
import { wordShape } from "../src/shell/words.js";
import type { Rule } from "../src/engine/types.js";
import { securityCommands, shellWordRange, type SecurityCommand } from "./support/security.js";

interface Hit {
  range: Range;
  message: string;
}

/** A literal (no expansion) that is not a template placeholder such as `<password>`. */
function literal(s: string): boolean {
  return s !== "" && !s.includes("$") && !s.includes("`") && !/^<[^>]*>$/.test(s) && !/^\{\{.*\}\}$/.test(s);
}

/** `$1$...`, `$6$...`, `$y$...`, `$2b$...`: already hashed; `!`/`*`: locked. */
function isCryptHash(s: string): boolean {
  return /^\$[0-9a-z]+\$/.test(s) || /^[!*]/.test(s);
}

const MYSQL = /^(mysql|mysqladmin|mysqldump|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-admin|mariadb-dump)$/;
const LOGIN = /^(docker|podman|buildah|skopeo|helm|oras|nerdctl|crane)$/;

/** Literal password lines an upstream `echo`/`printf` (or a here-string) feeds to `command`. */
function fedLines(c: SecurityCommand): { word: Word; text: string }[] {
  const out: { word: Word; text: string }[] = [];
  for (const r of c.command.redirections) {
    if (r.operator === "<<<" && r.target !== undefined) out.push({ word: r.target, text: wordShape(r.target) });
  }
  const { upstream } = pipelineOf(c.command);
  const feeder = upstream.at(-1);
  if (feeder?.kind === "simple") {
    const view = resolveCommand(feeder as SimpleCommand);
    if (view?.name === "echo" || view?.name === "printf") {
      const args = view.args.filter((a, i) => !(i === 0 && /^-[neE]+$/.test(wordShape(a))));
      for (const w of args) out.push({ word: w, text: wordShape(w) });
    }
  }
  return out;
}

function hits(c: SecurityCommand): Hit[] {
  const view = c.view;
  if (view === undefined) return [];
  const name = view.name;
  const out: Hit[] = [];
  const args = view.args;
  const shapes = args.map(wordShape);
  const report = (word: Word, index: number, length: number, message: string) => out.push({ range: shellWordRange(c.source, word, index, length), message });
  if (name === "chpasswd") {
    if (shapes.some((s) => s === "-e" || s === "--encrypted")) return out;
    for (const { word, text } of fedLines(c)) {
      for (const line of text.split(/\\n|\n/)) {
        const colon = line.indexOf(":");
        if (colon < 0) continue;
        const password = line.slice(colon + 1).trim();
        if (!literal(password)) continue;
        const at = text.indexOf(line) + colon + 1;
        report(word, at, password.length, `chpasswd sets the password of ${line.slice(0, colon) || "a user"} from a literal in the Dockerfile, where it stays readable (and in the image history); lock the account or set the password at run time from a secret`);
      }
    }
  } else if (name === "passwd") {
    for (const { word, text } of fedLines(c)) {
      const password = text.split(/\\n|\n/)[0];
      if (!literal(password)) continue;
      report(word, 0, password.length, "passwd reads a password written literally in the Dockerfile, where it stays readable (and in the image history); lock the account or set the password at run time from a secret");
      break;
    }
  } else if (name === "useradd" || name === "usermod") {
    const parsed = parseOptions(args, useraddSpec);
    for (const o of parsed.options) {
      if (o.canonical !== "password" || o.value === undefined) continue;
      const value = wordShape(o.value);
      if (!literal(value) || isCryptHash(value)) continue;
      report(o.value, 0, value.length, `${name} -p takes a literal password here (it expects a crypt hash, so the account also cannot log in with it); the value stays readable in the Dockerfile and the image history`);
    }
  } else if (MYSQL.test(name)) {
    args.forEach((w, i) => {
      const s = shapes[i];
      const m = /^(-p|--password=)(.+)$/.exec(s);
      if (m !== null && literal(m[2])) report(w, m[1].length, m[2].length, `${name} ${m[1]}<password> puts the password on the command line, in the Dockerfile and the image history; use a secret mount with --defaults-extra-file or MYSQL_PWD from a secret`);
    });
  } else if (name === "htpasswd") {
    const bundle = shapes.find((s) => /^-[a-zA-Z]*b/.test(s));
    const operands = args.filter((_, i) => !shapes[i].startsWith("-"));
    const password = operands.at(-1);
    const needed = bundle !== undefined && /n/.test(bundle) ? 2 : 3;
    if (bundle !== undefined && password !== undefined && operands.length >= needed && literal(wordShape(password))) {
      report(password, 0, wordShape(password).length, "htpasswd -b takes the password from the command line, so it stays readable in the Dockerfile and the image history; generate the file outside the build or from a secret mount");
    }
  } else if (name === "openssl" && shapes[0] === "passwd") {
    for (let i = 1; i < shapes.length; i++) {
      const s = shapes[i];
      if (s === "-salt" || s === "-in") i++;
      else if (s.startsWith("-")) continue;
      else if (literal(s)) report(args[i], 0, s.length, "openssl passwd hashes a password written literally in the Dockerfile, where it stays readable; read it from a secret with -stdin");
    }
  }
  // --password=<literal> anywhere; --password <literal> and -p <literal> for registry logins
  if (!MYSQL.test(name)) {
    const login = LOGIN.test(name) && shapes.includes("login");
    args.forEach((w, i) => {
      const s = shapes[i];
      const attached = /^--(password|passwd|pass)=(.+)$/.exec(s);
      if (attached !== null && literal(attached[2])) {
        report(w, attached[0].length - attached[2].length, attached[2].length, `${name} --${attached[1]}=<password> puts the password on the command line, in the Dockerfile and the image history; pass it from a secret mount (--password-stdin where supported)`);
      } else if (login && (s === "-p" || s === "--password") && args[i + 1] !== undefined && literal(shapes[i + 1])) {
        report(args[i + 1], 0, shapes[i + 1].length, `${name} login ${s} puts the registry password on the command line, in the Dockerfile and the image history; use --password-stdin with a secret mount`);
      }
    });
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: "password-on-command-line",
    aliases: ["CKV2_DOCKER_17"],
    severity: "warning",
    category: "security",
    docs: {
      description: "A RUN sets or passes a password written literally in the Dockerfile (chpasswd, useradd -p, mysql -p, --password=...)",
      why:
        "A password in a RUN command is readable by anyone with the Dockerfile, stays in the image history " +
        "(`docker history --no-trunc`), and a password set for a local account is the same in every container of the " +
        "image. Lock accounts that need no password (`passwd -l`, `useradd` without -p), set passwords at run time " +
        "from a secret, and give build steps their credentials with `RUN --mount=type=secret`. Checked: echo/printf " +
        "or a here-string into chpasswd or passwd, useradd/usermod -p with a plaintext value, mysql-family " +
        "-p<password>/--password=, htpasswd -b, openssl passwd <password>, `docker/podman/helm login -p`, and " +
        "`--password=<literal>` for any command. Values from variables and crypt hashes (`chpasswd -e`, `useradd -p " +
        "'$6$...'`) are not reported.",
      bad: "FROM ubuntu:24.04\nRUN useradd -m app && echo 'app:Passw0rd!' | chpasswd\n",
      good: "FROM ubuntu:24.04\nRUN useradd -m app && passwd -l app\n",
    },
  },
  create(context) {
    return {
      RUN(node) {
        for (const c of securityCommands(node, context.ast)) for (const hit of hits(c)) context.report(hit);
      },
    };
  },
};

export default rule;
