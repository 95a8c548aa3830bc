/**
 * `yum install` in a RUN that does not end with `yum clean all` (DL3032): the package metadata and
 * downloaded packages stay in /var/cache/yum (on RHEL 8 and later, where yum is dnf, /var/cache/dnf).
 * Unlike hadolint, only the stages that reach the final image are checked (plus ONBUILD triggers), and
 * a cache or tmpfs mount over the cache directory (`--mount=type=cache,target=/var/cache/yum`) is
 * fine, since nothing is then left in the layer. Removing the cache (`rm -rf /var/cache/yum`) counts.
 */
import { rpmAction, RPM_FETCHING } from "../src/analysis/package-extras.js";
import { packageCommand } from "../src/analysis/packages.js";
import { cacheNotCleanedRule } from "./support/package-manager.js";

export default cacheNotCleanedRule({
  meta: {
    id: "yum-cache-not-cleaned",
    aliases: ["DL3032", "DS015"],
    severity: "warning",
    category: "performance",
    docs: {
      description: "yum install leaves its cache in the layer",
      why:
        "yum keeps repository metadata (often 100 MB and more) and downloaded packages in /var/cache/yum; unless " +
        "the same RUN cleans it, it stays in the layer and a later RUN cannot shrink the image. End the RUN with " +
        "`yum clean all`, or use a cache mount on /var/cache/yum. Only stages that reach the final image are " +
        "checked.",
      bad: "FROM centos:7\nRUN yum install -y httpd-2.4.6\n",
      good: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n",
    },
  },
  tools: ["yum"],
  fetches: (call) => {
    const a = rpmAction(call);
    return a.action !== undefined && RPM_FETCHING.has(a.action) ? a.actionWord : undefined;
  },
  cleans: (found, tool) => {
    const call = packageCommand(found);
    if (call === null || (call.tool !== tool && call.tool !== "dnf")) return false;
    return call.parsed.subcommandName === "clean" && call.parsed.operands.some((w) => w.value === "all");
  },
  cacheDirs: ["/var/cache/yum", "/var/cache/dnf"],
  cleanCommand: () => "yum clean all",
});
