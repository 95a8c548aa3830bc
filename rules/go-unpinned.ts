/**
 * `go install pkg` / `go get pkg` / `go run pkg` without `@version` (DL3062); `@latest`, `@upgrade` and
 * `@patch` are queries, not pins. Local packages are fine: `.`, `./...`, absolute paths, `.go` files,
 * and, unlike hadolint, any path whose first element has no dot (`cmd/app`, `myapp`): only module paths
 * with a domain (`golang.org/x/tools/cmd/goimports`) can carry a version. Also unlike hadolint:
 * `@none` (removing a dependency) is not reported; `go install` is checked even when the RUN also has a
 * `go run`; nothing is reported in GOPATH mode (`GO111MODULE=off`), where `@version` is an error; and
 * `go install pkg` / `go run pkg` without a version after the stage copied a go.mod (`COPY go.mod ./`,
 * `COPY . .`) are fine, since they then build the version the module requires (`go get pkg` is still
 * reported: it moves the requirement to the newest release).
 */
import type { Dockerfile, Instruction, RunInstruction } from "../src/ast/types.js";
import { parseToolInvocation } from "../src/shell/commands.js";
import { wordShape } from "../src/shell/words.js";
import { commandsOf } from "../src/analysis/shell.js";
import { spanRange, stageInfo } from "../src/analysis/queries.js";
import { variableValueAt } from "../src/analysis/package-extras.js";
import type { Rule } from "../src/engine/types.js";

const QUERIES = new Set(["latest", "upgrade", "patch"]);

/** How a `go install|get|run` argument stands. */
export function goPin(spec: string): "pinned" | "local" | "query" | "unpinned" {
  if (spec === "." || spec.startsWith(".") || spec.startsWith("/") || spec.endsWith(".go")) return "local";
  const at = spec.lastIndexOf("@");
  const path = at < 0 ? spec : spec.slice(0, at);
  if (!path.split("/")[0].includes(".")) return "local";
  if (at < 0) return "unpinned";
  return QUERIES.has(spec.slice(at + 1)) ? "query" : "pinned";
}

/** An earlier COPY/ADD of the stage brings in a go.mod (`COPY go.mod go.sum ./`, `COPY . .`): the module pins its dependencies. */
function stageHasGoMod(node: Instruction, ast: Dockerfile): boolean {
  const stage = stageInfo(node, ast);
  if (stage === null) return false;
  return stage.instructions.slice(0, stage.position).some(
    (ins) => (ins.kind === "COPY" || ins.kind === "ADD") && !ins.flags.some((f) => f.name === "from") && ins.sources.some((w) => /(^|\/)(go\.mod|go\.\*|\.|\.\/|\*)$/.test(w.value)),
  );
}

const rule: Rule = {
  meta: {
    id: "go-unpinned",
    aliases: ["DL3062"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "go install names a module without a version",
      why:
        "`go install example.com/cmd/tool` (or `@latest`) builds whatever the module's newest release is on the " +
        "day of the build, so the same Dockerfile gives different binaries and a new release can break it. " +
        "Pin with `@v1.2.3`.",
      bad: "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest\n",
      good: "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@v0.26.0\n",
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        const gopathMode = variableValueAt(context.ast, node, "GO111MODULE") === "off";
        for (const found of commandsOf(node, context.ast)) {
          if (found.name !== "go") continue;
          const inv = parseToolInvocation(found);
          const sub = inv?.parsed.subcommandName;
          if (inv === undefined || (sub !== "install" && sub !== "get" && sub !== "run")) continue;
          // GO111MODULE=off as a prefix assignment, an `env` argument, or an ENV/ARG in scope: GOPATH mode
          const prefix = found.command.assignments.find((a) => a.name === "GO111MODULE")?.value.value;
          const viaEnv = found.command.argv.slice(0, found.command.argv.indexOf(found.nameWord)).some((w) => w.value === "GO111MODULE=off");
          if (prefix === "off" || viaEnv || (gopathMode && prefix === undefined)) continue;
          const verb = sub === "get" ? "fetches" : "builds";
          // `go install pkg` / `go run pkg` inside a module build the version go.mod requires; `go get pkg` moves it to the newest
          const moduleControlled = sub !== "get" && stageHasGoMod(node, context.ast);
          const operands = sub === "run" ? inv.parsed.operands.slice(0, 1) : inv.parsed.operands;
          for (const word of operands) {
            const spec = wordShape(word);
            if (word.value === undefined && !spec.includes("@")) continue;
            const pin = goPin(spec);
            if (pin === "pinned" || pin === "local" || (pin === "unpinned" && moduleControlled)) continue;
            context.report({
              range: spanRange(found, word),
              message:
                pin === "query"
                  ? `'${spec}' is a query, not a version: go ${sub} ${verb} whatever is newest; pin it as @<version>`
                  : `'${spec}' has no version: go ${sub} ${verb} whatever is newest; pin it as ${spec}@<version>`,
            });
          }
        }
      },
    };
  },
};

export default rule;
