import rule from "../../rules/pip-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3 'requests>=2.31,<3' attrs~=23.2\n",
    { name: "requirement files, editable, local paths, wheels, VCS and URLs", code: "FROM python:3.12-slim\nRUN pip install -r requirements.txt -c constraints.txt -e . ./dist/app-1.0-py3-none-any.whl git+https://github.com/x/y.git 'pkg @ https://x/pkg.tar.gz' .\n" },
    { name: "upgrading pip itself", code: "FROM python:3.12-slim\nRUN pip install --upgrade pip && python -m pip install -U pip\n" },
    { name: "variables are not judged", code: "FROM python:3.12-slim\nRUN pip install \"$PACKAGE\" \"flask==${FLASK_VERSION}\"\n" },
    { name: "pip uninstall", code: "FROM python:3.12-slim\nRUN pip uninstall -y flask\n" },
  ],
  invalid: [
    {
      code: "FROM ubuntu:16.04\nRUN /root/.pyenv/versions/app/bin/pip install uwsgi\n",
      findings: [{ line: 2, column: 47, endLine: 2, endColumn: 52, message: "Package 'uwsgi' is installed without a version; pin it as uwsgi==<version>" }],
    },
    {
      name: "an unquoted >= is a shell redirection, not a version",
      code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir numba>=0.43.1\n",
      findings: [{ line: 2, column: 32, endLine: 2, endColumn: 37, message: "Package 'numba' is installed without a version: the shell reads the unquoted '>=0.43.1' as a redirection; quote the requirement" }],
    },
    {
      name: "python -m pip, extras, continuation",
      code: "FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir \\\n    'requests[security]' flask==3.0.3 \\\n    gunicorn\n",
      findings: [
        { line: 3, column: 5, endLine: 3, endColumn: 25 },
        { line: 4, column: 5, endLine: 4, endColumn: 13 },
      ],
    },
    {
      name: "exec form, heredoc, ONBUILD with sudo",
      code: 'FROM python:3.12-slim\nRUN ["bash", "-c", "pip3 install flask"]\nRUN <<EOF\npip install django\nEOF\nONBUILD RUN sudo -H pip install numpy\n',
      findings: [
        { line: 2, column: 34, endLine: 2, endColumn: 39 },
        { line: 4, column: 13, endLine: 4, endColumn: 19 },
        { line: 6, column: 33, endLine: 6, endColumn: 38 },
      ],
    },
  ],
});
