/** COPY/ADD of a file that holds credentials: it stays readable in an image layer forever. */
import type { AddInstruction, CopyInstruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";

/** Names that are templates or public halves, not secrets. */
const NOT_SECRET = /\.(example|sample|template|tmpl|dist|defaults?|pub)$/i;
/** `.key` files that are public signing keys (apt/yum repository keys, GPG release keys). */
const PUBLIC_KEY = /(release|signing|gpg|pgp|pub|public|repo|keyring|archive|apt|yum|rpm|jenkins)/i;
const PUBLIC_CERT = /(^|[-_.])(ca|cacert|ca-bundle|cert|certs|certificate|chain|fullchain|bundle|public|pubkey)([-_.]|$)/i;

/** What kind of secret `name` (a basename) looks like, or `null`. */
function secretKind(name: string, path: string): string | null {
  const lower = name.toLowerCase();
  if (NOT_SECRET.test(lower)) return null;
  if (lower === ".env" || lower.startsWith(".env.")) return "an environment file";
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?($|[._-])/.test(lower)) return "an SSH private key";
  if (lower.endsWith(".key") && PUBLIC_KEY.test(lower)) return null;
  if (/\.(key|p12|pfx|jks|keystore)$/.test(lower)) return "a private key or key store";
  if (lower.endsWith(".pem")) return PUBLIC_CERT.test(lower.slice(0, -4)) ? null : "a PEM file (usually a private key)";
  if ([".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", ".pgpass", ".dockercfg", ".htpasswd"].includes(lower)) return "a credentials file";
  if ([".vault-token", ".s3cfg", ".boto", ".my.cnf", ".terraformrc", "terraform.rc", "credentials.tfrc.json"].includes(lower)) return "a credentials file";
  if (lower === "kubeconfig" || /^kubeconfig[._-]/.test(lower) || lower.endsWith(".kubeconfig")) return "a kubeconfig with cluster credentials";
  if (lower === "application_default_credentials.json") return "Google Cloud credentials";
  if (/^(service[-_]?account|sa)[-_]?(key)?[-_.a-z0-9]*\.json$/.test(lower) && /key|account/.test(lower)) return "a Google Cloud service account key";
  if (lower.endsWith(".ppk")) return "a PuTTY private key";
  if (lower === "secring.gpg" || lower === "secring.kbx") return "a GnuPG secret keyring";
  if (/^credentials.*\.json$/.test(lower) || /^secrets?\.[a-z0-9]+$/.test(lower)) return "a credentials file";
  const parts = path.toLowerCase().split("/").filter((p) => p !== "");
  if (parts.includes(".ssh")) return "an SSH directory";
  if (parts.includes(".aws")) return "AWS credentials";
  if (parts.includes(".gnupg")) return "a GnuPG home with private keys";
  if (parts.join("/").endsWith(".docker/config.json")) return "Docker registry credentials";
  if (parts.join("/").endsWith(".kube/config")) return "a kubeconfig with cluster credentials";
  if (parts.includes("gcloud") && parts.includes(".config")) return "Google Cloud credentials";
  return null;
}

const rule: Rule = {
  meta: {
    id: "secret-copied",
    aliases: [],
    severity: "error",
    category: "security",
    docs: {
      description: "COPY or ADD puts a file that holds secrets (.env, private keys, .npmrc, kubeconfig, ...) into the image",
      why:
        "Every file copied into an image is stored in a layer that anyone who can pull the image can extract, even " +
        "if a later RUN deletes it. Pass secrets at build time with `RUN --mount=type=secret` and at run time " +
        "through the environment or a mounted file, and keep them out of the build context with .dockerignore.",
      bad: "FROM node:22-alpine\nCOPY .env ./\nCOPY id_rsa /root/.ssh/id_rsa\n",
      good: "FROM node:22-alpine\nCOPY .env.example ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
    },
  },
  create(context) {
    const check = (node: CopyInstruction | AddInstruction) => {
      for (const source of node.sources) {
        // A URL is a public download, not a file from the build context.
        if (node.kind === "ADD" && /^([a-z][a-z0-9+.-]*:\/\/|git@)/i.test(source.value)) continue;
        const path = source.value.replace(/\/+$/, "");
        if (path === "" || path.startsWith("<<") || path === "." || path.includes("$")) continue;
        if (/\.(pub|gpg|asc)$/i.test(node.destination?.value ?? "")) continue; // installed as a public key
        const kind = secretKind(path.slice(path.lastIndexOf("/") + 1), path);
        if (!kind) continue;
        context.report({
          range: source.range,
          message: `${node.keyword.value} puts "${source.value}" (${kind}) into an image layer, where anyone who can pull the image can read it`,
        });
      }
    };
    return { COPY: check, ADD: check };
  },
};

export default rule;
