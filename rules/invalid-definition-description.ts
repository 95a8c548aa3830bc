/**
 * BuildKit's experimental InvalidDefinitionDescription: the comment right above a named FROM or an ARG
 * does not start with the stage or ARG name, so `docker build --call=outline` does not show it as the
 * description. Off by default, as in BuildKit.
 */
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "invalid-definition-description",
    aliases: ["InvalidDefinitionDescription"],
    severity: "style",
    category: "style",
    disabledByDefault: true,
    docs: {
      description: "The comment above a named stage or an ARG does not start with its name",
      why:
        "`docker build --call=outline` and `--call=targets` describe stages and build arguments with the comment " +
        "right above them when it starts with the name (`# VERSION the release to package`). A comment there that " +
        "does not is either a description that will not be shown or a note that should be separated from the " +
        "instruction by an empty `#` line. As in BuildKit, the last comment line since the previous instruction " +
        "counts (blank lines do not separate it; an empty `#` line does), and the check is experimental: enable it " +
        "in the config.",
      bad: "# the version to package\nARG VERSION=1.0\nFROM alpine:3.20\n",
      good: "# VERSION the version to package\nARG VERSION=1.0\nFROM alpine:3.20\n",
    },
  },
  create(context) {
    return {
      Instruction(node) {
        if (node.onbuild || node.comments.length === 0) return;
        let keys: string[];
        if (node.kind === "FROM") {
          if (!node.stageName || node.args.length !== 3) return;
          keys = [node.stageName.value.toLowerCase()];
        } else if (node.kind === "ARG") keys = node.pairs.map((p) => p.key.value);
        else return;
        if (keys.length === 0) return;
        const last = node.comments[node.comments.length - 1];
        if (keys.includes(last.split(" ")[0])) return;
        const example = keys.length > 1 ? "<arg_key>" : keys[0];
        context.report({ range: node.keyword.range, message: `Comment for ${node.name} should follow the format: \`# ${example} <description>\`` });
      },
    };
  },
};

export default rule;
