/**
 * Validators for the value types of hadolint's label schema (`label-schema` in the config): URL,
 * RFC 3339 time, SPDX license expression, git hash, semantic version and e-mail address. Each returns
 * `null` for a valid value, or a short reason.
 */

/** RFC 3986 URI: a scheme, then only characters a URI may hold, with valid percent-escapes. */
export function checkUrl(value: string): string | null {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(value);
  if (!m) return "it has no scheme (such as https:)";
  const rest = m[2];
  if (/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/.test(rest)) return "it has characters a URL cannot hold unescaped (such as spaces)";
  if (/%(?![0-9A-Fa-f]{2})/.test(rest)) return "it has an invalid percent-escape";
  if (rest.startsWith("//")) {
    const authority = rest.slice(2).split(/[/?#]/, 1)[0];
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    if (/^\[.*\](:[0-9]*)?$/.test(host)) return null;
    const colon = host.lastIndexOf(":");
    if (colon >= 0 && !/^[0-9]*$/.test(host.slice(colon + 1))) return "its port is not a number";
    if (/[[\]]/.test(host)) return "its host is invalid";
  } else if (rest === "") return "it has nothing after the scheme";
  return null;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 `date-time`: `2024-05-01T12:30:00Z`, `2021-03-10T10:26:33.564595127+01:00`. */
export function checkRfc3339(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return "it is not of the form YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)";
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1])) return `day ${m[3]} does not exist in that month`;
  if (hour > 23 || minute > 59 || second > 60) return "the time of day is out of range";
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return "the time zone offset is out of range";
  return null;
}

