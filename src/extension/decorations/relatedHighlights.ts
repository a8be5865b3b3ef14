import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import { openSuggestions } from '../../core/suggest/suggestions';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';

type Span = { start: number; end: number };

/**
 * While the cursor is in a claim, its speaker's mention and its cue are outlined; while it is on
 * an actor, the claims that actor says are. Works on annotations and suggestions alike.
 */
export class RelatedHighlights implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    border: '1px solid', borderColor: new vscode.ThemeColor('claimlens.relatedBorder'), borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly shown = new WeakMap<vscode.TextEditor, vscode.Range[]>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly config: ConfigService, private readonly store: AnnotationStore, private readonly detection: DetectionService) {
    this.disposables = [
      this.type,
      vscode.window.onDidChangeTextEditorSelection((e) => this.update(e.textEditor)),
      store.onDidChange(() => { const e = vscode.window.activeTextEditor; if (e) this.update(e); }),
      // a result of the text as it is now replaces one that typing made stale
      detection.onDidDetect((uri) => { const e = vscode.window.activeTextEditor; if (e && e.document.uri.toString() === uri.toString()) this.update(e); }),
    ];
  }

  /** The ranges outlined in an editor now. */
  rangesIn(editor: vscode.TextEditor): readonly vscode.Range[] {
    return this.shown.get(editor) ?? [];
  }

  private update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!this.config.isArticle(doc)) return;
    const at = doc.offsetAt(editor.selection.active);
    const spans = this.related(doc, at);
    const ranges = spans.map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    this.shown.set(editor, ranges);
    editor.setDecorations(this.type, ranges);
  }

  private related(doc: vscode.TextDocument, at: number): Span[] {
    const holds = (s: Span): boolean => s.start <= at && at < s.end;
    const smallest = <T extends Span>(xs: T[]): T | undefined => xs.sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    const placed = this.store.get(doc.uri).filter((p) => !p.orphaned && p.data.status !== 'rejected');
    // suggestions only from a result of the text as it is: older offsets would outline other words
    const detection = this.detection.ofVersion(doc);
    const open = this.config.value.detectionEnabled ? openSuggestions(detection, this.store.decided(doc.uri)) : [];
    const byId = new Map(placed.map((p) => [p.data.id, p]));
    const nameOf = (p: Placed): string => String(p.data.attributes?.actor ?? p.data.quote);

    const actor = smallest([...placed.filter((p) => p.data.tag === 'actor' && holds(p)), ...open.filter((s) => s.kind === 'actor' && holds(s))]);
    const claim = smallest([...placed.filter((p) => p.data.tag === 'claim' && holds(p)), ...open.filter((s) => s.kind === 'claim' && holds(s))]);
    // the innermost of the two decides (an actor inside a claim: that actor's claims)
    if (actor && (!claim || actor.end - actor.start <= claim.end - claim.start)) {
      const name = 'data' in actor ? nameOf(actor) : actor.kind === 'actor' ? actor.mention.actor : '';
      const mentions = new Set(placed.filter((p) => p.data.tag === 'actor' && nameOf(p) === name).map((p) => p.data.id));
      return [
        ...placed.filter((p) => p.data.tag === 'claim' && p.data.links?.speaker && mentions.has(p.data.links.speaker)),
        ...open.filter((s) => s.kind === 'claim' && s.mention.speaker && (s.mention.speaker.actor || s.mention.speaker.text) === name),
      ].map((s) => ({ start: s.start, end: s.end }));
    }
    if (!claim) return [];
    if ('data' in claim) {
      const speaker = claim.data.links?.speaker ? byId.get(claim.data.links.speaker) : undefined;
      const detected = detection?.claims.find((c) => c.start === claim.start && c.end === claim.end);
      const out: Span[] = [];
      if (speaker) out.push({ start: speaker.start, end: speaker.end });
      if (detected?.cue) out.push({ start: detected.cue.start, end: detected.cue.end });
      return out;
    }
    if (claim.kind !== 'claim') return [];
    return [claim.mention.speaker, claim.mention.cue].filter((s): s is NonNullable<typeof s> => !!s).map((s) => ({ start: s.start, end: s.end }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
