import * as vscode from 'vscode';
import { openSuggestions } from '../../core/suggest/suggestions';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';

export type DecorationStyle = 'actor' | 'claim' | 'tag' | 'actorSuggestion' | 'claimSuggestion';

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
    claimSuggestion: make({
      borderStyle: 'none none dashed none', borderWidth: '1px', borderColor: color('claimlens.claimBorder'),
    }),
  };
}

/** Paints annotations (solid) and detected suggestions (subtle) in the visible article editors. */
export class DecorationController implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly rendered = new WeakMap<vscode.TextEditor, Record<DecorationStyle, vscode.Range[]>>();
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
  renderedIn(editor: vscode.TextEditor): Readonly<Record<DecorationStyle, vscode.Range[]>> | undefined {
    return this.rendered.get(editor);
  }

  private renderUri(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.render(e);
  }

  render(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const out: Record<DecorationStyle, vscode.Range[]> = { actor: [], claim: [], tag: [], actorSuggestion: [], claimSuggestion: [] };
    if (this.config.isArticle(doc)) {
      const range = (s: number, e: number): vscode.Range => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
      for (const p of this.store.get(doc.uri)) {
        if (p.orphaned || p.data.status === 'rejected') continue;
        const style: DecorationStyle = p.data.tag === 'actor' ? 'actor' : p.data.tag === 'claim' ? 'claim' : 'tag';
        const pieces = p.fragments ?? [[p.start, p.end]];
        for (const [s, e] of pieces) out[style].push(range(s, e));
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
    this.rendered.set(editor, out);
    this.emitter.fire(editor);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
