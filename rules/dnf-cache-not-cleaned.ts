/**
 * `dnf install` / `microdnf install` (and upgrade, reinstall...) in a RUN that does not end with
 * `dnf clean all` (DL3040). As in hadolint, the clean-up must use the same tool (`microdnf clean all`
 * after microdnf); removing the cache directory (/var/cache/dnf, /var/cache/libdnf5, or
 * /var/cache/yum, microdnf's, /var/cache/tdnf) counts, and so does a cache or tmpfs mount over it. Unlike hadolint, only
 * the stages that reach the final image are checked (plus ONBUILD triggers).
 */
import { rpmAction, RPM_FETCHING } from "../src/analysis/package-extras.js";
import { packageCommand } from "../src/analysis/packages.js";
import { cacheNotCleanedRule } from "./support/package-manager.js";

export default cacheNotCleanedRule({
  meta: {
    id: "dnf-cache-not-cleaned",
    aliases: ["DL3040", "DS019", "DS027"],
    severity: "warning",
    category: "performance",
    docs: {
      description: "dnf or microdnf install leaves its cache in the layer",
      why:
        "dnf keeps repository metadata (often 100 MB and more) in /var/cache/dnf (dnf5: /var/cache/libdnf5, " +
        "microdnf: /var/cache/yum); unless the same RUN cleans it, it stays in the layer and a later RUN cannot " +
        "shrink the image. End the RUN with `dnf clean all` (`microdnf clean all`), or use a cache mount. Only " +
        "stages that reach the final image are checked.",
      bad: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n",
      good: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
    },
  },
  tools: ["dnf", "microdnf"],
  fetches: (call) => {
    const a = rpmAction(call);
    return a.action !== undefined && RPM_FETCHING.has(a.action) ? a.actionWord : undefined;
  },
  cleans: (found, tool) => {
    const call = packageCommand(found);
    if (call === null || call.tool !== tool) return false;
    return call.parsed.subcommandName === "clean" && call.parsed.operands.some((w) => w.value === "all");
  },
  cacheDirs: ["/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum", "/var/cache/tdnf"],
  mountFragments: [".cache/libdnf5"],
  cleanCommand: (name) => `${name} clean all`,
});
