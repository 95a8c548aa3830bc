/**
 * The one Node global the linter core touches: `src/ast/parse.ts` measures a line longer than ~21,000
 * characters with `Buffer.byteLength` (BuildKit's 64 KiB line limit). Browsers have no `Buffer`, so the
 * page defines just that function; it is not done in `src/browser.ts`, where a partial global `Buffer`
 * could mislead other code that feature-detects Node.
 */
const scope = globalThis as { Buffer?: { byteLength(text: string): number } };
if (typeof scope.Buffer === "undefined") {
  const encoder = new TextEncoder();
  scope.Buffer = { byteLength: (text: string) => encoder.encode(text).length };
}
export {};
