import rule from "../../rules/password-on-command-line.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "passwords from variables and secrets", code: "FROM ubuntu:24.04\nARG PW\nRUN echo \"app:${PW}\" | chpasswd && echo \"root:$(cat /run/secrets/root_pw)\" | chpasswd\n" },
    { name: "crypt hashes and encrypted chpasswd", code: "FROM ubuntu:24.04\nRUN useradd -m -p '$6$saltsalt$Qm9vYmFy' app && echo 'root:$6$x$y' | chpasswd -e && usermod -p '!' app\n" },
    { name: "mysql -p prompting, --password-stdin", code: "FROM mysql:8\nRUN mysql -p mydb < /dump.sql && docker login -u bot --password-stdin registry.example.com < /run/secrets/token\n" },
    { name: "locking accounts and empty passwd calls", code: "FROM debian:12\nRUN passwd -l root && passwd -d app && useradd -m app\n" },
    { name: "template placeholders", code: "FROM debian:12\nRUN echo 'user:<password>' > /tmp/template && foo --password='{{ .Password }}'\n" },
  ],
  invalid: [
    {
      name: "echo into chpasswd, here-string",
      code: "FROM ubuntu:24.04\nRUN echo 'root:Docker!' | chpasswd && chpasswd <<< \"app:s3cret\"\n",
      findings: [
        { line: 2, column: 16, endLine: 2, endColumn: 23, message: "chpasswd sets the password of root from a literal in the Dockerfile, where it stays readable (and in the image history); lock the account or set the password at run time from a secret" },
        { line: 2, column: 57, endLine: 2, endColumn: 63 },
      ],
    },
    {
      name: "printf with two users over a continuation",
      code: "FROM ubuntu:24.04\nRUN printf 'a:first1\\nb:second2\\n' \\\n  | sudo chpasswd\n",
      findings: [
        { line: 2, column: 15, endLine: 2, endColumn: 21, message: "chpasswd sets the password of a from a literal in the Dockerfile, where it stays readable (and in the image history); lock the account or set the password at run time from a secret" },
        { line: 2, column: 25, endLine: 2, endColumn: 32 },
      ],
    },
    {
      name: "useradd -p and passwd --stdin",
      code: "FROM centos:7\nRUN useradd -m -p pw123 dev && echo hunter2 | passwd --stdin dev\n",
      findings: [
        { line: 2, column: 19, endLine: 2, endColumn: 24, message: "useradd -p takes a literal password here (it expects a crypt hash, so the account also cannot log in with it); the value stays readable in the Dockerfile and the image history" },
        { line: 2, column: 37, endLine: 2, endColumn: 44 },
      ],
    },
    {
      name: "mysql family and --password=",
      code: "FROM mysql:8\nRUN mysqladmin -uroot -proot123 status && mysqldump --password=abc db > /x.sql && flyway --password=p4ss migrate\n",
      findings: [
        { line: 2, column: 25, endLine: 2, endColumn: 32, message: "mysqladmin -p<password> puts the password on the command line, in the Dockerfile and the image history; use a secret mount with --defaults-extra-file or MYSQL_PWD from a secret" },
        { line: 2, column: 64, endLine: 2, endColumn: 67 },
        { line: 2, column: 101, endLine: 2, endColumn: 105 },
      ],
    },
    {
      name: "htpasswd -b, docker login -p, openssl passwd",
      code: "FROM nginx:1.27\nRUN htpasswd -bc /etc/nginx/.htpasswd admin adminpw && docker login -u x -p tok registry.example.com && openssl passwd -6 plain\n",
      findings: [
        { line: 2, column: 45, endLine: 2, endColumn: 52, message: "htpasswd -b takes the password from the command line, so it stays readable in the Dockerfile and the image history; generate the file outside the build or from a secret mount" },
        { line: 2, column: 77, endLine: 2, endColumn: 80 },
        { line: 2, column: 123, endLine: 2, endColumn: 128 },
      ],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD",
      code: "FROM debian:12\nRUN [\"bash\", \"-c\", \"echo 'root:toor' | chpasswd\"]\nRUN <<EOF\nusermod --password clear1 app\nEOF\nONBUILD RUN echo 'app:app123' | chpasswd\n",
      findings: [
        { line: 2, column: 32, endLine: 2, endColumn: 36, message: "chpasswd sets the password of root from a literal in the Dockerfile, where it stays readable (and in the image history); lock the account or set the password at run time from a secret" },
        { line: 4, column: 20, endLine: 4, endColumn: 26 },
        { line: 6, column: 23, endLine: 6, endColumn: 29 },
      ],
    },

  ],
});
