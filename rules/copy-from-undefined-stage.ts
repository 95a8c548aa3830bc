/** hadolint DL3022: `COPY --from` (or a RUN mount's `from=`) names no stage defined before it. */
import type { Rule } from "../src/engine/types.js";
import { suggestName } from "../src/util/suggest.js";
import { semanticModel } from "./support/semantic.js";

/** Official images often copied from by bare name (`COPY --from=busybox ...`). */
const KNOWN_IMAGES = new Set(
  ("alpine amazonlinux bash buildpack-deps busybox caddy centos composer debian docker eclipse-temurin elixir erlang " +
    "fedora gcc golang gradle haproxy haskell httpd julia mariadb maven memcached mongo mysql nginx node openjdk perl " +
    "php postgres python rabbitmq redis registry ruby rust swift tomcat traefik ubuntu").split(" "),
);

const rule: Rule = {
  meta: {
    id: "copy-from-undefined-stage",
    aliases: ["DL3022"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "COPY --from names a stage that is not defined before it",
      why:
        "`--from` takes a stage defined earlier in the file (by name or index) or an image. A name that matches " +
        "no earlier stage is pulled as an image from Docker Hub, so a typo (`--from=biuld`) fails with a confusing " +
        "pull error or, worse, copies from an unrelated public image. A stage defined later, a stage index that " +
        "does not exist and a variable (BuildKit does not expand variables in `--from`) are reported too. Names " +
        "that are clearly images are fine: with a registry or path (`/`), a tag (`:`), a digest (`@`), or a " +
        "well-known official image name (`busybox`, `alpine`, ...). RUN `--mount=from=` is checked the same way.",
      bad: "FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n",
      good: "FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const model = semanticModel(ast);
        const seen = new Set<string>();
        for (const ref of model.stageReferences) {
          const key = `${ref.range.start.offset}:${ref.text}`;
          // Template placeholders (`{{ copy_from }}`) are not Dockerfile syntax; the template engine fills them.
          if (seen.has(key) || ref.text.includes("{{")) continue;
          seen.add(key);
          const where = ref.kind === "copy-from" ? "COPY --from" : "RUN --mount from";
          const earlier = model.stages.filter((s) => s.index < ref.stage.index && s.name !== null).map((s) => s.name as string);
          let message: string | undefined;
          const target = ref.target;
          if (target.kind === "stage" && ref.forward) {
            message = `${where}="${ref.text}" names a stage defined later (line ${target.stage.from.startLine}); only earlier stages can be used`;
          } else if (target.kind === "invalid-index") {
            message = `${where}="${ref.text}": there is no stage ${target.index} (stages are numbered from 0, and this file has ${model.stages.length})`;
          } else if (target.kind === "unsupported-expansion") {
            message = `${where}="${ref.text}" uses a variable, which BuildKit does not expand in --from; name the image in a FROM ... AS stage and copy from that`;
          } else if (target.kind === "image" && !/[/:@]/.test(target.name) && !KNOWN_IMAGES.has(target.name.toLowerCase())) {
            const hint = suggestName(target.name.toLowerCase(), earlier);
            message =
              `${where}="${ref.text}" is not a stage defined before this one, so BuildKit pulls an image of that name` +
              (hint ? `; did you mean "${hint}"?` : "");
          }
          if (message) context.report({ range: ref.range, message });
        }
      },
    };
  },
};

export default rule;
