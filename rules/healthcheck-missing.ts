/** hadolint DL3057: an image without HEALTHCHECK (off by default). */
import type { Rule } from "../src/engine/types.js";
import { semanticModel, shippingStages, stageLineage } from "./support/semantic.js";

const rule: Rule = {
  meta: {
    id: "healthcheck-missing",
    aliases: ["DL3057"],
    severity: "info",
    category: "maintainability",
    disabledByDefault: true,
    docs: {
      description: "An image has no HEALTHCHECK",
      why:
        "Without a HEALTHCHECK, Docker and Swarm only know whether the process runs, not whether it serves. Teams " +
        "that want every service image to declare one can enable this rule (off by default, as in hadolint: " +
        "orchestrators such as Kubernetes ignore HEALTHCHECK and use their own probes). Only stages whose image " +
        "ships are checked; a HEALTHCHECK (or `HEALTHCHECK NONE`) in a stage they build FROM counts. A " +
        "HEALTHCHECK inherited from the base image cannot be seen and is not counted.",
      bad: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n',
      good: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD ["curl", "-fsS", "http://localhost/"]\n',
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        for (const stage of shippingStages(semanticModel(ast))) {
          let found = false;
          for (const s of stageLineage(stage)) {
            const parent = s !== stage;
            if (s.instructions.some((i) => i.kind === "HEALTHCHECK" || (parent && i.kind === "ONBUILD" && i.trigger?.kind === "HEALTHCHECK"))) found = true;
          }
          if (found) continue;
          const from = stage.from;
          context.report({ range: from.image?.range ?? from.keyword.range, message: "The image this stage builds has no HEALTHCHECK" });
        }
      },
    };
  },
};

export default rule;
