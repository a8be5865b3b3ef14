import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, posix } from 'path';
import { spawnSync } from 'child_process';
import { placeAll, toSidecar } from '../core/anchor/placed';
import { mergeSidecars } from '../core/merge/merge3';
import { describeConflict } from '../core/sidecar/conflicts';
import type { Sidecar } from '../core/sidecar/model';
import { parseSidecar } from '../core/sidecar/parse';
import { serializeSidecar } from '../core/sidecar/write';
import { articleText } from '../core/text/article';
import { sha256Hex } from '../core/text/hash';
import { OffsetIndex } from '../core/text/offsets';
import { InputError, readTextFile, writeAtomic } from './files';
import { git, gitOrUndefined } from './git';

export interface DriverResult {
  /** 0 merged cleanly, 1 conflicts recorded, 2 a version could not be read (OURS untouched). */
  code: number;
  messages: string[];
}

/** The versions of the article git can tell us about during a merge, by SHA-256. */
function articleVersions(articlePath: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!articlePath) return out;
  const put = (raw: string | undefined): void => {
    if (raw === undefined) return;
    const text = articleText(raw);
    out.set(sha256Hex(text), text);
  };
  const top = gitOrUndefined(['rev-parse', '--show-toplevel'])?.trim();
  try {
    put(readFileSync(top ? join(top, articlePath) : articlePath, 'utf8'));
  } catch { /* not in the work tree */ }
  const file = articlePath.split('\\').join('/');
  // git names the commits being merged in GITHEAD_<sha> variables (MERGE_HEAD is written later)
  const merging = Object.keys(process.env).filter((k) => /^GITHEAD_[0-9a-f]{40,64}$/.test(k)).map((k) => k.slice('GITHEAD_'.length));
  const revs = [':1', ':2', ':3', 'HEAD', 'MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'REBASE_HEAD', ...merging];
  for (const other of [...merging, 'MERGE_HEAD']) {
    const base = gitOrUndefined(['merge-base', 'HEAD', other])?.trim();
    if (base) revs.push(base);
  }
  for (const rev of revs) put(gitOrUndefined(['cat-file', 'blob', `${rev}:${file}`]));
  return out;
}

