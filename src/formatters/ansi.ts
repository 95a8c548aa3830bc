/** Minimal ANSI styling; every function is the identity when colour is off. @module */

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  gray(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const on: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  underline: wrap(4, 24),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  gray: wrap(90, 39),
};
const id = (s: string) => s;
const off: Style = { bold: id, dim: id, underline: id, red: id, yellow: id, cyan: id, gray: id };

export function style(color: boolean): Style {
  return color ? on : off;
}
