/**
 * Package signature checks turned off: `apk --allow-untrusted`, `apt-get --allow-unauthenticated`,
 * `--allow-insecure-repositories`, `--force-yes`, `-o APT::Get::AllowUnauthenticated=true`,
 * `yum/dnf/microdnf/tdnf --nogpgcheck` or `--setopt=gpgcheck=0`, `zypper --no-gpg-checks`,
 * `rpm -i --nosignature/--nodigest`, and the same settings written into config files
 * (`gpgcheck=0` into a .repo file, `deb [trusted=yes] ...` into a sources list).
 */
import type { Dockerfile, Instruction, Range } from "../src/ast/types.js";
import { wordShape } from "../src/shell/words.js";
import type { Word } from "../src/shell/types.js";
import type { Rule, RuleContext } from "../src/engine/types.js";
import { securityCommands, writtenTexts, type SecurityCommand } from "./support/security.js";

interface Hit {
  range: Range;
  message: string;
}

const TRUE = /^(true|1|yes|on)$/i;
const APT_REMOVING = new Set(["remove", "purge", "autoremove", "autopurge", "clean", "autoclean"]);
const APT_INSTALLING = new Set(["install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "download", "reinstall"]);
const RPM_INSTALL_SHORT = /^-[a-zA-Z]*[iUF]/;
const RPM_INSTALL_LONG = new Set(["--install", "--upgrade", "--freshen", "--reinstall"]);

/** Config text that turns signature checks off. `gpgcheck` alone (not `repo_gpgcheck`, off by default anyway). */
const CONFIG_PATTERNS: { re: RegExp; what: string }[] = [
  { re: /(?<![\w-])gpgcheck\s*=\s*(0|false|no|off)\b/i, what: "yum/dnf skip package signature checks for that repository" },
  { re: /\[[^\]\n]*\b(trusted=yes|allow-insecure=yes|allow-weak=yes)[^\]\n]*\]/i, what: "apt accept that repository without a valid signature" },
  { re: /APT::Get::AllowUnauthenticated\s+"?(true|1|yes)"?/i, what: "apt install unsigned packages" },
  { re: /Acquire::AllowInsecureRepositories\s+"?(true|1|yes)"?/i, what: "apt accept unsigned repositories" },
];

function optionWordRange(c: SecurityCommand, w: Word): Range {
  return c.source.toRange(w.start, w.end);
}

