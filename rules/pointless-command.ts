/**
 * Commands that make no sense in an image build (DL3001): interactive or system-management tools such
 * as `vim`, `ssh`, `top`, `service`, `shutdown`. Beyond hadolint: the command is found through `sudo`,
 * `env` and other wrappers, `ifconfig` (named in hadolint's message but not checked) is included, and a
 * headless `vim` (`vim -es`, `vim +PlugInstall +qall`) is fine, and so is `kill` after a command the
 * same script started in the background (`app & pid=$!; ...; kill $pid`). Package names (`apt-get install ssh`)
 * are not commands and are not reported.
 */
import type { RunInstruction } from "../src/ast/types.js";
import { wordShape } from "../src/shell/words.js";
import { commandsOf, type FoundCommand } from "../src/analysis/shell.js";
import { spanRange } from "../src/analysis/queries.js";
import type { Rule } from "../src/engine/types.js";

const WHY: Readonly<Record<string, string>> = {
  free: "it shows the memory of the build container, not of where the image will run",
  ifconfig: "it shows the network of the build container, not of where the image will run",
  kill: "it can only signal processes of this RUN, which end with it anyway",
  mount: "mounts are not kept in the image, and a build may not mount file systems",
  ps: "it shows only the processes of this RUN",
  service: "the service stops when the RUN ends; start it in CMD or ENTRYPOINT",
  shutdown: "there is no system to shut down in a build",
  ssh: "it needs a terminal and credentials, and what it does elsewhere does not reach the image",
  top: "it is interactive and never ends without a terminal",
  vim: "it is interactive and waits for input that a build cannot give",
};

/** vim run as a script processor (`-es`, `-E -s`, `+qall`, `-c 'qa!'`) is not interactive. */
function headlessVim(found: FoundCommand): boolean {
  const args = found.args.map(wordShape);
  if (args.includes("-s") && (args.includes("-e") || args.includes("-E"))) return true;
  return args.some((a, i) => /^-[a-zA-Z]*[eE][a-zA-Z]*s|^-[a-zA-Z]*s[a-zA-Z]*[eE]|^--headless$|^--not-a-term$/.test(a) || /^\+(w?qa?(ll)?|x(a|all)?)!?$/.test(a) || (a === "-c" && /^(w?qa?(ll)?|x(a|all)?)!?$/.test(args[i + 1] ?? "")));
}

const rule: Rule = {
  meta: {
    id: "pointless-command",
    aliases: ["DL3001"],
    severity: "info",
    category: "correctness",
    docs: {
      description: "A RUN uses a command that makes no sense in an image build",
      why:
        "Interactive programs (`vim`, `top`, `ssh`) wait for a terminal the build does not have; system " +
        "commands (`service`, `shutdown`, `mount`, `kill`, `ps`, `free`, `ifconfig`) act on the short-lived " +
        "build container, and nothing they do or show reaches the image. Such commands usually come from a " +
        "shell session copied into a Dockerfile.",
      bad: "FROM debian:12\nRUN service nginx start\n",
      good: 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
  },
  create(context) {
    return {
      RUN(node: RunInstruction) {
        for (const found of commandsOf(node, context.ast)) {
          const why = Object.prototype.hasOwnProperty.call(WHY, found.name) ? WHY[found.name] : undefined;
          if (why === undefined || (found.name === "vim" && headlessVim(found))) continue;
          // `long-task & pid=$!; ...; kill $pid` stops a job this RUN started in the background
          if (found.name === "kill" && found.source.script.commands.some((c) => c.background && c.end <= found.command.start)) continue;
          context.report({ range: spanRange(found, found.nameWord), message: `'${found.name}' makes no sense in a build: ${why}` });
        }
      },
    };
  },
};

export default rule;
