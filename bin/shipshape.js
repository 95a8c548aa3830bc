#!/usr/bin/env node
// Launcher: the CLI lives in the built package (npm ci runs the build through `prepare`).
import("../dist/src/cli/main.js").then(
  (cli) => cli.main(process.argv.slice(2)),
  (error) => {
    process.stderr.write(`shipshape: cannot start (${error && error.message ? error.message : error}); run "npm ci" to build it\n`);
    process.exitCode = 2;
  },
);
