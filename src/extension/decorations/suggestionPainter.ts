import * as vscode from 'vscode';
import type { DetectionDelta } from '../../core/detect/delta';
import type { ActorMention, ClaimMention, Detection } from '../../core/detect/types';
import { cutBands, moveBands, unbalanced, type ListChange } from '../../core/suggest/bands';
import { changesLastFirst } from '../detection/textChanges';
import { LineIndex } from './lineIndex';

/** Bands per kind of suggestion: an edit sends the one or two bands it changed, not all of them. */
export const BANDS = 16;

type Kind = 'actor' | 'claim';
const KINDS: readonly Kind[] = ['actor', 'claim'];
const listOf = (d: Detection, kind: Kind): ReadonlyArray<ActorMention | ClaimMention> => (kind === 'actor' ? d.actors : d.claims);

/** What a band was last sent: offset pairs, valid up to entry `seen` of its editor's change log. */
interface Band {
  offsets: number[];
  seen: number;
}

interface EditorBands {
  doc: vscode.TextDocument;
  /** The detection result painted, and its sequence number. */
  result: Detection;
  seq: number;
  bounds: Record<Kind, number[]>;
  bands: Record<Kind, Band[]>;
  /** Text changes since the bands were cut (offset, removed length, inserted length). */
  log: Array<[number, number, number]>;
  /** The bands the last paint sent. */
  sent: Record<Kind, number[]>;
  /** Bands the editor may have applied to a text already edited (see PaintAcks): sent again next time. */
  suspect: Record<Kind, Set<number>>;
}

/** What to paint: the detection result as received, and which of its suggestions are shown. */
export interface SuggestionsToPaint {
  result: Detection | undefined;
  seq: number;
  delta: DetectionDelta | undefined;
  /** Whether a mention is painted (not decided, its layer and cue class shown, inside the text). */
  shown: (kind: Kind, m: ActorMention | ClaimMention) => boolean;
}

/**
 * Moves a band's kept offsets (start, end pairs) through text changes that do not touch its
 * spans, as the editor moves decorations that never grow: text typed at a span's start moves the
 * span, text typed at its end stays outside it.
 */
function mapOffsets(offsets: number[], log: ReadonlyArray<[number, number, number]>, from: number): void {
  for (let k = from; k < log.length; k++) {
    const [at, removed, inserted] = log[k];
    const d = inserted - removed;
    if (!d) continue;
    for (let i = 0; i < offsets.length; i += 2) {
      if (offsets[i] >= at + removed) offsets[i] += d;
      if (offsets[i + 1] > at) offsets[i + 1] += d;
    }
  }
}

/**
 * Paints detected suggestions in bands of consecutive suggestions, one decoration type per band
 * and kind (created once). After an edit, the worker's delta says which suggestions changed; only
 * the bands holding them are sent to the editor again, which moves the other bands' decorations
 * along with the text itself. Each band's last offsets are kept and moved the same way, so that
 * what the editor shows can be read back (`ranges`).
 */
export class SuggestionPainter implements vscode.Disposable {
  private readonly types: Record<Kind, vscode.TextEditorDecorationType[]>;
  private readonly editors = new Map<vscode.TextEditor, EditorBands>();
  private readonly disposables: vscode.Disposable[] = [];
  /** How many bands the last paint of each editor sent (of 2 × BANDS). */
  private readonly lastSent = new WeakMap<vscode.TextEditor, number>();

