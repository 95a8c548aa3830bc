import { describe, expect, it } from "vitest";
import {
  APT_GET_SUBCOMMANDS,
  aptGetSpec,
  curlSpec,
  getOption,
  hasOption,
  parseOptions,
  parseShell,
  resolveCommand,
  specFor,
  type OptionSpec,
  type ParsedOptions,
  type Word,
} from "../../src/shell/index.js";

/** Parses `text` as one command and runs the option parser on its effective args. */
function opts(text: string, spec?: OptionSpec): ParsedOptions & { text: string } {
  const s = parseShell(text);
  expect(s.errors).toEqual([]);
  const view = resolveCommand(s.commands[0]);
  if (view === undefined) throw new Error("no command");
  const sp = spec ?? specFor(view.name);
  if (sp === undefined) throw new Error(`no spec for ${view.name}`);
  return { ...parseOptions(view.args, sp), text };
}

const names = (p: ParsedOptions) => p.options.map((o) => o.name);
const values = (ws: readonly (Word | undefined)[]) => ws.map((w) => w?.value);

describe("parseOptions", () => {
  it("apt-get install -y --no-install-recommends foo=1.2 bar", () => {
    const p = opts("apt-get install -y --no-install-recommends foo=1.2 bar");
    expect(p.subcommand?.value).toBe("install");
    expect(p.subcommandName).toBe("install");
    expect(p.subcommandKnown).toBe(true);
    expect(names(p)).toEqual(["y", "no-install-recommends"]);
    expect(p.options.map((o) => o.canonical)).toEqual(["yes", "no-install-recommends"]);
    expect(values(p.operands)).toEqual(["foo=1.2", "bar"]);
  });

  it("options before the subcommand, bundles and values", () => {
    const p = opts("apt-get -qq -o Dpkg::Options::=--force-confold -yt bookworm-backports install x");
    expect(p.subcommandName).toBe("install");
    expect(p.options.map((o) => [o.name, o.value?.value])).toEqual([
      ["q", undefined],
      ["q", undefined],
      ["o", "Dpkg::Options::=--force-confold"],
      ["y", undefined],
      ["t", "bookworm-backports"],
    ]);
    expect(values(p.operands)).toEqual(["x"]);
  });

  it("attached short values and --long=value keep exact positions", () => {
    const text = 'apt-get install -oAPT::Install-Suggests=0 --target-release="sid" z';
    const p = opts(text);
    const o = p.options[0];
    expect(o.name).toBe("o");
    expect(o.value?.value).toBe("APT::Install-Suggests=0");
    expect(text.slice(o.value?.start, o.value?.end)).toBe("APT::Install-Suggests=0");
    const t = p.options[1];
    expect(t.name).toBe("target-release");
    expect(t.canonical).toBe("target-release");
    expect(t.value?.value).toBe("sid");
    expect(t.value?.text).toBe(text.slice(t.value?.start, t.value?.end));
  });

  it("unknown subcommands are flagged", () => {
    const p = opts("apt-get dist-update");
    expect(p.subcommandName).toBe("dist-update");
    expect(p.subcommandKnown).toBe(false);
    expect(APT_GET_SUBCOMMANDS).toContain("dist-upgrade");
  });

  it("-- ends options", () => {
    const p = opts("apt-get install -y -- -weird-name", aptGetSpec);
    expect(names(p)).toEqual(["y"]);
    expect(values(p.operands)).toEqual(["-weird-name"]);
    expect(p.doubleDashIndex).toBe(2);
  });

  it("dynamic words are operands unless they start with a static dash", () => {
    const p = opts('apt-get install $PKGS "--opt=$V" ${X}');
    expect(p.options.map((o) => [o.name, o.value?.text])).toEqual([["opt", '$V"']]);
    expect(p.options[0].value?.dynamic).toBe(true);
    expect(p.operands.map((w) => w.text)).toEqual(["$PKGS", "${X}"]);
  });

  it("curl: values for -o, -H, -u, --retry; -o - is a value", () => {
    const p = opts('curl -fsSL -o - -H "Accept: x" -u user:pw --retry 3 https://example.com/x.sh');
    expect(p.options.map((o) => [o.name, o.value?.value])).toEqual([
      ["f", undefined],
      ["s", undefined],
      ["S", undefined],
      ["L", undefined],
      ["o", "-"],
      ["H", "Accept: x"],
      ["u", "user:pw"],
      ["retry", "3"],
    ]);
    expect(values(p.operands)).toEqual(["https://example.com/x.sh"]);
    expect(getOption(p, "output")?.value?.value).toBe("-");
    expect(hasOption(p, "location")).toBe(true);
    expect(hasOption(p, "insecure", "k")).toBe(false);
  });

  it("curl -O and -sSLo file", () => {
    const p = opts("curl -sSLo /tmp/f https://x -O", curlSpec);
    expect(p.options.map((o) => [o.name, o.value?.value])).toEqual([
      ["s", undefined],
      ["S", undefined],
      ["L", undefined],
      ["o", "/tmp/f"],
      ["O", undefined],
    ]);
  });

  it("wget -O - -q --progress=dot:giga -nv", () => {
    const p = opts("wget -O - -q --progress=dot:giga -nv https://x");
    expect(p.options.map((o) => [o.name, o.canonical, o.value?.value])).toEqual([
      ["O", "output-document", "-"],
      ["q", "quiet", undefined],
      ["progress", "progress", "dot:giga"],
      ["nv", "no-verbose", undefined],
    ]);
    expect(values(p.operands)).toEqual(["https://x"]);
  });

  it("apk add --no-cache --virtual .build-deps -X repo", () => {
    const p = opts("apk add --no-cache --virtual .build-deps -X http://dl/edge gcc musl-dev=1.2");
    expect(p.subcommandName).toBe("add");
    expect(p.options.map((o) => [o.canonical, o.value?.value])).toEqual([
      ["no-cache", undefined],
      ["virtual", ".build-deps"],
      ["repository", "http://dl/edge"],
    ]);
    expect(values(p.operands)).toEqual(["gcc", "musl-dev=1.2"]);
  });

  it("zypper aliases: in, rm, ref", () => {
    expect(opts("zypper --non-interactive in -y curl").subcommandName).toBe("install");
    expect(opts("zypper rm -y curl").subcommandName).toBe("remove");
    expect(opts("zypper ref").subcommandName).toBe("refresh");
    const p = opts("zypper -n install --no-recommends -r repo curl");
    expect(p.options.map((o) => [o.name, o.value?.value])).toEqual([
      ["n", undefined],
      ["no-recommends", undefined],
      ["r", "repo"],
    ]);
  });

  it("pip install -r req.txt -c c.txt -e . --index-url URL foo", () => {
    const p = opts("pip install --no-cache-dir -r req.txt -c c.txt -e . --index-url https://pypi foo");
    expect(p.options.map((o) => [o.canonical, o.value?.value])).toEqual([
      ["no-cache-dir", undefined],
      ["requirement", "req.txt"],
      ["constraint", "c.txt"],
      ["editable", "."],
      ["index-url", "https://pypi"],
    ]);
    expect(values(p.operands)).toEqual(["foo"]);
  });

  it("npm aliases and yarn nested subcommands", () => {
    expect(opts("npm i -g foo").subcommandName).toBe("install");
    expect(opts("npm ci --omit=dev").subcommandName).toBe("ci");
    const y = opts("yarn global add --silent pkg");
    expect(y.subcommandPath).toEqual(["global", "add"]);
    expect(values(y.operands)).toEqual(["pkg"]);
  });

  it("go uses single-dash long flags", () => {
    const p = opts("go build -ldflags '-s -w' -o /out -trimpath ./cmd/x");
    expect(p.subcommandName).toBe("build");
    expect(p.options.map((o) => [o.name, o.value?.value])).toEqual([
      ["ldflags", "-s -w"],
      ["o", "/out"],
      ["trimpath", undefined],
    ]);
    expect(values(p.operands)).toEqual(["./cmd/x"]);
  });

  it("gem install -v", () => {
    const p = opts("gem install bundler -v 2.4.1 --no-document");
    expect(p.options.map((o) => [o.canonical, o.value?.value])).toEqual([
      ["version", "2.4.1"],
      ["no-document", undefined],
    ]);
  });

  it("useradd -l -u 1000 -g grp -m user", () => {
    const p = opts("useradd -l -u 1000 -g grp -ms /bin/bash app");
    expect(p.options.map((o) => [o.canonical, o.value?.value])).toEqual([
      ["no-log-init", undefined],
      ["uid", "1000"],
      ["gid", "grp"],
      ["create-home", undefined],
      ["shell", "/bin/bash"],
    ]);
    expect(values(p.operands)).toEqual(["app"]);
  });

  it("chmod symbolic modes starting with - are operands", () => {
    const p = opts("chmod -R -x+X /srv");
    expect(names(p)).toEqual(["R"]);
    expect(values(p.operands)).toEqual(["-x+X", "/srv"]);
    expect(values(opts("chmod -w f").operands)).toEqual(["-w", "f"]);
  });

  it("stopAtFirstOperand", () => {
    const spec: OptionSpec = { stopAtFirstOperand: true, shortWithValue: "u" };
    const p = opts("runas -u bob apt-get -y install", spec);
    expect(names(p)).toEqual(["u"]);
    expect(values(p.operands)).toEqual(["apt-get", "-y", "install"]);
  });
});
