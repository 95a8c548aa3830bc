import { describe, expect, it } from "vitest";
import {
  andOrListOf,
  commandLevels,
  findCommands,
  isFailureMasked,
  nestedShellScript,
  isPosixShell,
  packageArgs,
  parseShell,
  parseToolInvocation,
  pipelineOf,
  shellFromExec,
  type CommandView,
  type PackageArg,
} from "../../src/shell/index.js";
import { src } from "./helpers.js";

function one(text: string, name: string | string[]): CommandView {
  const s = parseShell(text);
  expect(s.errors).toEqual([]);
  const found = findCommands(s, name);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("findCommands through wrappers", () => {
  it.each([
    ["apt-get install -y x", []],
    ["/usr/bin/apt-get install -y x", []],
    ["sudo apt-get install -y x", ["sudo"]],
    ["sudo -E -u root -- apt-get install -y x", ["sudo"]],
    ["sudo --user=root DEBIAN_FRONTEND=noninteractive apt-get install -y x", ["sudo"]],
    ["env DEBIAN_FRONTEND=noninteractive apt-get install -y x", ["env"]],
    ["env -i -u HOME PATH=/bin apt-get install -y x", ["env"]],
    ["env - PATH=/bin apt-get install -y x", ["env"]],
    ["nice -n 10 apt-get install -y x", ["nice"]],
    ["nice apt-get install -y x", ["nice"]],
    ["time apt-get install -y x", ["time"]],
    ["command apt-get install -y x", ["command"]],
    ["exec apt-get install -y x", ["exec"]],
    ["nohup apt-get install -y x", ["nohup"]],
    ["stdbuf -oL -e 0 apt-get install -y x", ["stdbuf"]],
    ["timeout 10 apt-get install -y x", ["timeout"]],
    ["timeout -s KILL --kill-after=5 10m apt-get install -y x", ["timeout"]],
    ["sudo env A=1 nice -n 5 apt-get install -y x", ["sudo", "env", "nice"]],
    ["eatmydata apt-get install -y x", ["eatmydata"]],
    ["gosu root apt-get install -y x", ["gosu"]],
  ])("%s", (text, wrappers) => {
    const v = one(text, "apt-get");
    expect(v.name).toBe("apt-get");
    expect(v.wrappers).toEqual(wrappers);
    expect(v.args.map((w) => w.value)).toEqual(["install", "-y", "x"]);
    expect(text.slice(v.nameWord.start, v.nameWord.end)).toMatch(/apt-get$/);
  });

  it("xargs with options", () => {
    const v = one("find . -name '*.pyc' -print0 | xargs -0 -n 1 -I{} rm -f {}", "rm");
    expect(v.wrappers).toEqual(["xargs"]);
    expect(v.args.map((w) => w.value)).toEqual(["-f", "{}"]);
  });

  it("command -v is a query, not a wrapper", () => {
    const s = parseShell("command -v curl || apt-get install -y curl");
    expect(findCommands(s, "curl")).toHaveLength(0);
    expect(findCommands(s, "command")).toHaveLength(1);
  });

  it("wrappers themselves can be found", () => {
    const s = parseShell("sudo -u x apt-get update");
    const v = findCommands(s, "sudo");
    expect(v).toHaveLength(1);
    expect(v[0].args.map((w) => w.value)).toEqual(["-u", "x", "apt-get", "update"]);
    expect(commandLevels(s.commands[0]).map((l) => l.name)).toEqual(["sudo", "apt-get"]);
  });

  it("python -m pip", () => {
    for (const text of ["python -m pip install x", "python3 -m pip install x", "/usr/bin/python3.11 -u -m pip install x", "python3 -mpip install x"]) {
      const v = one(text, "pip");
      expect(v.wrappers.length).toBe(1);
      expect(v.args.map((w) => w.value)).toEqual(["install", "x"]);
    }
    expect(findCommands(parseShell("python -c 'import pip' install"), "pip")).toHaveLength(0);
  });

  it("several names, nested commands, source order", () => {
    const s = parseShell('apk add curl && X="$(curl -s https://x)" && wget -q y; (curl z)');
    expect(findCommands(s, ["curl", "wget"]).map((v) => src(s, v.command))).toEqual(["curl -s https://x", "wget -q y", "curl z"]);
  });

  it("dynamic command names never match", () => {
    const s = parseShell("$APT install -y x; ${SUDO} apt-get update");
    expect(findCommands(s, "apt-get")).toHaveLength(0);
  });
});

describe("pipelines and masking", () => {
  it("curl ... | bash", () => {
    const s = parseShell("curl -fsSL https://get.example.com | sudo bash -s -- --flag && echo ok");
    const [bash] = findCommands(s, "bash");
    expect(bash.wrappers).toEqual(["sudo"]);
    const info = pipelineOf(bash.command);
    expect(info.index).toBe(1);
    expect(info.upstream.map((c) => c.kind === "simple" && c.name?.value)).toEqual(["curl"]);
    expect(info.downstream).toEqual([]);
    expect(src(s, info.pipeline)).toBe("curl -fsSL https://get.example.com | sudo bash -s -- --flag");
    const [curl] = findCommands(s, "curl");
    expect(pipelineOf(curl.command).downstream).toHaveLength(1);
    expect(andOrListOf(curl.command)?.operators).toEqual(["&&"]);
  });

  it("isFailureMasked", () => {
    const s = parseShell("apt-get update || true; apt-get install -y x");
    const [update, install] = findCommands(s, "apt-get");
    expect(isFailureMasked(update.command)).toBe(true);
    expect(isFailureMasked(install.command)).toBe(false);
  });
});

function pk(text: string, name: string): PackageArg[] {
  const v = one(text, name);
  const p = packageArgs(v);
  if (p === undefined) throw new Error("not an install command");
  return p;
}

const brief = (ps: PackageArg[]) => ps.map((p) => [p.name, p.version, p.versionOperator]);

describe("packageArgs", () => {
  it("apt-get", () => {
    const text = "apt-get install -y --no-install-recommends foo=1.2 bar libc6:amd64=2.36* ./local.deb baz/bookworm-backports";
    const ps = pk(text, "apt-get");
    expect(brief(ps)).toEqual([
      ["foo", "1.2", "="],
      ["bar", undefined, undefined],
      ["libc6:amd64", "2.36*", "="],
      ["./local.deb", undefined, undefined],
      ["baz", undefined, undefined],
    ]);
    expect(ps[3].source).toBe("path");
    expect(ps[4].qualifier).toBe("bookworm-backports");
    expect(text.slice(ps[0].word.start, ps[0].word.end)).toBe("foo=1.2");
  });

  it("not an install command → undefined", () => {
    expect(packageArgs(one("apt-get update", "apt-get"))).toBeUndefined();
    expect(packageArgs(one("ls -l", "ls"))).toBeUndefined();
  });

  it("apk", () => {
    expect(brief(pk("apk add --no-cache -t .deps a=1.2 b~=3.4 'c>1' \"d<=2\" e~1 f@edge g=1.0-r0@testing", "apk"))).toEqual([
      ["a", "1.2", "="],
      ["b", "3.4", "~="],
      ["c", "1", ">"],
      ["d", "2", "<="],
      ["e", "1", "~"],
      ["f", undefined, undefined],
      ["g", "1.0-r0", "="],
    ]);
    const ps = pk("apk add f@edge", "apk");
    expect(ps[0].qualifier).toBe("edge");
  });

  it("yum / dnf / microdnf / zypper", () => {
    expect(brief(pk("yum install -y httpd-2.4.6 java-1.8.0-openjdk nginx-1.20.1-1.el8 @development", "yum"))).toEqual([
      ["httpd", "2.4.6", "-"],
      ["java-1.8.0-openjdk", undefined, undefined],
      ["nginx", "1.20.1-1.el8", "-"],
      ["development", undefined, undefined],
    ]);
    expect(brief(pk("dnf -y install --setopt=tsflags=nodocs python3", "dnf"))).toEqual([["python3", undefined, undefined]]);
    expect(brief(pk("microdnf install -y shadow-utils", "microdnf"))).toEqual([["shadow-utils", undefined, undefined]]);
    expect(brief(pk("zypper --non-interactive in -y curl=7.1 'git>=2'", "zypper"))).toEqual([
      ["curl", "7.1", "="],
      ["git", "2", ">="],
    ]);
  });

  it("pip", () => {
    const ps = pk(
      "pip install --no-cache-dir -r req.txt foo==1.0 'bar>=1,<2' baz~=1.4 'qux[extra1,extra2]==2' git+https://github.com/a/b.git#egg=b ./local x.whl -e ./src plain",
      "pip",
    );
    expect(ps.map((p) => [p.name, p.version, p.versionOperator, p.source])).toEqual([
      ["foo", "1.0", "==", "registry"],
      ["bar", "1", ">=", "registry"],
      ["baz", "1.4", "~=", "registry"],
      ["qux", "2", "==", "registry"],
      ["b", undefined, undefined, "vcs"],
      ["./local", undefined, undefined, "path"],
      ["x.whl", undefined, undefined, "path"],
      ["./src", undefined, undefined, "path"],
      ["plain", undefined, undefined, "registry"],
    ]);
    expect(ps[1].specifier).toBe(">=1,<2");
    expect(ps[3].extras).toEqual(["extra1", "extra2"]);
    expect(ps[7].editable).toBe(true);
    expect(ps.map((p) => p.name)).not.toContain("req.txt");
  });

  it("python3 -m pip and pip3", () => {
    expect(brief(pk("python3 -m pip install -U pip==23.0", "pip"))).toEqual([["pip", "23.0", "=="]]);
    expect(brief(pk("pip3 install six", "pip3"))).toEqual([["six", undefined, undefined]]);
  });

  it("npm / yarn / pnpm", () => {
    const ps = pk("npm install -g foo@1.2 @scope/bar@^1 baz git+https://github.com/x/y.git user/repo ./pkg.tgz https://x/y.tgz", "npm");
    expect(ps.map((p) => [p.name, p.version, p.source])).toEqual([
      ["foo", "1.2", "registry"],
      ["@scope/bar", "^1", "registry"],
      ["baz", undefined, "registry"],
      ["git+https://github.com/x/y.git", undefined, "vcs"],
      ["user/repo", undefined, "vcs"],
      ["./pkg.tgz", undefined, "path"],
      ["https://x/y.tgz", undefined, "url"],
    ]);
    expect(brief(pk("npm i @angular/cli", "npm"))).toEqual([["@angular/cli", undefined, undefined]]);
    expect(brief(pk("yarn global add typescript@5", "yarn"))).toEqual([["typescript", "5", "@"]]);
    expect(brief(pk("pnpm add -D vite@latest", "pnpm"))).toEqual([["vite", "latest", "@"]]);
    expect(packageArgs(one("npm ci", "npm"))).toEqual([]);
  });

  it("gem", () => {
    expect(brief(pk("gem install rails:7.0.4 bundler -v 2.4.1 --no-document", "gem"))).toEqual([
      ["rails", "7.0.4", ":"],
      ["bundler", "2.4.1", "-v"],
    ]);
    const ps = pk("gem install -v '~> 1.2' nokogiri", "gem");
    expect(ps.map((p) => [p.name, p.version, p.specifier])).toEqual([["nokogiri", "1.2", "~> 1.2"]]);
  });

  it("go install", () => {
    expect(brief(pk("go install golang.org/x/tools/gopls@v0.14.2 ./cmd/...", "go"))).toEqual([
      ["golang.org/x/tools/gopls", "v0.14.2", "@"],
      ["./cmd/...", undefined, undefined],
    ]);
  });

  it("dynamic package words", () => {
    const ps = pk('apt-get install -y "foo=${FOO_VERSION}" $EXTRA', "apt-get");
    expect(ps.map((p) => [p.name, p.version, p.dynamic])).toEqual([
      ["foo", "${FOO_VERSION}", true],
      ["$EXTRA", undefined, true],
    ]);
  });

  it("parseToolInvocation", () => {
    const inv = parseToolInvocation(one("sudo pip3 install x", "pip3"));
    expect(inv?.tool).toBe("pip");
    expect(inv?.parsed.subcommandName).toBe("install");
  });
});

describe("exec form and SHELL", () => {
  it.each([
    [["/bin/sh", "-c", "echo hi"], "sh", 2],
    [["bash", "-c", "echo"], "bash", 2],
    [["sh", "-ec", "x"], "sh", 2],
    [["/bin/bash", "-o", "pipefail", "-c", "x"], "bash", 4],
    [["/bin/bash", "-euxo", "pipefail", "-c", "x"], "bash", 4],
    [["bash", "--login", "-c", "x"], "bash", 3],
    [["busybox", "sh", "-c", "x"], "sh", 3],
  ])("%j", (argv, shell, index) => {
    expect(shellFromExec(argv)).toEqual({ shell, scriptIndex: index });
  });

  it.each([[["/bin/sh", "script.sh"]], [["bash", "-c"]], [["python", "-c", "print(1)"]], [["nginx", "-g", "daemon off;"]], [[]]])("%j is not a shell script", (argv) => {
    expect(shellFromExec(argv)).toBeUndefined();
  });

  it("isPosixShell", () => {
    expect(isPosixShell(["/bin/sh", "-c"])).toBe(true);
    expect(isPosixShell(["/bin/bash", "-o", "pipefail", "-c"])).toBe(true);
    expect(isPosixShell(["pwsh", "-Command"])).toBe(false);
    expect(isPosixShell(["powershell", "-Command", "$ErrorActionPreference = 'Stop';"])).toBe(false);
    expect(isPosixShell(["C:\\Windows\\System32\\cmd.exe", "/S", "/C"])).toBe(false);
    expect(isPosixShell(["cmd", "/S", "/C"])).toBe(false);
    expect(isPosixShell([])).toBe(false);
  });
});

describe("nestedShellScript", () => {
  it("parses sh -c scripts with a one-to-one offset when possible", () => {
    const text = `sudo sh -ec 'apt-get update && apt-get install -y curl' && bash -c "echo \\"x\\""`;
    const s = parseShell(text);
    const [sh, bash] = findCommands(s, ["sh", "bash"]);
    const inner = nestedShellScript(sh);
    expect(inner?.offset).toBe(text.indexOf("apt-get"));
    const cmds = inner?.script.commands ?? [];
    expect(cmds.map((c) => c.name?.value)).toEqual(["apt-get", "apt-get"]);
    const off = inner?.offset ?? 0;
    expect(text.slice(off + cmds[1].start, off + cmds[1].end)).toBe("apt-get install -y curl");
    const b = nestedShellScript(bash);
    expect(b?.script.commands[0].args.map((w) => w.value)).toEqual(["x"]);
    expect(b?.offset).toBeUndefined();
    expect(nestedShellScript(one("sh script.sh", "sh"))).toBeUndefined();
  });
});
