// Crash-safe file writes on local disks, shared by the command line and the extension: the text
// goes to a temporary file beside the target, is flushed to disk (fsync), and replaces the target
// in one rename, after which the folder is flushed too. A reader sees the old file or the complete
// new one, after a killed process and after a power loss alike. Temporary files left by processes
// that are gone are removed the next time the file is read or written, never one of a live process.
// Read-modify-write of one file by several processes (the editor saving while `claimlens
// reanchor` rewrites) is serialised by a lock file beside it.
import * as fs from 'fs';
import * as path from 'path';

/** `.NAME.PID.STAMP.tmp`: the temporary file of one write, named after its process. */
export function temporaryName(file: string, stamp = Date.now().toString(36)): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${stamp}.tmp`);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, only not ours
  }
}

/** Removes the temporary files of `file` whose processes are gone; returns their names. */
export function removeStaleTemporaries(file: string): string[] {
  const dir = path.dirname(file);
  const pattern = new RegExp(`^\\.${escape(path.basename(file))}\\.(\\d+)(?:\\.[0-9a-z]+)?\\.tmp$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try {
      fs.unlinkSync(path.join(dir, name));
      removed.push(name);
    } catch { /* removed by someone else meanwhile */ }
  }
  return removed;
}

function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch { /* not every system can flush a folder (Windows): the rename is still atomic */ } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes a file atomically and durably (see the top of this file). */
export function writeFileAtomic(file: string, text: string): void {
  removeStaleTemporaries(file);
  const tmp = temporaryName(file);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, text, null, 'utf8');
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
  syncFolder(path.dirname(file));
}

/** The same, without blocking the caller's thread (the extension host). */
export async function writeFileAtomicAsync(file: string, text: string): Promise<void> {
  removeStaleTemporaries(file);
  const tmp = temporaryName(file);
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fs.promises.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  try {
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.unlink(tmp).catch(() => undefined);
    throw e;
  }
  syncFolder(path.dirname(file));
}

/** `.NAME.lock`, holding the PID of the process that reads and rewrites NAME. */
export const lockName = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.lock`);

/** Takes the lock if it is free or its holder is gone; false when a live process holds it. */
function tryLock(file: string): boolean {
  const lock = lockName(file);
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  let holder = 0;
  let age = 0;
  try {
    holder = Number(fs.readFileSync(lock, 'utf8').trim());
    age = Date.now() - fs.statSync(lock).mtimeMs;
  } catch {
    return false; // released meanwhile: try again
  }
  // a lock still without its PID is being taken right now (unless it is old: a writer killed then)
  if (holder ? alive(holder) : age < LOCK_TIMEOUT_MS) return false;
  fs.rmSync(lock, { force: true }); // left by a process that is gone
  return tryLock(file);
}

const unlock = (file: string): void => fs.rmSync(lockName(file), { force: true });

/** How long a writer waits for another one to finish with the file. */
export const LOCK_TIMEOUT_MS = 10000;

/** Runs a read-modify-write of a file while holding its lock (synchronously: the command line). */
export function withFileLock<T>(file: string, work: () => T): T {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock(file)) {
    if (Date.now() > deadline) throw new Error(`${file}: another process has been writing it for ${LOCK_TIMEOUT_MS / 1000} s (${lockName(file)})`);
    Atomics.wait(pause, 0, 0, 10);
  }
  try {
    return work();
  } finally {
    unlock(file);
  }
}

/** The same for the extension host: waits without blocking. */
export async function withFileLockAsync<T>(file: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  while (!tryLock(file)) {
    if (Date.now() > deadline) throw new Error(`another process has been writing ${file} for ${LOCK_TIMEOUT_MS / 1000} s (${lockName(file)})`);
    await new Promise((r) => setTimeout(r, 10));
  }
  try {
    return await work();
  } finally {
    unlock(file);
  }
}
