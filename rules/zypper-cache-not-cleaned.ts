/**
 * `zypper install` in a RUN that does not end with `zypper clean` / `zypper cc` (DL3036): repository
 * metadata stays in /var/cache/zypp. A cache or tmpfs mount over /var/cache/zypp, or removing it,
 * is fine. Besides install, update/patch/dist-upgrade fill the cache too. Unlike hadolint, only the
 * stages that reach the final image are checked (plus ONBUILD triggers).
 */
import { packageCommand } from "../src/analysis/packages.js";
import { cacheNotCleanedRule } from "./support/package-manager.js";

const FETCHING = new Set(["install", "update", "patch", "dist-upgrade", "source-install", "install-new-recommends"]);

export default cacheNotCleanedRule({
  meta: {
    id: "zypper-cache-not-cleaned",
    aliases: ["DL3036", "DS020"],
    severity: "warning",
    category: "performance",
    docs: {
      description: "zypper install leaves its cache in the layer",
      why:
        "zypper keeps repository metadata and solver data in /var/cache/zypp; unless the same RUN runs " +
        "`zypper clean`, it stays in the layer and a later RUN cannot shrink the image. A cache mount on " +
        "/var/cache/zypp also keeps it out. Only stages that reach the final image are checked.",
      bad: "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0\n",
      good: "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean -a\n",
    },
  },
  tools: ["zypper"],
  fetches: (call) => (FETCHING.has(call.parsed.subcommandName ?? "") ? call.parsed.subcommand : undefined),
  cleans: (found) => packageCommand(found)?.parsed.subcommandName === "clean" && found.name === "zypper",
  cacheDirs: ["/var/cache/zypp"],
  cleanCommand: () => "zypper clean -a",
});
