/**
 * The playground's state in the URL hash, so a link reproduces the view: the editor text, the rules
 * switched away from their defaults and the severity threshold.
 *
 * `#z=<base64url>` is the JSON state compressed with `CompressionStream("deflate-raw")`; where that API
 * is missing the hash is `#p=<base64url>` of the plain JSON, which every version reads back. Free of DOM
 * types so the tests run it under Node too.
 * @module
 */
import { SEVERITIES, type Severity } from "../../src/browser.js";

export interface ShareState {
  text: string;
  /** Rules on by default that are switched off. */
  off: string[];
  /** Rules off by default that are switched on. */
  on: string[];
  /** Findings below this severity are hidden. */
  threshold: Severity;
}

/** The JSON in the hash: short keys, defaults left out. */
interface Wire {
  v: 1;
  t: string;
  off?: string[];
  on?: string[];
  th?: Severity;
}

export const DEFAULT_THRESHOLD: Severity = "style";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  // (The DOM and Node typings disagree on the stream's chunk types; both take and give bytes.)
  const body = new Blob([bytes]).stream().pipeThrough(stream as unknown as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

/** The hash (without `#`) for a state. `compress: false` forces the plain form. */
export async function encodeState(state: ShareState, options: { compress?: boolean } = {}): Promise<string> {
  const wire: Wire = { v: 1, t: state.text };
  if (state.off.length > 0) wire.off = [...state.off].sort();
  if (state.on.length > 0) wire.on = [...state.on].sort();
  if (state.threshold !== DEFAULT_THRESHOLD) wire.th = state.threshold;
  const json = new TextEncoder().encode(JSON.stringify(wire));
  if (options.compress !== false && canCompress()) {
    try {
      return "z=" + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
    } catch {
      // fall through to the plain form
    }
  }
  return "p=" + toBase64Url(json);
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** The state in a hash (with or without `#`), or null when there is none or it cannot be read. */
export async function decodeState(hash: string): Promise<ShareState | null> {
  const h = hash.replace(/^#/, "");
  const match = /^([zp])=([A-Za-z0-9_-]*)$/.exec(h);
  if (!match) return null;
  try {
    let bytes = fromBase64Url(match[2]);
    if (match[1] === "z") {
      if (!canCompress()) return null;
      bytes = await pipe(bytes, new DecompressionStream("deflate-raw"));
    }
    const wire = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as Partial<Wire>;
    if (wire.v !== 1 || typeof wire.t !== "string") return null;
    const off = wire.off ?? [];
    const on = wire.on ?? [];
    if (!isStringArray(off) || !isStringArray(on)) return null;
    const threshold = wire.th ?? DEFAULT_THRESHOLD;
    if (!SEVERITIES.includes(threshold)) return null;
    return { text: wire.t, off, on, threshold };
  } catch {
    return null;
  }
}