function commandHits(c: SecurityCommand): Hit[] {
  const view = c.view;
  if (view === undefined) return [];
  const name = view.name;
  const out: Hit[] = [];
  const args = view.args;
  const shapes = args.map(wordShape);
  const each = (test: (s: string, i: number) => string | null) =>
    shapes.forEach((s, i) => {
      if (s === "--") return;
      const msg = test(s, i);
      if (msg !== null) out.push({ range: optionWordRange(c, args[i]), message: msg });
    });
  if (name === "apk") {
    // `apk add --allow-untrusted /tmp/pkg.apk`: a local package (built in the build, or verified after
    // download) has no repository signature to check; only packages from repositories are reported.
    const operands = shapes.filter((s, i) => i > 0 && !s.startsWith("-") && !/^(-X|--repository)$/.test(shapes[i - 1]));
    const fromRepository = shapes.some((s) => s === "-X" || s.startsWith("--repository")) || !operands.every((s) => s.endsWith(".apk"));
    if (fromRepository) each((s) => (s === "--allow-untrusted" ? "apk --allow-untrusted installs packages whose signature is missing or not trusted" : null));
  } else if (name === "apt-get" || name === "apt" || name === "aptitude") {
    // removing packages installs nothing: --force-yes on purge is not about signatures
    const removes = shapes.some((s) => APT_REMOVING.has(s)) && !shapes.some((s) => APT_INSTALLING.has(s));
    each((s, i) => {
      if (removes && s !== "--allow-insecure-repositories") return null;
      if (s === "--allow-unauthenticated") return `${name} --allow-unauthenticated installs packages that fail signature verification`;
      if (s === "--allow-insecure-repositories") return `${name} --allow-insecure-repositories accepts repositories without a valid signature`;
      if (s === "--force-yes") return `${name} --force-yes also allows unauthenticated packages and downgrades; use --allow-downgrades or --allow-remove-essential for what you need`;
      const opt = s === "-o" || s === "--option" ? null : /^-o(.+)$/.exec(s)?.[1] ?? /^--option=(.+)$/.exec(s)?.[1] ?? null;
      const value = opt ?? ((shapes[i - 1] === "-o" || shapes[i - 1] === "--option") ? s : null);
      if (value === null) return null;
      const m = /^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=(.*)$/i.exec(value);
      return m !== null && TRUE.test(m[2]) ? `${name} -o ${value} turns off package signature checks` : null;
    });
  } else if (/^(yum|dnf[0-9-]*|tdnf|microdnf|yum-config-manager|dnf-config-manager)$/.test(name)) {
    each((s, i) => {
      if (s === "--nogpgcheck") return `${name} --nogpgcheck installs packages without checking their signatures`;
      const value = s.startsWith("--setopt=") ? s.slice(9) : shapes[i - 1] === "--setopt" ? s : null;
      if (value !== null && /^(?:[^=\s]+\.)?gpgcheck=['"]?(0|false|no|off)['"]?$/i.test(value)) return `${name} --setopt ${value} turns off package signature checks`;
      return null;
    });
  } else if (name === "zypper") {
    each((s) => {
      if (s === "--no-gpg-checks") return "zypper --no-gpg-checks ignores failed package and repository signature checks";
      if (s === "--allow-unsigned-rpm") return "zypper --allow-unsigned-rpm installs unsigned packages";
      return null;
    });
  } else if (name === "rpm") {
    const installs = shapes.some((s) => RPM_INSTALL_SHORT.test(s) && !s.startsWith("--")) || shapes.some((s) => RPM_INSTALL_LONG.has(s));
    if (installs) {
      each((s) => {
        if (s === "--nosignature" || s === "--nodigest" || s === "--nofiledigest" || s === "--noverify") return `rpm ${s} installs the package without checking its ${s === "--nosignature" ? "signature" : "digests"}`;
        return null;
      });
    }
  } else if (name === "dpkg") {
    each((s) => (/^--force-(all|bad-verify)$/.test(s) ? `dpkg ${s} installs packages that fail verification` : null));
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: "unsigned-packages-allowed",
    aliases: ["CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"],
    severity: "error",
    category: "security",
    docs: {
      description: "A package manager is told to install packages without checking their signatures",
      why:
        "Package signatures are what makes a mirror, a proxy or a plain-HTTP repository safe to use: the package " +
        "manager refuses anything not signed by a trusted key. Turning the check off lets whoever controls the " +
        "network path or the mirror put any code into the image. Import the repository's key instead (`apk add " +
        "--allow-untrusted` → add the key to /etc/apk/keys; `[trusted=yes]` → `signed-by=` with the key; " +
        "`--nogpgcheck` → `rpm --import KEY`). Checked: apk --allow-untrusted; apt-get/apt/aptitude " +
        "--allow-unauthenticated, --allow-insecure-repositories, --force-yes and `-o " +
        "APT::Get::AllowUnauthenticated=true`; yum/dnf/tdnf/microdnf --nogpgcheck and `--setopt=gpgcheck=0`; " +
        "zypper --no-gpg-checks and --allow-unsigned-rpm; rpm -i/-U/-F with --nosignature, --nodigest, " +
        "--nofiledigest or --noverify; dpkg --force-bad-verify/--force-all; and `gpgcheck=0`, " +
        "`[trusted=yes]`, `APT::Get::AllowUnauthenticated \"true\"` written into files by echo, printf, sed -i, " +
        "`cat <<EOF` or a COPY heredoc. Not reported: `[trusted=yes]` on a local `file:` repository, `apk add " +
        "--allow-untrusted` of local .apk files (built in the build; check downloaded ones with a checksum), " +
        "--force-yes on apt remove/purge, and `repo_gpgcheck=0`: it is the default of most distributions, " +
        "and packages are still checked.",
      bad: "FROM debian:12\nRUN apt-get update && apt-get install -y --allow-unauthenticated curl\n",
      good: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
    },
  },
  create(context) {
    const ast = context.ast;
    return {
      RUN: (node) => {
        for (const c of securityCommands(node, ast)) for (const hit of commandHits(c)) context.report(hit);
        checkWritten(context, ast, node);
      },
      COPY: (node) => checkWritten(context, ast, node),
      ADD: (node) => checkWritten(context, ast, node),
    };
  },
};

function checkWritten(context: RuleContext, ast: Dockerfile, node: Instruction): void {
  for (const w of writtenTexts(node, ast, context)) {
    for (const p of CONFIG_PATTERNS) {
      const m = p.re.exec(w.text);
      if (m === null) continue;
      // `deb [trusted=yes] file:/tmp/repo ./`: a local repository of packages built in this build, no network involved
      if (m[0].startsWith("[") && /^\s*(file|copy):/.test(w.text.slice(m.index + m[0].length))) continue;
      // report the setting itself: `trusted=yes` inside `[arch=amd64 trusted=yes]`
      const inner = m[1] !== undefined && m[0].startsWith("[") ? m[0].indexOf(m[1]) : 0;
      const text = inner > 0 ? m[1] : m[0];
      context.report({ range: w.rangeOf(m.index + inner, text.length), message: `Writing "${text}" into ${w.targets[0] ?? "a config file"} makes ${p.what}` });
    }
  }
}

export default rule;
