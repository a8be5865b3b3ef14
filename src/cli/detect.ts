// claimlens detect: one file at a time (here or in a worker thread, see jobs.ts).
import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { Gazetteer, IncrementalDetector, type Detection } from '../core/detect';
import { ACTORS_FILE, parseActorsFile } from '../core/detect/actorsFile';
import type { ActorDefinition } from '../core/detect/gazetteer';
import { OffsetIndex } from '../core/text/offsets';
import { InputError, readArticle, readTextFile } from './files';

export type DetectFormat = 'jsonl' | 'json' | 'text';

/** Detection results with code point offsets, as the command line prints them. */
export function detectionToJson(file: string, text: string, d: Detection): object {
  const ix = new OffsetIndex(text);
  const cp = (o: number): number => ix.toCodePoint(o);
  return {
    file,
    actors: d.actors.map((a) => ({ start: cp(a.start), end: cp(a.end), text: a.text, type: a.type, actor: a.actor })),
    claims: d.claims.map((c) => ({
      start: cp(c.start), end: cp(c.end), text: c.text, kind: c.kind,
      ...(c.fragments ? { fragments: c.fragments.map(([s, e]) => [cp(s), cp(e)]) } : {}),
      cue: c.cue ? { start: cp(c.cue.start), end: cp(c.cue.end), text: c.cue.text, class: c.cue.class } : null,
      speaker: c.speaker ? { start: cp(c.speaker.start), end: cp(c.speaker.end), text: c.speaker.text, actor: c.speaker.actor } : null,
    })),
  };
}

/** The nearest `.claimlens/actors.yaml` at or above a folder, if any. */
export function nearestActorsFile(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, ACTORS_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** The actors of an actors file; its problems go to `messages` (the file, line, column, reason). */
export function readActorsFile(path: string, messages: string[]): ActorDefinition[] {
  const { actors, problems } = parseActorsFile(readTextFile(path));
  for (const p of problems) messages.push(`${path}:${p.line}:${p.col}: ${p.message}`);
  return actors;
}

/** The analyst's actors that apply to a file: the nearest `.claimlens/actors.yaml` above it. */
class Gazetteers {
  private readonly byFile = new Map<string, Gazetteer>();
  private readonly shipped = new Gazetteer();
  readonly messages: string[] = [];

  for(file: string): Gazetteer {
    const path = nearestActorsFile(dirname(resolve(file)));
    if (!path) return this.shipped;
    let g = this.byFile.get(path);
    if (!g) this.byFile.set(path, (g = new Gazetteer(readActorsFile(path, this.messages))));
    return g;
  }
}

/** What detecting one file gives: its output (a line, an object or text), or why it could not. */
export interface DetectResult {
  json?: object;
  text?: string;
  error?: string;
  /** Problems of the actors files read for it (printed once each). */
  messages: string[];
}

/** A detector of files: one gazetteer per actors file, one incremental detector per gazetteer. */
export function fileDetector(format: DetectFormat): (file: string) => DetectResult {
  const gazetteers = new Gazetteers();
  const detectors = new Map<Gazetteer, IncrementalDetector>();
  return (file) => {
    let text: string;
    try {
      text = readArticle(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return { error: e.message, messages: [] };
    }
    const g = gazetteers.for(file);
    const messages = gazetteers.messages.splice(0);
    let detector = detectors.get(g);
    if (!detector) detectors.set(g, (detector = new IncrementalDetector(g)));
    const json = detectionToJson(file, text, detector.detect(text));
    return format === 'text' ? { text: textReport(file, json as TextJson), messages } : { json, messages };
  };
}

interface TextActor { start: number; end: number; text: string; type: string; actor: string }
interface TextClaim { start: number; end: number; text: string; kind: string; speaker: { actor: string; text: string } | null; cue: { text: string } | null }
type TextJson = { actors: TextActor[]; claims: TextClaim[] };

function textReport(file: string, r: TextJson): string {
  const lines = [`${file}: ${r.actors.length} actor mentions, ${r.claims.length} claims`];
  for (const a of r.actors) lines.push(`  actor ${a.start}-${a.end} ${a.type} "${a.text}"${a.actor !== a.text ? ` -> ${a.actor}` : ''}`);
  for (const c of r.claims) {
    const who = c.speaker ? (c.speaker.actor || c.speaker.text) : 'unattributed';
    lines.push(`  claim ${c.start}-${c.end} ${c.kind} by ${who}${c.cue ? ` (${c.cue.text})` : ''}: "${c.text.length > 70 ? c.text.slice(0, 69) + '…' : c.text}"`);
  }
  return lines.join('\n') + '\n';
}
