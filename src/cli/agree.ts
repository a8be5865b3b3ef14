import { statSync } from 'fs';
import { basename, dirname, join, posix, relative, sep } from 'path';
import { stringify } from 'csv-stringify/sync';
import { placeAll, toSidecar } from '../core/anchor/placed';
import { agreementReport, CLAIM_ATTRIBUTES, type AgreeAnnotation, type AgreeDocument, type AgreementReport, type Figures } from '../core/agree/report';
import { articlePathOf, sidecarPathOf, SIDECAR_SUFFIX, type Annotation } from '../core/sidecar/model';
import { parseSidecar } from '../core/sidecar/parse';
import { articleText } from '../core/text/article';
import { OffsetIndex } from '../core/text/offsets';
import { InputError, readArticle, readTextFile, sidecarsOf } from './files';
import { git, revisionPath } from './git';

/** One article of a set: where its sidecar is (for messages), and how to read it and its article. */
interface SetDocument {
  where: string;
  sidecar: () => string;
  /** The article named by the sidecar's document.file. */
  article: (file: string) => string;
}

interface AnnotationSet {
  name: string;
  /** By the article's path inside the set. */
  docs: Map<string, SetDocument>;
  /** Named one article (not a folder): matched with the other sets' single articles by position. */
  single: boolean;
}

const slash = (p: string): string => p.split(sep).join('/');

function fileSet(spec: string): AnnotationSet {
  const docs = new Map<string, SetDocument>();
  const folder = statSync(spec).isDirectory();
  for (const sidecar of sidecarsOf([spec])) {
    const article = articlePathOf(sidecar)!;
    const key = folder ? slash(relative(spec, article)) : basename(article);
    docs.set(key, { where: sidecar, sidecar: () => readTextFile(sidecar), article: (file) => readArticle(join(dirname(sidecar), file)) });
  }
  return { name: spec, docs, single: !folder };
}

function gitSet(spec: string, rev: string, path: string): AnnotationSet {
  const blob = (file: string): string => articleText(git(['cat-file', 'blob', `${rev}:${file}`], `${rev}:${file}`));
  const type = git(['cat-file', '-t', `${rev}:${path}`], spec).trim();
  const docs = new Map<string, SetDocument>();
  const add = (sidecar: string, key: string): void => {
    docs.set(key, { where: `${rev}:${sidecar}`, sidecar: () => blob(sidecar), article: (file) => blob(posix.join(posix.dirname(sidecar), file)) });
  };
  if (type === 'blob') {
    const sidecar = path.endsWith(SIDECAR_SUFFIX) ? path : sidecarPathOf(path);
    if (sidecar !== path) git(['cat-file', '-e', `${rev}:${sidecar}`], `${spec}: has no annotations (no ${posix.basename(sidecar)} in ${rev})`);
    add(sidecar, posix.basename(articlePathOf(sidecar)!));
    return { name: spec, docs, single: true };
  }
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', rev, '--', ...(path ? [path] : [])], spec);
  for (const file of listing.split('\0').filter((f) => f.endsWith(SIDECAR_SUFFIX)).sort()) {
    add(file, posix.relative(path || '.', articlePathOf(file)!));
  }
  return { name: spec, docs, single: false };
}

/** A SET of the command line: a folder, an article, a sidecar, or REV:PATH read through git. */
export function loadSet(spec: string): AnnotationSet {
  let exists = true;
  try {
    statSync(spec);
  } catch {
    exists = false;
  }
  if (exists) return fileSet(spec);
  const rp = revisionPath(spec);
  if (!rp) throw new InputError(`${spec}: cannot read: no such file or folder (a git revision is given as REV:PATH)`);
  return gitSet(spec, rp.rev, rp.path);
}

/** The annotations agreement looks at: placed, not rejected, with claims' speakers resolved. */
function agreeAnnotations(annotations: readonly Annotation[]): AgreeAnnotation[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  return annotations.filter((a) => !a.orphaned && a.status !== 'rejected').map((a) => {
    const out: AgreeAnnotation = { id: a.id, tag: a.tag, start: a.start, end: a.end, fragments: a.fragments, attributes: a.attributes };
    if (a.tag === 'claim') {
      const speaker = a.links?.speaker ? byId.get(a.links.speaker) : undefined;
      out.speaker = speaker ? String(speaker.attributes?.actor ?? speaker.quote) : null;
    }
    return out;
  });
}

export interface AgreeRun {
  report: AgreementReport;
  /** Articles left out, and why (one line each). */
  skipped: string[];
  /** Notes: annotations that could not be placed on the first set's text. */
  notes: string[];
}

