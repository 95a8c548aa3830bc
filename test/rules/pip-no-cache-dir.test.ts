import rule from "../../rules/pip-no-cache-dir.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n",
    { name: "ENV in the stage", code: "FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n" },
    { name: "inline assignment, env wrapper, export", code: "FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=1 pip install a==1 && env PIP_NO_CACHE_DIR=1 pip install b==1\nRUN export PIP_NO_CACHE_DIR=1 && pip install c==1\n" },
    { name: "cache mount on the pip cache", code: "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n" },
    { name: "pip download is not pip install", code: "FROM python:3.12-slim\nRUN pip download flask==3.0.3\n" },
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nRUN pip install flask==3.0.3\n",
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: "pip install runs without --no-cache-dir, so downloaded packages stay in the layer" }],
    },
    {
      name: "ENV in another stage does not count",
      code: "FROM python:3.12-slim AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN python -m pip install \\\n  flask==3.0.3\n",
      findings: [{ line: 4, column: 19, endLine: 4, endColumn: 26 }],
    },
    {
      name: "exec form, heredoc, ONBUILD",
      code: 'FROM python:3.12-slim\nRUN ["sh", "-c", "pip install -r req.txt"]\nRUN <<EOF\nsudo pip3 install a==1\nEOF\nONBUILD RUN pip install b==1\n',
      findings: [
        { line: 2, column: 23, endLine: 2, endColumn: 30 },
        { line: 4, column: 11, endLine: 4, endColumn: 18 },
        { line: 6, column: 17, endLine: 6, endColumn: 24 },
      ],
    },
  ],
});