/** Git object names: abbreviated (7 to 40 hex digits) or full SHA-1, or a full SHA-256 (64), lower case. */
export function checkGitHash(value: string): string | null {
  if (/[^0-9a-f]/.test(value)) return "it has characters other than lower-case hexadecimal digits";
  if (value.length < 7 || (value.length > 40 && value.length !== 64)) return `it has ${value.length} digits (a git hash has 7 to 40, or 64)`;
  return null;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Semantic Versioning 2.0.0: `MAJOR.MINOR.PATCH[-pre.release][+build]`, no `v` prefix. */
export function checkSemver(value: string): string | null {
  if (SEMVER.test(value)) return null;
  if (/^[vV]/.test(value) && SEMVER.test(value.slice(1))) return "semantic versions have no 'v' prefix";
  return "it is not of the form MAJOR.MINOR.PATCH[-prerelease][+build]";
}

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATEXT}(?:\\.${ATEXT})*`;
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const DOMAIN_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const DOMAIN = `(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[^\\[\\]\\\\\\s]*\\])`;
const EMAIL = new RegExp(`^(?:${DOT_ATOM}|${QUOTED})@${DOMAIN}$`);

/** RFC 5322 `addr-spec` (no display name, no comments): `local@domain`. */
export function checkEmail(value: string): string | null {
  if (!value.includes("@")) return "it has no @";
  if (value.length > 254) return "it is longer than 254 characters";
  if (EMAIL.test(value)) return null;
  const named = /<([^<>]+)>\s*$/.exec(value);
  if (named && EMAIL.test(named[1])) return `it has a display name: give only the address, ${named[1]}`;
  return "it is not of the form local-part@domain";
}

/**
 * SPDX license identifiers (a compact table of the commonly used ones, deprecated ids included since
 * older images carry them). Matched case-insensitively, as the SPDX specification asks.
 */
const LICENSES =
  "0BSD AAL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0 AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0 AGPL-3.0-only " +
  "AGPL-3.0-or-later Apache-1.0 Apache-1.1 Apache-2.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 Artistic-1.0 Artistic-1.0-Perl " +
  "Artistic-2.0 BlueOak-1.0.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD BSD-2-Clause-Patent " +
  "BSD-3-Clause BSD-3-Clause-Clear BSD-3-Clause-LBNL BSD-3-Clause-No-Nuclear-License BSD-4-Clause BSD-4-Clause-UC " +
  "BSD-Source-Code BSL-1.0 BUSL-1.1 bzip2-1.0.6 CAL-1.0 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0 CC-BY-4.0 CC-BY-NC-4.0 " +
  "CC-BY-NC-ND-4.0 CC-BY-NC-SA-4.0 CC-BY-ND-4.0 CC-BY-SA-3.0 CC-BY-SA-4.0 CC0-1.0 CDDL-1.0 CDDL-1.1 CECILL-2.1 " +
  "CECILL-B CECILL-C ClArtistic CNRI-Python CPAL-1.0 CPL-1.0 curl ECL-1.0 ECL-2.0 EFL-2.0 Elastic-2.0 EPL-1.0 EPL-2.0 " +
  "EUPL-1.0 EUPL-1.1 EUPL-1.2 FSFAP FSFUL FSFULLR FTL GFDL-1.1 GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2 GFDL-1.2-only " +
  "GFDL-1.2-or-later GFDL-1.3 GFDL-1.3-only GFDL-1.3-or-later GPL-1.0 GPL-1.0+ GPL-1.0-only GPL-1.0-or-later GPL-2.0 " +
  "GPL-2.0+ GPL-2.0-only GPL-2.0-or-later GPL-2.0-with-classpath-exception GPL-3.0 GPL-3.0+ GPL-3.0-only " +
  "GPL-3.0-or-later GPL-3.0-with-GCC-exception HPND ICU IJG Imlib2 Info-ZIP IPA IPL-1.0 ISC JSON LAL-1.3 LGPL-2.0 " +
  "LGPL-2.0+ LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1 LGPL-2.1+ LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0+ " +
  "LGPL-3.0-only LGPL-3.0-or-later LGPLLR libpng-2.0 libtiff LPL-1.02 LPPL-1.3c MirOS MIT MIT-0 MIT-CMU MIT-Modern-Variant " +
  "MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-PL MS-RL MulanPSL-2.0 NCSA Net-SNMP NTP OFL-1.0 OFL-1.1 " +
  "OGL-UK-3.0 OLDAP-2.8 OpenSSL OSL-1.0 OSL-2.0 OSL-2.1 OSL-3.0 PHP-3.0 PHP-3.01 PostgreSQL PSF-2.0 Python-2.0 " +
  "Python-2.0.1 QPL-1.0 Ruby SGI-B-2.0 SISSL Sleepycat SMLNJ SSPL-1.0 TCL Unicode-3.0 Unicode-DFS-2016 Unlicense UPL-1.0 " +
  "Vim W3C W3C-20150513 WTFPL X11 XFree86-1.1 Zed Zend-2.0 Zlib zlib-acknowledgement ZPL-1.1 ZPL-2.0 ZPL-2.1";
const EXCEPTIONS =
  "Autoconf-exception-2.0 Autoconf-exception-3.0 Bison-exception-2.2 Bootloader-exception Classpath-exception-2.0 " +
  "eCos-exception-2.0 Font-exception-2.0 GCC-exception-2.0 GCC-exception-3.1 GPL-CC-1.0 LGPL-3.0-linking-exception " +
  "Libtool-exception LLVM-exception OCaml-LGPL-linking-exception OpenJDK-assembly-exception-1.0 " +
  "openvpn-openssl-exception Qt-GPL-exception-1.0 Qt-LGPL-exception-1.1 Universal-FOSS-exception-1.0 WxWindows-exception-3.1";

const licenseIds = new Set(LICENSES.split(" ").map((id) => id.toLowerCase()));
const exceptionIds = new Set(EXCEPTIONS.split(" ").map((id) => id.toLowerCase()));
const REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/**
 * An SPDX license expression: license ids (optionally with `+`), `LicenseRef-…`, combined with
 * `AND`, `OR`, `WITH <exception>` and parentheses.
 */
export function checkSpdx(value: string): string | null {
  const tokens = value.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0) return "it is empty";
  let i = 0;
  let problem: string | null = null;
  const fail = (why: string): false => {
    problem ??= why;
    return false;
  };
  const simple = (): boolean => {
    const t = tokens[i];
    if (t === undefined) return fail("the expression ends too early");
    if (t === "(") {
      i++;
      if (!expression()) return false;
      if (tokens[i] !== ")") return fail("a parenthesis is not closed");
      i++;
      return true;
    }
    if (REF.test(t)) {
      i++;
      return true;
    }
    const id = t.endsWith("+") ? t.slice(0, -1) : t;
    if (!licenseIds.has(id.toLowerCase()) && !licenseIds.has(t.toLowerCase())) return fail(`"${t}" is not an SPDX license identifier`);
    i++;
    if (tokens[i] === "WITH") {
      i++;
      const exception = tokens[i];
      if (exception === undefined || !exceptionIds.has(exception.toLowerCase())) return fail(`"${exception ?? ""}" is not an SPDX license exception`);
      i++;
    }
    return true;
  };
  const expression = (): boolean => {
    if (!simple()) return false;
    while (tokens[i] === "AND" || tokens[i] === "OR") {
      i++;
      if (!simple()) return false;
    }
    return true;
  };
  if (!expression()) return problem;
  if (i < tokens.length) {
    const t = tokens[i];
    return /^(and|or|with)$/i.test(t) ? `the operator "${t}" must be written in upper case` : `unexpected "${t}"`;
  }
  return null;
}
