/**
 * Writing fixed files: atomically (a temp file in the same folder, fsynced, then renamed over the
 * original), keeping the original's permissions (and owner when running as root), writing nothing when
 * nothing changed, and refusing a result that parses worse than the original.
 * @module
 */
import { randomBytes } from "node:crypto";
import { open, readFile, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { newParseErrors } from "./engine.js";

/** A file could not be written; the message is one line naming the file. */
export class FixWriteError extends Error {
  override readonly name = "FixWriteError";
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "ENOSPC") return "no space left on device";
  if (code === "EROFS") return "read-only file system";
  if (code === "EXDEV") return "cannot rename across devices";
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0];
}

/** The temp file name used next to `base`: `.<base>.shipshape-<pid>-<random>.tmp`. */
export function tempNameFor(base: string): string {
  return `.${base}.shipshape-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
}

/**
 * Replaces the contents of the existing regular file `file` with `text` (UTF-8) atomically. A symbolic
 * link is followed: its target is replaced and the link stays. On any error the temp file is removed
 * and a {@link FixWriteError} is thrown; the original is then untouched.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  let target: string;
  let mode: number;
  let uid: number;
  let gid: number;
  try {
    target = await realpath(file);
    const st = await stat(target);
    if (!st.isFile()) throw new FixWriteError(`cannot write ${file}: not a regular file`);
    ({ uid, gid } = st);
    mode = st.mode & 0o7777;
  } catch (error) {
    if (error instanceof FixWriteError) throw error;
    throw new FixWriteError(`cannot write ${file}: ${reason(error)}`);
  }
  const tmp = path.join(path.dirname(target), tempNameFor(path.basename(target)));
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, "wx", mode);
    await handle.writeFile(text, "utf8");
    if (process.getuid?.() === 0) await handle.chown(uid, gid);
    // After chown, which clears set-user-ID bits; open()'s mode was filtered by the umask anyway.
    await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new FixWriteError(`cannot write ${file}: ${reason(error)}`);
  }
  // Make the rename itself durable where the platform allows syncing a folder.
  try {
    const dir = await open(path.dirname(target), "r");
    await dir.sync().finally(() => dir.close());
  } catch {
    // Not supported here (Windows); the data itself is already synced.
  }
}

/**
 * Writes `output` over `file`, which was read as `source`. Returns false (and writes nothing) when the
 * two are equal. Refuses (throws {@link FixWriteError}) when `output` has parse errors `source` did not
 * have, or when the file no longer holds `source` (changed by someone else since it was read).
 */
export async function writeFixedFile(file: string, source: string, output: string): Promise<boolean> {
  if (output === source) return false;
  const errors = newParseErrors(source, output);
  if (errors.length > 0) throw new FixWriteError(`not writing ${file}: the fixed text does not parse (${errors[0].code}: ${errors[0].message})`);
  let current: string;
  try {
    current = await readFile(file, "utf8");
  } catch (error) {
    throw new FixWriteError(`cannot write ${file}: ${reason(error)}`);
  }
  if (current !== source) throw new FixWriteError(`not writing ${file}: it changed while it was being fixed`);
  await writeFileAtomic(file, output);
  return true;
}
