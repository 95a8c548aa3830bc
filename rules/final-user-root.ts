/**
 * The image that ships never switches to a non-root user: no USER in the target stage or the stages it
 * builds FROM. Off by default (many images drop privileges in their entrypoint with gosu/su-exec, and
 * some base images already set a USER). An explicit `USER root` last is last-user-root's finding.
 */
import type { Stage } from "../src/model/index.js";
import type { Rule } from "../src/engine/types.js";
import { modelOf } from "./support/buildkit.js";

/** Base images known to run as a non-root user already (distroless :nonroot, *-unprivileged, rootless, Bitnami, Chainguard). */
const NON_ROOT_BASE = /nonroot|non-root|rootless|unprivileged|chiseled|(^|\/)bitnami\/|(^|\/)cgr\.dev\/|(^|\/)chainguard\//i;
/** Windows images have no root: their default ContainerAdministrator is a different model (and USER ContainerUser the fix). */
const WINDOWS = /windowsservercore|nanoserver|servercore|(^|[/-])windows([/:@-]|$)|mcr\.microsoft\.com\/(windows|powershell|dotnet\/framework)|ltsc20\d\d/i;

function lineage(stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | null = stage; s !== null && !out.includes(s); s = s.parent) out.push(s);
  return out;
}

const rule: Rule = {
  meta: {
    id: "final-user-root",
    aliases: ["CKV_DOCKER_3"],
    severity: "warning",
    category: "security",
    disabledByDefault: true,
    docs: {
      description: "The final stage never sets a USER, so the container runs as root",
      why:
        "Without a USER instruction the container's processes run as root (unless the base image set another " +
        "user). A bug in the application then hands the attacker root in the container, write access to every " +
        "file of the image, and a much better position for a container escape. Create an unprivileged user and " +
        "switch to it after the steps that need root. Only the stage that ships (the build target, the last stage) " +
        "is judged, with the stages it is built FROM; builder stages may run as root. Base images that already run " +
        "as non-root (tags or names with nonroot, rootless, unprivileged or chiseled, Bitnami and Chainguard images) " +
        "and Windows images (no root user; ContainerAdministrator is another model) are not reported. " +
        "Off by default: images that drop privileges at run time (gosu, su-exec in the entrypoint) are correct " +
        "without a USER.",
      bad: "FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD [\"python\", \"app.py\"]\n",
      good:
        "FROM python:3.13-slim\nRUN useradd --system --uid 10001 app\nWORKDIR /app\nCOPY --chown=app . .\nUSER app\nCMD [\"python\", \"app.py\"]\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const target = modelOf(ast).target;
        if (target === null) return;
        const stages = lineage(target);
        if (stages.some((s) => s.instructions.some((i) => i.kind === "USER"))) return;
        const base = stages.at(-1)!.base;
        const image = base.kind === "image" ? (base.text ?? base.reference?.raw ?? "") : "";
        if (NON_ROOT_BASE.test(image) || WINDOWS.test(image)) return;
        const from = target.from;
        const shown = from.image?.raw ?? "the base image";
        context.report({
          range: from.image?.range ?? from.keyword.range,
          message: `The final stage (FROM ${shown}) never sets a USER, so the container runs as root unless the base image chose another user; add a non-root USER`,
        });
      },
    };
  },
};

export default rule;
