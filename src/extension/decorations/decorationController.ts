import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import type { ClaimMention } from '../../core/detect/types';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';
import { LineIndex } from './lineIndex';
import { PaintAcks } from './paintAcks';
import { SuggestionPainter } from './suggestionPainter';

export type DecorationStyle = 'actor' | 'claim' | 'tag' | 'speakerLabel';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

/** One decoration type per style, created once; colours come from the theme (contributes.colors). */
function createTypes(): Record<DecorationStyle, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Right;
  // text typed at either edge of a span stays outside it, as in the annotation model
  const make = (o: vscode.DecorationRenderOptions): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({ ...o, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
  return {
    actor: make({
      backgroundColor: color('claimlens.actorBackground'), border: '1px solid', borderColor: color('claimlens.actorBorder'),
      borderRadius: '3px', overviewRulerColor: color('claimlens.actorBorder'), overviewRulerLane: ruler,
    }),
    claim: make({
      backgroundColor: color('claimlens.claimBackground'), borderStyle: 'none none solid none', borderWidth: '2px',
      borderColor: color('claimlens.claimBorder'), overviewRulerColor: color('claimlens.claimBorder'), overviewRulerLane: ruler,
    }),
    tag: make({
      backgroundColor: color('claimlens.tagBackground'), border: '1px solid', borderColor: color('claimlens.tagBorder'),
      borderRadius: '3px', overviewRulerColor: color('claimlens.tagBorder'), overviewRulerLane: ruler,
    }),
    speakerLabel: make({ after: { color: color('claimlens.speakerLabelForeground'), margin: '0 0 0 0.4em', fontStyle: 'italic' } }),
  };
}

/** Pause in the typing after which annotations painted while it went on are painted again (see PaintAcks). */
const RECHECK_PAUSE_MS = 300;

/** Above this many annotations, an editor's first paint is of what is on screen, the rest right after. */
const VISIBLE_FIRST = 2000;

/** The offsets an editor shows, with some lines to spare above and below. */
function visibleWindow(editor: vscode.TextEditor): [number, number] {
  const doc = editor.document;
  const shown = editor.visibleRanges;
  const top = shown.length ? shown[0].start.line : 0;
  const bottom = shown.length ? shown[shown.length - 1].end.line : 0;
  return [doc.offsetAt(new vscode.Position(Math.max(0, top - 20), 0)), doc.offsetAt(new vscode.Position(Math.min(doc.lineCount - 1, bottom + 80), 0))];
}

/** Suggestions: subtle underlines, dotted for actors, dashed for claims (painted in bands, see SuggestionPainter). */
const SUGGESTION_STYLE = {
  actor: { borderStyle: 'none none dotted none', borderWidth: '2px', borderColor: color('claimlens.actorBorder') },
  claim: { borderStyle: 'none none dashed none', borderWidth: '1px', borderColor: color('claimlens.claimBorder') },
} satisfies Record<'actor' | 'claim', vscode.DecorationRenderOptions>;

/** The annotations painted in an editor: ranges per style, and per tag for tags with their own colour. */
type Painted = Record<Exclude<DecorationStyle, 'speakerLabel'>, vscode.Range[]> & {
  byTag: Record<string, vscode.Range[]>;
  /** Speaker labels after claims (when the setting is on). */
  speakerLabel: vscode.DecorationOptions[];
};

/** What an editor shows: the annotations painted, and the suggestions where the editor has them now. */
export type Rendered = Painted & {
  actorSuggestion: vscode.Range[];
  claimSuggestion: vscode.Range[];
  /** How many bands of suggestions the last repaint sent to the editor (of 2 × BANDS). */
  suggestionBandsSent: number;
};

/** Paints annotations (solid) and detected suggestions (subtle) in the visible article editors. */
export class DecorationController implements vscode.Disposable {
  private readonly types = createTypes();
  /** One decoration type per taxonomy tag that has its own colour. */
  private tagTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly rendered = new WeakMap<vscode.TextEditor, Painted>();
  /** Editors whose annotations have been painted whole once (later paints are whole at once). */
  private readonly wholePainted = new WeakSet<vscode.TextEditor>();
  private readonly suggestions = new SuggestionPainter(SUGGESTION_STYLE);
  private readonly acks = new PaintAcks();
  /** Editors whose annotations a paint sent that the workbench has not taken in yet, and the timers that paint them again after a race. */
  private readonly annotationsSent = new WeakMap<vscode.TextEditor, Promise<void>>();
  private readonly rechecks = new Map<vscode.TextEditor, NodeJS.Timeout>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextEditor>();
  /** Fires after an editor's decorations were set. */
  readonly onDidRender = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
  ) {
    this.disposables.push(
      this.emitter,
      this.suggestions,
      ...Object.values(this.types),
      store.onDidChange((uri) => this.renderUri(uri, 'all')),
      detection.onDidDetect((uri) => this.renderUri(uri, 'suggestions')),
      vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((e) => this.render(e))),
      config.onDidChange(() => vscode.window.visibleTextEditors.forEach((e) => this.render(e))),
      vscode.workspace.onDidChangeTextDocument((e) => this.raced(e)),
      { dispose: () => { for (const t of this.rechecks.values()) clearTimeout(t); } },
    );
    vscode.window.visibleTextEditors.forEach((e) => this.render(e));
  }

  /** The ranges set per style in an editor (suggestions where the editor has moved them since). */
  renderedIn(editor: vscode.TextEditor): Readonly<Rendered> | undefined {
    const painted = this.rendered.get(editor);
    return painted && {
      ...painted,
      actorSuggestion: this.suggestions.ranges(editor, 'actor'),
      claimSuggestion: this.suggestions.ranges(editor, 'claim'),
      suggestionBandsSent: this.suggestions.sentBy(editor),
    };
  }

  /** Resolves when the workbench has taken in the editor's last paint. */
  taken(editor: vscode.TextEditor): Promise<void> {
    return this.acks.taken(editor);
  }

  /** Gives the taxonomy's tags with a colour their own highlight. */
  setTagColors(tags: ReadonlyArray<{ name: string; color?: string }>): void {
    for (const t of this.tagTypes.values()) t.dispose();
    this.tagTypes = new Map();
    for (const t of tags) {
      if (!t.color || t.name === 'actor' || t.name === 'claim') continue;
      const solid = t.color.length === 4 ? '#' + [...t.color.slice(1)].map((c) => c + c).join('') : t.color.slice(0, 7);
      this.tagTypes.set(t.name, vscode.window.createTextEditorDecorationType({
        backgroundColor: `${solid}40`, border: `1px solid ${solid}`, borderRadius: '3px',
        overviewRulerColor: solid, overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
    vscode.window.visibleTextEditors.forEach((e) => this.render(e));
  }

  /**
   * An edit the workbench may have made before it took in an editor's last paint: the suggestion
   * bands sent then go again with the next paint, the annotations once the typing pauses.
   */
  private raced(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== e.document || !this.acks.pending(editor)) continue;
      this.suggestions.suspectSent(editor, Math.min(...e.contentChanges.map((c) => c.rangeOffset)));
      if (!this.annotationsSent.has(editor)) continue;
      clearTimeout(this.rechecks.get(editor));
      this.rechecks.set(editor, setTimeout(() => {
        this.rechecks.delete(editor);
        if (vscode.window.visibleTextEditors.includes(editor)) this.render(editor, 'annotations');
      }, RECHECK_PAUSE_MS));
    }
  }

  private renderUri(uri: vscode.Uri, what: 'annotations' | 'suggestions' | 'all'): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.render(e, what);
  }

  /**
   * Sets an editor's decorations. Annotations are sent again only when they changed (the editor
   * moves decorations along with the text by itself); suggestions when detection or the
   * annotations changed. Offsets become positions through one line index per repaint.
   */
  render(editor: vscode.TextEditor, what: 'annotations' | 'suggestions' | 'all' = 'all'): void {
    const doc = editor.document;
    const previous = this.rendered.get(editor);
    const article = this.config.isArticle(doc);
    if (what !== 'suggestions' || !previous) {
      const placed = article ? this.store.get(doc.uri) : [];
      // a long article's first paint: what is on screen at once, the rest right after
      const window = placed.length > VISIBLE_FIRST && !this.wholePainted.has(editor) ? visibleWindow(editor) : undefined;
      if (window) {
        this.paintAnnotations(editor, placed, window);
        setImmediate(() => {
          if (this.wholePainted.has(editor) || !vscode.window.visibleTextEditors.includes(editor)) return;
          this.wholePainted.add(editor);
          this.render(editor, 'annotations');
        });
      } else {
        this.paintAnnotations(editor, placed);
        if (placed.length) this.wholePainted.add(editor);
      }
    }
    if (what !== 'annotations' || !previous) this.paintSuggestions(editor, article, what === 'suggestions');
    const taken = this.acks.sent(editor);
    if (what !== 'suggestions' || !previous) {
      this.annotationsSent.set(editor, taken);
      void taken.then(() => { if (this.annotationsSent.get(editor) === taken) this.annotationsSent.delete(editor); });
    }
    this.emitter.fire(editor);
  }

  /** Sets the annotation styles: every annotation, or those overlapping `window` (offsets). */
  private paintAnnotations(editor: vscode.TextEditor, placed: readonly Placed[], window?: [number, number]): void {
    const doc = editor.document;
    const out: Painted = { actor: [], claim: [], tag: [], byTag: {}, speakerLabel: [] };
    let lines: LineIndex | undefined;
    const range = (s: number, e: number): vscode.Range => (lines ??= new LineIndex(doc.getText())).range(s, e);
    const byId = this.config.value.speakerLabel ? new Map(placed.map((p) => [p.data.id, p])) : undefined;
    for (const p of placed) {
      if (p.orphaned || p.data.status === 'rejected') continue;
      if (window && (p.end < window[0] || p.start > window[1])) continue;
      const speaker = byId && p.data.tag === 'claim' && p.data.links?.speaker ? byId.get(p.data.links.speaker) : undefined;
      if (speaker) {
        const name = String(speaker.data.attributes?.actor ?? speaker.data.quote);
        const short = name.split(/\s+/).pop() ?? name;
        out.speakerLabel.push({ range: range(p.end, p.end), renderOptions: { after: { contentText: `— ${speaker.data.attributes?.type === 'person' ? short : name}` } } });
      }
      if (!this.shows(p.data.tag)) continue;
      const pieces = p.fragments ?? [[p.start, p.end]];
      const own = this.tagTypes.has(p.data.tag);
      const bucket = own ? (out.byTag[p.data.tag] ??= []) : out[p.data.tag === 'actor' ? 'actor' : p.data.tag === 'claim' ? 'claim' : 'tag'];
      for (const [s, e] of pieces) bucket.push(range(s, e));
    }
    for (const style of ['actor', 'claim', 'tag', 'speakerLabel'] as const) editor.setDecorations(this.types[style], out[style]);
    for (const [tag, type] of this.tagTypes) editor.setDecorations(type, out.byTag[tag] ?? []);
    this.rendered.set(editor, out);
  }

  /**
   * Suggestions: after new detection results only the bands they changed (see SuggestionPainter);
   * after the annotations or the settings changed, all of them.
   */
  private paintSuggestions(editor: vscode.TextEditor, article: boolean, changedOnly: boolean): void {
    const doc = editor.document;
    const entry = article && this.config.value.detectionEnabled ? this.detection.entry(doc.uri) : undefined;
    const decided = this.store.decided(doc.uri);
    const classes = this.config.value.suggestedClasses;
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    this.suggestions.paint(editor, {
      result: entry?.result,
      seq: entry?.seq ?? 0,
      delta: entry?.delta,
      shown: (kind, m) => m.end <= length && this.shows(kind) && !decided(m.start, m.end)
        && (kind === 'actor' || classes.has((m as ClaimMention).cue?.class ?? 'speech')),
    }, !changedOnly);
  }

  /** Whether the layer a tag belongs to is shown (claimlens.decorations.show). */
  private shows(tag: string): boolean {
    const show = this.config.value.show;
    return show === 'both' || (tag === 'actor' ? show === 'actors' : tag === 'claim' ? show === 'claims' : true);
  }

  dispose(): void {
    for (const t of this.tagTypes.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
