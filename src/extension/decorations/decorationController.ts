import * as vscode from 'vscode';
import { openSuggestions } from '../../core/suggest/suggestions';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';

export type DecorationStyle = 'actor' | 'claim' | 'tag' | 'actorSuggestion' | 'claimSuggestion' | 'speakerLabel';

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
    actorSuggestion: make({
      borderStyle: 'none none dotted none', borderWidth: '2px', borderColor: color('claimlens.actorBorder'),
    }),
    speakerLabel: make({ after: { color: color('claimlens.speakerLabelForeground'), margin: '0 0 0 0.4em', fontStyle: 'italic' } }),
    claimSuggestion: make({
      borderStyle: 'none none dashed none', borderWidth: '1px', borderColor: color('claimlens.claimBorder'),
    }),
  };
}

/** What was painted in an editor: ranges per style, and per tag for tags with their own colour. */
export type Rendered = Record<Exclude<DecorationStyle, 'speakerLabel'>, vscode.Range[]> & {
  byTag: Record<string, vscode.Range[]>;
  /** Speaker labels after claims (when the setting is on). */
  speakerLabel: vscode.DecorationOptions[];
};

/** Paints annotations (solid) and detected suggestions (subtle) in the visible article editors. */
export class DecorationController implements vscode.Disposable {
  private readonly types = createTypes();
  /** One decoration type per taxonomy tag that has its own colour. */
  private tagTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly rendered = new WeakMap<vscode.TextEditor, Rendered>();
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
      ...Object.values(this.types),
      store.onDidChange((uri) => this.renderUri(uri)),
      detection.onDidDetect((uri) => this.renderUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((e) => this.render(e))),
      config.onDidChange(() => vscode.window.visibleTextEditors.forEach((e) => this.render(e))),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.render(e));
  }

  /** The ranges last set per style in an editor. */
  renderedIn(editor: vscode.TextEditor): Readonly<Rendered> | undefined {
    return this.rendered.get(editor);
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

  private renderUri(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.render(e);
  }

  render(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const out: Rendered = { actor: [], claim: [], tag: [], actorSuggestion: [], claimSuggestion: [], byTag: {}, speakerLabel: [] };
    if (this.config.isArticle(doc)) {
      const range = (s: number, e: number): vscode.Range => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
      const placed = this.store.get(doc.uri);
      const byId = this.config.value.speakerLabel ? new Map(placed.map((p) => [p.data.id, p])) : undefined;
      for (const p of placed) {
        if (p.orphaned || p.data.status === 'rejected') continue;
        const speaker = byId && p.data.tag === 'claim' && p.data.links?.speaker ? byId.get(p.data.links.speaker) : undefined;
        if (speaker) {
          const name = String(speaker.data.attributes?.actor ?? speaker.data.quote);
          const short = name.split(/\s+/).pop() ?? name;
          out.speakerLabel.push({ range: range(p.end, p.end), renderOptions: { after: { contentText: `— ${speaker.data.attributes?.type === 'person' ? short : name}` } } });
        }
        const pieces = p.fragments ?? [[p.start, p.end]];
        const own = this.tagTypes.has(p.data.tag);
        const bucket = own ? (out.byTag[p.data.tag] ??= []) : out[p.data.tag === 'actor' ? 'actor' : p.data.tag === 'claim' ? 'claim' : 'tag'];
        for (const [s, e] of pieces) bucket.push(range(s, e));
      }
      if (this.config.value.detectionEnabled) {
        const len = doc.getText().length;
        for (const s of openSuggestions(this.detection.get(doc.uri), this.store.decided(doc.uri))) {
          if (s.end > len) continue;
          if (s.kind === 'actor') out.actorSuggestion.push(range(s.start, s.end));
          else for (const [a, b] of s.mention.fragments ?? [[s.start, s.end]]) out.claimSuggestion.push(range(a, b));
        }
      }
    }
    for (const style of Object.keys(this.types) as DecorationStyle[]) editor.setDecorations(this.types[style], out[style]);
    for (const [tag, type] of this.tagTypes) editor.setDecorations(type, out.byTag[tag] ?? []);
    this.rendered.set(editor, out);
    this.emitter.fire(editor);
  }

  dispose(): void {
    for (const t of this.tagTypes.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