  constructor(style: Record<Kind, vscode.DecorationRenderOptions>) {
    const make = (o: vscode.DecorationRenderOptions): vscode.TextEditorDecorationType =>
      vscode.window.createTextEditorDecorationType({ ...o, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
    this.types = {
      actor: Array.from({ length: BANDS }, () => make(style.actor)),
      claim: Array.from({ length: BANDS }, () => make(style.claim)),
    };
    this.disposables.push(
      ...this.types.actor, ...this.types.claim,
      vscode.workspace.onDidChangeTextDocument((e) => this.track(e)),
      vscode.window.onDidChangeVisibleTextEditors((eds) => {
        for (const ed of [...this.editors.keys()]) if (!eds.includes(ed)) this.editors.delete(ed);
      }),
    );
  }

  /**
   * Paints an editor's suggestions: only the changed bands when `delta` leads from the result
   * painted last to this one, everything otherwise (or when `whole`).
   */
  paint(editor: vscode.TextEditor, what: SuggestionsToPaint, whole: boolean): void {
    const state = this.editors.get(editor);
    const { result } = what;
    if (!result) {
      if (state) for (const kind of KINDS) for (const t of this.types[kind]) editor.setDecorations(t, []);
      this.editors.delete(editor);
      return;
    }
    const incremental = !whole && state && state.doc === editor.document && what.delta && state.seq === what.seq - 1 ? state : undefined;
    const next: EditorBands = incremental ?? {
      doc: editor.document, result, seq: what.seq,
      bounds: { actor: [], claim: [] }, bands: { actor: [], claim: [] }, log: [],
      sent: { actor: [], claim: [] }, suspect: { actor: new Set(), claim: new Set() },
    };
    let sent = 0;
    // many ranges (a whole paint) go through one line index of the text, a band or two through positionAt
    let index: LineIndex | undefined;
    const lines = (): LineIndex => (index ??= new LineIndex(editor.document.getText()));
    for (const kind of KINDS) {
      const list = listOf(result, kind);
      let send: number[];
      if (incremental && what.delta) {
        const d = kind === 'actor' ? what.delta.actors : what.delta.claims;
        const change: ListChange = { head: d.head, tail: d.tail, before: listOf(incremental.result, kind).length, after: list.length };
        const moved = moveBands(incremental.bounds[kind], change);
        if (unbalanced(moved.bounds)) {
          next.bounds[kind] = cutBands(list.length, BANDS);
          send = [...next.bounds[kind].keys()].slice(0, BANDS);
        } else {
          next.bounds[kind] = moved.bounds;
          send = [...new Set([...moved.touched, ...incremental.suspect[kind]])].filter((j) => j < moved.bounds.length - 1);
        }
      } else {
        next.bounds[kind] = cutBands(list.length, BANDS);
        send = [...next.bounds[kind].keys()].slice(0, BANDS);
      }
      for (const j of send) {
        const offsets: number[] = [];
        for (let i = next.bounds[kind][j]; i < next.bounds[kind][j + 1]; i++) {
          const m = list[i];
          if (!what.shown(kind, m)) continue;
          const pieces = kind === 'claim' ? (m as ClaimMention).fragments ?? [[m.start, m.end]] : [[m.start, m.end]];
          for (const [s, e] of pieces) offsets.push(s, e);
        }
        next.bands[kind][j] = { offsets, seen: next.log.length };
        editor.setDecorations(this.types[kind][j], this.toRanges(editor.document, offsets, send.length > 2 ? lines : undefined));
      }
      sent += send.length;
      next.sent[kind] = send;
      next.suspect[kind].clear();
    }
    this.lastSent.set(editor, sent);
    next.result = result;
    next.seq = what.seq;
    // keep the change log short: bring every band up to date now and then
    if (next.log.length > 256) {
      for (const kind of KINDS) for (const b of next.bands[kind]) this.bringUp(next, b);
      next.log = [];
      for (const kind of KINDS) for (const b of next.bands[kind]) b.seen = 0;
    }
    this.editors.set(editor, next);
  }

  /** The ranges the editor shows for a kind of suggestion, in band order. */
  ranges(editor: vscode.TextEditor, kind: Kind): vscode.Range[] {
    const state = this.editors.get(editor);
    if (!state) return [];
    const out: vscode.Range[] = [];
    let index: LineIndex | undefined;
    const lines = (): LineIndex => (index ??= new LineIndex(editor.document.getText()));
    for (const b of state.bands[kind]) {
      this.bringUp(state, b);
      for (const r of this.toRanges(editor.document, b.offsets, lines)) out.push(r);
    }
    return out;
  }

  /**
   * The bands the editor's last paint sent may have been applied to a text already edited at
   * `from` (see PaintAcks): those reaching to `from` or past it are sent again with the next paint.
   */
  suspectSent(editor: vscode.TextEditor, from: number): void {
    const state = this.editors.get(editor);
    if (!state) return;
    for (const kind of KINDS) {
      for (const j of state.sent[kind]) {
        const b = state.bands[kind][j];
        if (!b) continue;
        this.bringUp(state, b);
        let end = -1;
        for (let i = 1; i < b.offsets.length; i += 2) end = Math.max(end, b.offsets[i]);
        if (from <= end) state.suspect[kind].add(j);
      }
    }
  }

  /** How many bands the editor's last paint sent. */
  sentBy(editor: vscode.TextEditor): number {
    return this.lastSent.get(editor) ?? 0;
  }

  private bringUp(state: EditorBands, b: Band): void {
    mapOffsets(b.offsets, state.log, b.seen);
    b.seen = state.log.length;
  }

  private toRanges(doc: vscode.TextDocument, offsets: readonly number[], lines?: () => LineIndex): vscode.Range[] {
    const out: vscode.Range[] = [];
    if (lines) {
      const index = lines();
      for (let i = 0; i < offsets.length; i += 2) out.push(index.range(offsets[i], offsets[i + 1]));
    } else {
      for (let i = 0; i < offsets.length; i += 2) out.push(new vscode.Range(doc.positionAt(offsets[i]), doc.positionAt(offsets[i + 1])));
    }
    return out;
  }

  /** Text changes, for moving kept offsets as the editor moves the decorations. */
  private track(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    let changes: ReturnType<typeof changesLastFirst> | undefined;
    for (const state of this.editors.values()) {
      if (state.doc !== e.document) continue;
      changes ??= changesLastFirst(e);
      for (const c of changes) state.log.push([c.offset, c.length, c.text.length]);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
