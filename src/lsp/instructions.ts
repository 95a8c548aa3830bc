/**
 * One paragraph of reference help per Dockerfile instruction, shown when hovering its keyword, with a
 * link to the matching section of Docker's Dockerfile reference.
 * @module
 */
import type { InstructionKeyword } from "../ast/types.js";

/** Docker's Dockerfile reference; each instruction has an anchor named after it in lower case. */
export const DOCKERFILE_REFERENCE = "https://docs.docker.com/reference/dockerfile/";

interface InstructionHelp {
  /** The usual forms, one per line. */
  syntax: string;
  /** What it does, one paragraph. */
  text: string;
}

export const INSTRUCTION_HELP: Readonly<Record<InstructionKeyword, InstructionHelp>> = {
  ADD: {
    syntax: "ADD [--chown=<user>:<group>] [--chmod=<perms>] [--checksum=<digest>] <src>... <dest>",
    text:
      "Copies files, folders, remote URLs or Git repositories into the image. Unlike COPY it also fetches URLs and " +
      "unpacks local tar archives, which makes its effect harder to predict; prefer COPY for plain files and use ADD " +
      "only when you want the download or the extraction (with `--checksum` to pin a remote file).",
  },
  ARG: {
    syntax: "ARG <name>[=<default value>] ...",
    text:
      "Declares a build argument that `docker build --build-arg <name>=<value>` can set. An ARG before the first FROM " +
      "can be used in FROM lines only; inside a stage it is visible from its declaration to the end of that stage. " +
      "Build arguments end up in the image history, so never pass secrets through them (use `RUN --mount=type=secret`).",
  },
  CMD: {
    syntax: 'CMD ["executable", "param1", ...]\nCMD ["param1", ...]  (default arguments for ENTRYPOINT)\nCMD command param1 ...',
    text:
      "Sets the default command of a container, or the default arguments of the ENTRYPOINT. Only the last CMD of a " +
      "stage counts, and `docker run <image> <args>` replaces it. The exec (JSON) form runs the program directly so it " +
      "receives signals; the shell form wraps it in `/bin/sh -c`.",
  },
  COPY: {
    syntax: "COPY [--from=<stage|image>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] <src>... <dest>",
    text:
      "Copies files and folders from the build context (or, with `--from`, from another stage or image) into the " +
      "image. Sources are relative to the context and filtered by `.dockerignore`; with several sources the destination " +
      "must be a folder ending in `/`. Copy only what the next steps need, as late as possible, to keep the layer cache effective.",
  },
  ENTRYPOINT: {
    syntax: 'ENTRYPOINT ["executable", "param1", ...]\nENTRYPOINT command param1 ...',
    text:
      "Sets the program a container runs; CMD then supplies its default arguments. Prefer the exec (JSON) form: the " +
      "shell form runs under `/bin/sh -c`, ignores CMD and `docker run` arguments, and the program does not receive " +
      "signals such as SIGTERM. Only the last ENTRYPOINT of a stage counts.",
  },
  ENV: {
    syntax: "ENV <key>=<value> ...",
    text:
      "Sets environment variables for the rest of the stage, both at build time (later instructions can use " +
      "`$key`) and in containers run from the image. Values persist in the image, so do not put secrets in them. " +
      "The legacy `ENV key value` form (one variable, no `=`) is deprecated.",
  },
  EXPOSE: {
    syntax: "EXPOSE <port>[/<protocol>] ...",
    text:
      "Documents the ports the container listens on (TCP unless `/udp` is given). It does not publish them: use " +
      "`docker run -p` or `-P` for that. Port ranges such as `8000-8010` are allowed.",
  },
  FROM: {
    syntax: "FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]",
    text:
      "Starts a new build stage from a base image. A Dockerfile can have several stages; name them with `AS <name>` " +
      "to copy from them (`COPY --from=<name>`) or build one with `--target`. Pin the image to a tag or, better, a " +
      "digest so builds are reproducible; only ARG may come before the first FROM.",
  },
  HEALTHCHECK: {
    syntax: "HEALTHCHECK [--interval=30s] [--timeout=30s] [--start-period=0s] [--retries=3] CMD <command>\nHEALTHCHECK NONE",
    text:
      "Tells the container runtime how to check that the container still works: the command runs periodically and " +
      "the container becomes unhealthy after `--retries` consecutive failures (non-zero exit). `HEALTHCHECK NONE` " +
      "turns off a check inherited from the base image. Only the last HEALTHCHECK counts.",
  },
  LABEL: {
    syntax: "LABEL <key>=<value> ...",
    text:
      "Adds metadata to the image as key/value pairs, for example the OCI annotations `org.opencontainers.image.source` " +
      "or `org.opencontainers.image.licenses`. Labels are inherited from the base image and can be listed with " +
      "`docker inspect`.",
  },
  MAINTAINER: {
    syntax: "MAINTAINER <name>",
    text:
      "Deprecated: sets the image's author field. Use `LABEL org.opencontainers.image.authors=\"<name>\"` instead, " +
      "which tools can read like any other label.",
  },
  ONBUILD: {
    syntax: "ONBUILD <INSTRUCTION>",
    text:
      "Registers an instruction to run later, when another Dockerfile uses this image in its FROM line; the trigger " +
      "runs right after that FROM. ONBUILD cannot trigger FROM, MAINTAINER or another ONBUILD. Triggers are easy to " +
      "forget about, so document them.",
  },
  RUN: {
    syntax: "RUN [--mount=...] [--network=...] [--security=...] <command>\nRUN [\"executable\", \"param1\", ...]",
    text:
      "Runs a command in a new layer on top of the current image and commits the result. The shell form runs under " +
      "the SHELL (`/bin/sh -c` by default), so use `set -o pipefail` when piping; the exec form runs the program " +
      "directly. Combine related commands (update and install) in one RUN, clean up caches in the same RUN, and use " +
      "`--mount=type=cache` or `--mount=type=secret` for caches and credentials.",
  },
  SHELL: {
    syntax: 'SHELL ["executable", "parameters"]',
    text:
      "Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT for the rest of the stage; the default is " +
      '`["/bin/sh", "-c"]` on Linux. It must be written in exec (JSON) form, e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
  },
  STOPSIGNAL: {
    syntax: "STOPSIGNAL <signal>",
    text:
      "Sets the signal sent to the container's main process to stop it (`docker stop`), by name such as `SIGQUIT` or " +
      "by number. The default is SIGTERM; change it for programs that shut down gracefully on another signal.",
  },
  USER: {
    syntax: "USER <user>[:<group>]\nUSER <UID>[:<GID>]",
    text:
      "Sets the user (and optionally group) for the following RUN, CMD and ENTRYPOINT instructions and for containers " +
      "run from the image. Run as a non-root user in the final stage; numeric IDs work even when the user does not exist " +
      "in `/etc/passwd`, which Kubernetes' `runAsNonRoot` can verify.",
  },
  VOLUME: {
    syntax: 'VOLUME ["/data"]\nVOLUME /data ...',
    text:
      "Marks folders as mount points for external volumes. Changes made to such a folder by later build steps are " +
      "discarded, and every container gets an anonymous volume there unless one is mounted, so declare volumes late and sparingly.",
  },
  WORKDIR: {
    syntax: "WORKDIR <path>",
    text:
      "Sets the working folder for the following RUN, CMD, ENTRYPOINT, COPY and ADD instructions, creating it when " +
      "missing. Use absolute paths (a relative one is resolved against the previous WORKDIR) and prefer WORKDIR over " +
      "`cd` inside RUN.",
  },
};

/** Markdown help for an instruction keyword (upper case), or null for a keyword Docker does not know. */
export function instructionHelp(keyword: string): string | null {
  const name = keyword.toUpperCase();
  if (!Object.hasOwn(INSTRUCTION_HELP, name)) return null;
  const help = INSTRUCTION_HELP[name as InstructionKeyword];
  return [
    `**${name}**`,
    "```dockerfile\n" + help.syntax + "\n```",
    help.text,
    `[Dockerfile reference](${DOCKERFILE_REFERENCE}#${name.toLowerCase()})`,
  ].join("\n\n");
}
