/**
 * User management and file mode commands: `useradd`, `adduser`, `chmod`.
 * @module
 */
import type { OptionSpec } from "../options.js";

/** `useradd` (shadow-utils). */
export const useraddSpec: OptionSpec = {
  shortWithValue: "bcdefgGkKpsuRPZ",
  longWithValue: ["base-dir", "comment", "home-dir", "home", "expiredate", "inactive", "gid", "groups", "skel", "key", "password", "shell", "uid", "root", "prefix", "selinux-user", "selinux-range"],
  aliases: {
    b: "base-dir",
    c: "comment",
    d: "home-dir",
    e: "expiredate",
    f: "inactive",
    g: "gid",
    G: "groups",
    k: "skel",
    K: "key",
    p: "password",
    s: "shell",
    u: "uid",
    R: "root",
    P: "prefix",
    Z: "selinux-user",
    D: "defaults",
    l: "no-log-init",
    m: "create-home",
    M: "no-create-home",
    N: "no-user-group",
    o: "non-unique",
    r: "system",
    U: "user-group",
    F: "add-subids-for-system",
  },
};

/**
 * `adduser`: the union of busybox/Alpine (`-D -S -H -h DIR -g GECOS -s SHELL
 * -G GROUP -u UID -k SKEL`) and Debian (`--system --uid ID --home DIR ...`).
 */
export const adduserSpec: OptionSpec = {
  shortWithValue: "hgsGuk",
  longWithValue: ["uid", "gid", "home", "shell", "ingroup", "gecos", "comment", "firstuid", "lastuid", "firstgid", "lastgid", "conf", "add-extra-groups", "key", "allow-bad-names-regex"],
  aliases: { h: "home", g: "gecos", s: "shell", G: "ingroup", u: "uid", k: "skel", D: "disabled-password", S: "system", H: "no-create-home" },
};

/** `chmod`: symbolic modes such as `-x` or `-w,+r` are operands, not options. */
export const chmodSpec: OptionSpec = {
  longWithValue: ["reference"],
  aliases: { R: "recursive", v: "verbose", c: "changes", f: "silent", quiet: "silent" },
  operandPattern: /^-[rwxXstugo]*[rwxXst][rwxXstugo=+,-]*$/,
};