/** Reads the sets and computes their agreement over the articles every set has. */
export function agree(specs: readonly string[], tags: readonly string[]): AgreeRun {
  const sets = specs.map(loadSet);
  const skipped: string[] = [];
  const notes: string[] = [];
  let keys: string[][];
  if (sets.every((s) => s.single)) keys = [sets.map((s) => [...s.docs.keys()][0])];
  else {
    keys = [];
    for (const key of sets[0].docs.keys()) {
      const missing = sets.filter((s) => !s.docs.has(key)).map((s) => s.name);
      if (missing.length) skipped.push(`${key}: not in ${missing.join(', ')}; left out`);
      else keys.push(sets.map(() => key));
    }
    for (const s of sets.slice(1)) for (const key of s.docs.keys()) if (!sets[0].docs.has(key)) skipped.push(`${key}: not in ${sets[0].name}; left out`);
  }
  const docs: AgreeDocument[] = [];
  for (const perSet of keys) {
    const entries = perSet.map((k, i) => sets[i].docs.get(k)!);
    const parsed = entries.map((e) => parseSidecar(e.sidecar()));
    const bad = parsed.findIndex((p) => !p.ok);
    if (bad >= 0) {
      const p = parsed[bad];
      const first = !p.ok ? p.problems[0] : undefined;
      skipped.push(`${entries[bad].where}:${first?.line ?? 1}:${first?.col ?? 1}: ${first?.message ?? 'invalid'}; ${perSet[0]} left out`);
      continue;
    }
    const sidecars = parsed.map((p) => (p.ok ? p.sidecar : undefined)!);
    let text: string;
    try {
      text = entries[0].article(sidecars[0].document.file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      skipped.push(`${e.message}; ${perSet[0]} left out`);
      continue;
    }
    // every set placed on the first set's text (offsets kept where that text is theirs too)
    const orphaned: number[] = [];
    const annotations = sidecars.map((sc, i) => {
      const placed = toSidecar(sc.document.file, text, placeAll(text, sc)).annotations;
      const lost = placed.filter((a) => a.orphaned && !sc.annotations.find((x) => x.id === a.id)?.orphaned).length;
      orphaned.push(lost);
      if (lost) notes.push(`${entries[i].where}: ${lost} annotation${lost === 1 ? '' : 's'} could not be placed on the text of ${entries[0].where.replace(/\.annotations\.yaml$/, '')}; left out`);
      return agreeAnnotations(placed);
    });
    docs.push({ file: perSet[0], length: new OffsetIndex(text).lengthCp, sets: annotations, orphaned });
  }
  return { report: agreementReport(specs, docs, tags), skipped, notes };
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(4) : '—');
const prfText = (p: { p: number; r: number; f1: number }): string => `${fmt(p.p)} ${fmt(p.r)} ${fmt(p.f1)}`;

function figuresText(f: Figures, indent: string): string[] {
  const lines = [`${indent}alpha_U ${fmt(f.alphaU)}`];
  const w = Math.max(5, ...Object.keys(f.tags).map((t) => t.length));
  lines.push(`${indent}${'tag'.padEnd(w)}  ${'exact P / R / F1'.padEnd(20)}  ${'overlap P / R / F1'.padEnd(20)}  ${'alpha_U'.padEnd(6)}  ${'kappa'.padEnd(6)}  annotations`);
  for (const [tag, t] of Object.entries(f.tags)) {
    lines.push(`${indent}${tag.padEnd(w)}  ${prfText(t.exact)}  ${prfText(t.overlap)}  ${fmt(t.alphaU)}  ${fmt(t.kappa)}  ${t.annotations.join(' / ')}`);
  }
  if (f.speakers.aligned) {
    lines.push(`${indent}speakers: ${fmt(f.speakers.agreement)} agree on ${f.speakers.aligned} aligned claims (alpha ${fmt(f.speakers.alpha)})`);
    const attrs = CLAIM_ATTRIBUTES.filter((a) => f.attributes[a]?.units).map((a) => `${a} ${fmt(f.attributes[a].alpha)} (${f.attributes[a].units})`);
    if (attrs.length) lines.push(`${indent}attributes (nominal alpha, claims): ${attrs.join(', ')}`);
  }
  return lines;
}

export function agreeText(r: AgreementReport): string {
  const lines = [`${r.sets.length} sets (${r.sets.join(', ')}), ${r.documents} document${r.documents === 1 ? '' : 's'}`, ...figuresText(r, '')];
  if (r.pairs.length > 1) {
    for (const p of r.pairs) {
      lines.push(`${r.sets[p.sets[0]]} / ${r.sets[p.sets[1]]}: ${Object.entries(p.tags).map(([t, x]) => `${t} overlap F1 ${fmt(x.overlap.f1)}, kappa ${fmt(x.kappa)}`).join('; ')}`);
    }
  }
  for (const d of r.perDocument) lines.push('', d.file, ...figuresText(d, '  '));
  return lines.join('\n') + '\n';
}

/** One row per figure: scope (all or the document), tag, measure, value. */
export function agreeCsv(r: AgreementReport): string {
  const rows: Array<[string, string, string, string]> = [];
  const num = (x: number): string => (Number.isFinite(x) ? String(Math.round(x * 1e6) / 1e6) : '');
  const add = (scope: string, f: Figures): void => {
    rows.push([scope, '', 'alphaU', num(f.alphaU)]);
    for (const [tag, t] of Object.entries(f.tags)) {
      for (const kind of ['exact', 'overlap'] as const) for (const m of ['p', 'r', 'f1'] as const) rows.push([scope, tag, `${kind}_${m}`, num(t[kind][m])]);
      rows.push([scope, tag, 'alphaU', num(t.alphaU)], [scope, tag, 'kappa', num(t.kappa)]);
    }
    rows.push([scope, 'claim', 'speaker_agreement', num(f.speakers.agreement)], [scope, 'claim', 'speaker_alpha', num(f.speakers.alpha)]);
    for (const [name, a] of Object.entries(f.attributes)) rows.push([scope, 'claim', `${name}_alpha`, num(a.alpha)]);
  };
  add('all', r);
  for (const d of r.perDocument) add(d.file, d);
  return stringify([['scope', 'tag', 'measure', 'value'], ...rows]);
}
