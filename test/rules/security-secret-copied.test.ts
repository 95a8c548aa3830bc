import rule from "../../rules/secret-copied.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "templates of the new credential files", code: "FROM alpine:3.20\nCOPY kubeconfig.example .vault-token.sample /tmp/\n" },
    { name: "service account manifests and ordinary json", code: "FROM alpine:3.20\nCOPY service-account.yaml sa.json package.json /app/\n" },
    { name: "a .kube directory's cache, gcloud outside .config", code: "FROM alpine:3.20\nCOPY .kube/cache /x/\nCOPY tools/gcloud/install.sh /x/\n" },
    { name: "a public keyring", code: "FROM debian:12\nCOPY pubring.kbx /usr/share/keyrings/\n" },
  ],
  invalid: [
    {
      name: "kubeconfig by name and in .kube",
      code: "FROM alpine:3.20\nCOPY kubeconfig /root/.kube/config\nCOPY .kube/config /x\n",
      findings: [
        { line: 2, column: 6, endLine: 2, endColumn: 16, message: "COPY puts \"kubeconfig\" (a kubeconfig with cluster credentials) into an image layer, where anyone who can pull the image can read it" },
        { line: 3, column: 6, endLine: 3, endColumn: 18 },
      ],
    },
    {
      name: "credential files of git, vault, s3cmd, mysql",
      code: "FROM alpine:3.20\nCOPY .git-credentials .vault-token .s3cfg .my.cnf /root/\n",
      findings: [
        { line: 2, column: 6, endLine: 2, endColumn: 22, message: "COPY puts \".git-credentials\" (a credentials file) into an image layer, where anyone who can pull the image can read it" },
        { line: 2, column: 23, endLine: 2, endColumn: 35 },
        { line: 2, column: 36, endLine: 2, endColumn: 42 },
        { line: 2, column: 43, endLine: 2, endColumn: 50 },
      ],
    },
    {
      name: "Google Cloud keys",
      code: "FROM google/cloud-sdk:slim\nCOPY service-account-key.json /k.json\nCOPY .config/gcloud /root/.config/gcloud\nADD application_default_credentials.json /x/\n",
      findings: [
        { line: 2, column: 6, endLine: 2, endColumn: 30, message: "COPY puts \"service-account-key.json\" (a Google Cloud service account key) into an image layer, where anyone who can pull the image can read it" },
        { line: 3, column: 6, endLine: 3, endColumn: 20 },
        { line: 4, column: 5, endLine: 4, endColumn: 41 },
      ],
    },
    {
      name: "GnuPG home, PuTTY key, Terraform token, ONBUILD",
      code: "FROM alpine:3.20\nCOPY .gnupg /root/.gnupg\nCOPY deploy.ppk credentials.tfrc.json /x/\nONBUILD COPY prod.kubeconfig /x\n",
      findings: [
        { line: 2, column: 6, endLine: 2, endColumn: 12, message: "COPY puts \".gnupg\" (a GnuPG home with private keys) into an image layer, where anyone who can pull the image can read it" },
        { line: 3, column: 6, endLine: 3, endColumn: 16 },
        { line: 3, column: 17, endLine: 3, endColumn: 38 },
        { line: 4, column: 14, endLine: 4, endColumn: 29 },
      ],
    },

  ],
});