/** The article text as the merge will leave it: the side that changed it, or both changes merged. */
function mergedArticle(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar, versions: Map<string, string>): string | undefined {
  const [b, o, t] = [base?.document.sha256, ours.document.sha256, theirs.document.sha256];
  if (o === t || t === b) return versions.get(o);
  if (o === b) return versions.get(t);
  const [bt, ot, tt] = [b && versions.get(b), versions.get(o), versions.get(t)];
  if (bt === undefined || ot === undefined || tt === undefined) return ot ?? tt;
  // both sides changed the text: git merge-file, as git would merge it (ours if that conflicts)
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-merge-'));
  try {
    const files = ['ours', 'base', 'theirs'].map((n) => join(dir, n));
    [ot, bt, tt].forEach((text, i) => writeFileSync(files[i], text));
    const r = spawnSync('git', ['merge-file', '-p', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
    return r.status === 0 ? r.stdout : ot;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A sidecar placed on a text, its context taken from that text (so that all sides compare alike). */
function onText(s: Sidecar, text: string): Sidecar {
  return toSidecar(s.document.file, text, placeAll(text, s));
}

/**
 * git's merge driver for sidecars (%O %A %B %P): merges by annotation id, field by field, writes
 * the result to OURS, and says whether conflicts were recorded (they are kept in valid YAML).
 */
export function mergeDriver(basePath: string, oursPath: string, theirsPath: string, path: string | undefined): DriverResult {
  const messages: string[] = [];
  const name = path ?? oursPath;
  const read = (file: string, label: string, optional: boolean): { text: string; sidecar: Sidecar | undefined } => {
    const text = existsSync(file) || !optional ? readTextFile(file) : '';
    if (optional && !text.trim()) return { text, sidecar: undefined };
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      const p = parsed.problems[0];
      if (optional) {
        messages.push(`${name}: the common ancestor cannot be read (${p.line}:${p.col}: ${p.message}); merging as if the file were new`);
        return { text, sidecar: undefined };
      }
      throw new InputError(`${name} (${label}, ${file}):${p.line}:${p.col}: ${p.message}`);
    }
    return { text, sidecar: parsed.sidecar };
  };
  let base: Sidecar | undefined;
  let ours: { text: string; sidecar: Sidecar | undefined };
  let theirs: Sidecar;
  try {
    base = read(basePath, 'base', true).sidecar;
    ours = read(oursPath, 'ours', false);
    theirs = read(theirsPath, 'theirs', false).sidecar!;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { code: 2, messages: [...messages, `${e.message}; left unmerged`] };
  }
  let o = ours.sidecar!;
  let t = theirs;
  let document = o.document;
  const shas = new Set([base?.document.sha256 ?? o.document.sha256, o.document.sha256, t.document.sha256]);
  if (shas.size > 1) {
    // the article differs between the versions: place all three on the text the merge leaves
    const articlePath = path ? posix.join(dirname(path).split('\\').join('/'), o.document.file) : undefined;
    const text = mergedArticle(base, o, t, articleVersions(articlePath));
    if (text === undefined) messages.push(`${name}: the article's versions are not all known to git here; annotations merged without re-anchoring`);
    else {
      base = base && onText(base, text);
      o = onText(o, text);
      t = onText(t, text);
      document = { file: o.document.file, sha256: sha256Hex(text), length: new OffsetIndex(text).lengthCp };
    }
  }
  const merged = mergeSidecars(base, o, t, document);
  writeAtomic(oursPath, serializeSidecar(merged.sidecar, ours.text));
  for (const c of merged.conflicts) messages.push(`${name}: ${describeConflict(c.id, c.conflict)}`);
  if (merged.conflicts.length) messages.push(`${name}: ${merged.conflicts.length} conflict${merged.conflicts.length === 1 ? '' : 's'} recorded in the file (valid YAML); resolve them (claimlens check lists them), then git add it`);
  return { code: merged.conflicts.length ? 1 : 0, messages };
}

export const ATTRIBUTES_LINE = '*.annotations.yaml merge=claimlens';
export const DRIVER = 'claimlens merge-driver %O %A %B %P';

/** `.gitattributes` names the driver for sidecars; the repository's config says how to run it. */
export function setupGit(dir: string): string[] {
  const top = git(['rev-parse', '--show-toplevel'], `${dir}: not in a git repository`, dir).trim();
  const done: string[] = [];
  const attributes = join(top, '.gitattributes');
  const current = existsSync(attributes) ? readTextFile(attributes) : '';
  if (current.split(/\r?\n/).some((l) => /^\*\.annotations\.yaml\s+(?:.*\s)?merge=claimlens(?:\s|$)/.test(l.trim()))) done.push(`${attributes}: already names the claimlens merge driver`);
  else {
    writeAtomic(attributes, current + (current && !current.endsWith('\n') ? '\n' : '') + ATTRIBUTES_LINE + '\n');
    done.push(`${attributes}: added "${ATTRIBUTES_LINE}" (commit it, so that every clone uses it)`);
  }
  git(['config', '--local', 'merge.claimlens.name', 'Claimlens sidecars, merged by annotation id'], top, top);
  git(['config', '--local', 'merge.claimlens.driver', DRIVER], top, top);
  done.push(`${join(top, '.git', 'config')}: merge.claimlens.driver = ${DRIVER} (set it in each clone: claimlens setup-git)`);
  const onPath = spawnSync(process.platform === 'win32' ? 'where' : 'sh', process.platform === 'win32' ? ['claimlens'] : ['-c', 'command -v claimlens'], { encoding: 'utf8' });
  if (onPath.status !== 0) done.push('note: "claimlens" is not on the PATH here; git needs it to merge sidecars (npm link in the Claimlens folder, or npm install -g)');
  return done;
}
