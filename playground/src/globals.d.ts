// Only what the linter core uses of Node's globals (see shims.ts); anything else it starts to use fails
// the playground's type check, which runs without Node's types.
declare const Buffer: { byteLength(text: string): number };
