import rule from "../../rules/secret-copied.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM node:22-alpine\nCOPY . .\n",
    "FROM node:22-alpine\nCOPY .env.example .env.sample ./\n",
    "FROM node:22-alpine\nCOPY package*.json ./\n",
    "FROM alpine:3.20\nCOPY certs/ca.pem /usr/local/share/ca-certificates/\n",
    "FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys\n",
    "FROM alpine:3.20\nCOPY keys.go environment.ts /src/\n",
    "FROM alpine:3.20\nCOPY <<EOF /app/.env\nPORT=80\nEOF\n",
    "FROM alpine:3.20\nCOPY $ENV_FILE /app/\n",
    "FROM alpine:3.20\nADD https://example.com/files/secrets.yaml /app/\n",
    "FROM alpine:3.20\nADD https://download.opensuse.org/repositories/devel/Release.key /etc/apt/\n",
    "FROM jenkins/jenkins:lts\nCOPY jenkins.io-2026.key /war/jenkins-key.pub\n",
    "FROM alpine:3.20\nCOPY repo-signing.key /etc/apk/keys/\n",
    "FROM alpine:3.20\nCOPY --from=builder /kaniko/.docker /kaniko/.docker\n",
    "FROM alpine:3.20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
  ],
  invalid: [
    {
      code: "FROM node:22-alpine\nCOPY .env ./\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: 'COPY puts ".env" (an environment file) into an image layer, where anyone who can pull the image can read it' }],
    },
    {
      code: "FROM alpine:3.20\ncopy id_rsa server.key .npmrc .env.production /root/\n",
      findings: [{ line: 2, column: 6, endColumn: 12, message: /SSH private key/ }, { line: 2, column: 13, endColumn: 23, message: /private key/ }, { line: 2, column: 24, message: /credentials file/ }, { line: 2, column: 31, message: /environment file/ }],
    },
    { code: "FROM alpine:3.20\nADD certs/privkey.pem /etc/ssl/\n", findings: [{ line: 2, column: 5, message: /^ADD puts "certs\/privkey.pem" \(a PEM file/ }] },
    { code: "FROM alpine:3.20\nCOPY --from=secrets /home/u/.ssh/ /root/.ssh/\n", findings: [{ line: 2, column: 21, message: /SSH directory/ }] },
    { code: "FROM alpine:3.20\nCOPY [\"config/credentials-prod.json\", \"/app/\"]\n", findings: [{ line: 2, column: 7, endColumn: 37 }] },
    { code: "FROM alpine:3.20\nONBUILD COPY .aws/credentials /root/.aws/\n", findings: [{ line: 2, column: 14, message: /AWS credentials/ }] },
    { code: "FROM alpine:3.20\nCOPY \\\n  .docker/config.json /root/.docker/\n", findings: [{ line: 3, column: 3, endColumn: 22, message: /Docker registry credentials/ }] },
    { code: "FROM alpine:3.20\nADD config/secrets.yaml /app/\n", findings: [{ line: 2, column: 5, endColumn: 24 }] },
  ],
});
