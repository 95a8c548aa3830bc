import rule from "../../rules/chmod-world-writable.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "ordinary modes", code: "FROM debian:12\nRUN chmod 755 /usr/local/bin/app && chmod -R u+rwX,go+rX /srv && chmod 0640 /etc/app.conf\n" },
    { name: "sticky world-writable directories (the /tmp pattern)", code: "FROM debian:12\nRUN mkdir -p /scratch && chmod 1777 /scratch && chmod a+rwxt /shared\n" },
    { name: "write bit without who (umask applies) and removing write", code: "FROM debian:12\nRUN chmod +w /app/cache && chmod go-w /app && chmod o-rwx /secret\n" },
    { name: "modes from variables, --reference", code: "FROM debian:12\nARG MODE\nRUN chmod $MODE /app && chmod --reference=/etc/passwd /app/x\n" },
    { name: "mkdir and install with safe modes", code: "FROM debian:12\nRUN mkdir -m 750 /data && install -m 0755 app /usr/local/bin/app\n" },
    { name: "corpus: a mktemp directory and a path removed later in the same RUN (nginx)", code: "FROM debian:12\nRUN tempDir=\"$(mktemp -d)\" \\\n && chmod 777 \"$tempDir\" \\\n && mkdir /build && chmod -R 777 /build && make -C /build && rm -rf /build \"$tempDir\"\n" },
  ],
  invalid: [
    {
      name: "chmod 777, -R 0777, 666",
      code: "FROM debian:12\nRUN chmod 777 /app && chmod -R 0777 /data && chmod 666 /app/db.sqlite\n",
      findings: [
        { line: 2, column: 11, endLine: 2, endColumn: 14, message: "chmod 777 makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others" },
        { line: 2, column: 32, endLine: 2, endColumn: 36 },
        { line: 2, column: 52, endLine: 2, endColumn: 55 },
      ],
    },
    {
      name: "symbolic modes over a continuation",
      code: "FROM debian:12\nRUN chmod a+rwx /a \\\n && chmod -R o+w,u+x /b \\\n && chmod ugo=rwx /c\n",
      findings: [
        { line: 2, column: 11, endLine: 2, endColumn: 16, message: "chmod a+rwx makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others" },
        { line: 3, column: 14, endLine: 3, endColumn: 21 },
        { line: 4, column: 11, endLine: 4, endColumn: 18 },
      ],
    },
    {
      name: "mkdir -m and install -m through sudo",
      code: "FROM debian:12\nRUN sudo mkdir -p -m 777 /shared && install -m 0777 run.sh /usr/local/bin/run\n",
      findings: [
        { line: 2, column: 22, endLine: 2, endColumn: 25, message: "mkdir -m 777 makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others" },
        { line: 2, column: 48, endLine: 2, endColumn: 52 },
      ],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD",
      code: "FROM debian:12\nRUN [\"bash\", \"-c\", \"chmod 777 /app\"]\nRUN <<EOF\nchmod -R 777 /var/www\nEOF\nONBUILD RUN chmod o+w /logs\n",
      findings: [
        { line: 2, column: 27, endLine: 2, endColumn: 30, message: "chmod 777 makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others" },
        { line: 4, column: 10, endLine: 4, endColumn: 13 },
        { line: 6, column: 19, endLine: 6, endColumn: 22 },
      ],
    },
    {
      name: "removing the sticky bit from /tmp",
      code: "FROM debian:12\nRUN chmod 0777 /tmp\n",
      findings: [
        { line: 2, column: 11, endLine: 2, endColumn: 15, message: "chmod 0777 makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others" },
      ],
    },
    {
      name: "a path removed before the chmod still counts",
      code: "FROM debian:12\nRUN rm -rf /data && mkdir /data && chmod 777 /data\n",
      findings: [
        { line: 2, column: 42, endLine: 2, endColumn: 45, message: "chmod 777 makes the files writable by every user in the container; give them to the user that needs them (chown) and drop the write bit for others" },
      ],
    },

  ],
});
