import rule from "../../rules/pointless-command.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get install ssh\n",
    { name: "words that are not commands", code: "FROM debian:12\nRUN echo top ps kill && grep -q service /etc/x\n" },
    { name: "headless vim", code: "FROM debian:12\nRUN vim +PlugInstall +qall && vim -es -u vimrc -c 'PlugInstall' -c 'qa!' && vim -E -s < script.vim\n" },
    { name: "kill of a job this RUN started in the background", code: "FROM debian:12\nRUN TERM=xterm browsh & \\\n    pid=$!; sleep 10; kill $pid || true\n" },
    { name: "ssh-keygen and pkill are other commands", code: "FROM debian:12\nRUN ssh-keygen -A && ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n" },
  ],
  invalid: [
    { code: "FROM debian:12\nRUN top\n", findings: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: "'top' makes no sense in a build: it is interactive and never ends without a terminal" }] },
    {
      name: "service through sudo; ps in a pipeline",
      code: "FROM debian:12\nRUN sudo service nginx start && ps aux | grep nginx\n",
      findings: [
        { line: 2, column: 10, endLine: 2, endColumn: 17, message: /^'service' makes no sense in a build: the service stops when the RUN ends/ },
        { line: 2, column: 33, endLine: 2, endColumn: 35 },
      ],
    },
    {
      name: "ifconfig (beyond hadolint); interactive vim; continuation",
      code: "FROM debian:12\nRUN ifconfig \\\n && vim /etc/hosts\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 13 },
        { line: 3, column: 5, endLine: 3, endColumn: 8 },
      ],
    },
    {
      name: "kill with no background job",
      code: "FROM debian:12\nRUN nginx; kill $(cat /run/nginx.pid)\n",
      findings: [{ line: 2, column: 12, endLine: 2, endColumn: 16 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD",
      code: 'FROM debian:12\nRUN ["bash", "-c", "shutdown -h now"]\nRUN <<EOF\nmount -t tmpfs none /mnt\nEOF\nONBUILD RUN env X=1 free -m\n',
      findings: [
        { line: 2, column: 21, endLine: 2, endColumn: 29 },
        { line: 4, column: 1, endLine: 4, endColumn: 6 },
        { line: 6, column: 21, endLine: 6, endColumn: 25 },
      ],
    },
  ],
});
