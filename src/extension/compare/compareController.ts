import * as vscode from 'vscode';
import { compareSides, differenceKey, type Difference, type DifferenceKind, type Side } from '../../core/agree/compare';
import { agreementReport, type AgreeAnnotation } from '../../core/agree/report';
import { placeAll, type Placed } from '../../core/anchor/placed';
import { OffsetIndex } from '../../core/text/offsets';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { AnnotationHistory } from '../history/annotationHistory';
import { whenTrusted } from '../trust/trust';
import { resolveDifference, type Resolution } from './compareActions';
import { loadTheirs, pickSource, sourceLabel, type CompareSource, type TheirSidecar } from './compareSource';

export type Compared = Record<DifferenceKind, vscode.Range[]>;
const KINDS: readonly DifferenceKind[] = ['agree', 'theirs', 'yours', 'conflict'];

interface Session {
  source: CompareSource;
  label: string;
  theirs: Map<string, Promise<TheirSidecar>>;
  /** Differences the analyst kept as they are (Keep Yours): no longer shown. */
  dismissed: Set<string>;
}

/** A document's comparison as last computed. */
export interface DocumentComparison {
  differences: Difference[];
  /** Their annotations placed on my text, by id. */
  theirs: Map<string, Placed>;
  where: string;
  problem?: string;
  alphaU: number;
  f1: number;
}

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

/** Decoration types, created once: one per kind of difference, in colours of the theme. */
function createTypes(): Record<DifferenceKind, vscode.TextEditorDecorationType> {
  const lane = vscode.OverviewRulerLane.Left;
  const make = (id: string, o: vscode.DecorationRenderOptions): vscode.TextEditorDecorationType => vscode.window.createTextEditorDecorationType({
    ...o, borderColor: color(id), overviewRulerColor: color(id), overviewRulerLane: lane, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return {
    agree: make('claimlens.compareAgreeBorder', { borderStyle: 'none none solid none', borderWidth: '1px' }),
    theirs: make('claimlens.compareTheirsBorder', { border: '2px dashed', borderRadius: '3px', after: { contentText: '⁺', color: color('claimlens.compareTheirsBorder') } }),
    yours: make('claimlens.compareYoursBorder', { border: '2px dotted', borderRadius: '3px', after: { contentText: '⁻', color: color('claimlens.compareYoursBorder') } }),
    conflict: make('claimlens.compareConflictBorder', { border: '2px solid', borderRadius: '3px', after: { contentText: '≠', color: color('claimlens.compareConflictBorder') } }),
  };
}

const sideOf = (p: Placed, byId: ReadonlyMap<string, Placed>): Side => {
  const speaker = p.data.tag === 'claim' ? (p.data.links?.speaker ? byId.get(p.data.links.speaker) : undefined) : undefined;
  return {
    id: p.data.id, tag: p.data.tag, start: p.start, end: p.end, attributes: p.data.attributes,
    ...(p.data.tag === 'claim' ? { speaker: speaker ? String(speaker.data.attributes?.actor ?? speaker.data.quote) : null } : {}),
  };
};

const usable = (list: readonly Placed[]): Placed[] => list.filter((p) => !p.orphaned && p.data.status !== 'rejected');

/**
 * Compare with Another Analyst: their annotations of the active article beside mine, as agreeing,
 * theirs only, yours only and conflicting spans, with hovers and quick fixes to take theirs, keep
 * yours or take both; the document's agreement in the status bar.
 */
export class CompareController implements vscode.Disposable {
  private session: Session | undefined;
  private readonly types = createTypes();
  private readonly item = vscode.window.createStatusBarItem('claimlens.compare', vscode.StatusBarAlignment.Left, 48);
  private readonly current = new Map<string, DocumentComparison>();
  private readonly painted = new Map<vscode.TextEditor, Compared>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextEditor>();
  readonly onDidRender = this.emitter.event;
  private readonly disposables: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly config: ConfigService, private readonly store: AnnotationStore, history: AnnotationHistory) {
    this.item.name = 'Claimlens Comparison';
    this.item.command = 'claimlens.nextDifference';
    const resolve = (how: Resolution, label: string) => whenTrusted(label, history.wrap(label.toLowerCase(), (args?: { uri?: string; key?: string }) => this.resolve(how, args)));
    this.disposables = [
      this.item, this.emitter, ...Object.values(this.types),
      vscode.commands.registerCommand('claimlens.compareAnnotations', (args?: { folder?: string; revision?: string }) => this.start(args)),
      vscode.commands.registerCommand('claimlens.stopComparing', () => this.stop()),
      vscode.commands.registerCommand('claimlens.nextDifference', () => this.go(1)),
      vscode.commands.registerCommand('claimlens.previousDifference', () => this.go(-1)),
      vscode.commands.registerCommand('claimlens.takeTheirs', resolve('takeTheirs', 'Take Theirs')),
      vscode.commands.registerCommand('claimlens.keepYours', (args?: { uri?: string; key?: string }) => this.resolve('keepYours', args)),
      vscode.commands.registerCommand('claimlens.takeBoth', resolve('takeBoth', 'Take Both')),
      store.onDidChange(() => this.schedule(0)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule(0)),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.session && e.contentChanges.length) this.schedule(150); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.session?.theirs.delete(d.uri.toString())),
    ];
    void vscode.commands.executeCommand('setContext', 'claimlens.comparing', false);
  }

  /** The comparison of a document as last computed (undefined when not comparing). */
  comparison(doc: vscode.TextDocument): DocumentComparison | undefined {
    return this.session ? this.current.get(doc.uri.toString()) : undefined;
  }

  /** Ranges painted in an editor per kind (for tests). */
  renderedIn(editor: vscode.TextEditor): Compared | undefined {
    return this.painted.get(editor);
  }

  get statusText(): string {
    return this.session ? this.item.text : '';
  }

  get comparing(): string | undefined {
    return this.session?.label;
  }

  async start(args?: { folder?: string; revision?: string }): Promise<boolean> {
    let source: CompareSource | undefined;
    if (args?.folder) source = { kind: 'folder', uri: /^[a-z][\w+.-]+:/i.test(args.folder) && !/^[a-z]:[\\/]/i.test(args.folder) ? vscode.Uri.parse(args.folder) : vscode.Uri.file(args.folder) };
    else if (args?.revision) source = { kind: 'git', rev: args.revision };
    else source = await pickSource();
    if (!source) return false;
    this.session = { source, label: sourceLabel(source), theirs: new Map(), dismissed: new Set() };
    this.current.clear();
    void vscode.commands.executeCommand('setContext', 'claimlens.comparing', true);
    await this.render();
    const editor = vscode.window.activeTextEditor;
    const c = editor && this.current.get(editor.document.uri.toString());
    if (c?.problem) void vscode.window.showWarningMessage(`Claimlens: nothing to compare this article with: ${c.problem}.`);
    else vscode.window.setStatusBarMessage(`Claimlens: comparing with ${this.session.label}`, 3000);
    return true;
  }

  stop(): void {
    this.session = undefined;
    this.current.clear();
    for (const editor of vscode.window.visibleTextEditors) for (const t of Object.values(this.types)) editor.setDecorations(t, []);
    this.painted.clear();
    this.item.hide();
    void vscode.commands.executeCommand('setContext', 'claimlens.comparing', false);
  }

  private schedule(delay: number): void {
    if (!this.session) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, delay);
  }

  /** Compares and paints every visible article; the status bar follows the active one. */
  async render(): Promise<void> {
    const session = this.session;
    if (!session) return;
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      if (!this.config.isArticle(doc)) continue;
      const c = await this.compute(session, doc);
      if (this.session !== session) return;
      this.current.set(doc.uri.toString(), c);
      const ranges = Object.fromEntries(KINDS.map((k) => [k, [] as vscode.Range[]])) as Compared;
      for (const d of c.differences) ranges[d.kind].push(new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.end)));
      for (const k of KINDS) editor.setDecorations(this.types[k], ranges[k]);
      this.painted.set(editor, ranges);
      this.emitter.fire(editor);
    }
    this.updateStatus();
  }

  private async compute(session: Session, doc: vscode.TextDocument): Promise<DocumentComparison> {
    const key = doc.uri.toString();
    let loading = session.theirs.get(key);
    if (!loading) session.theirs.set(key, (loading = loadTheirs(session.source, doc.uri)));
    await this.store.ensure(doc);
    const got = await loading;
    const text = doc.getText();
    const mine = usable(this.store.get(doc.uri));
    const theirPlaced = got.sidecar ? placeAll(text, got.sidecar) : [];
    const theirs = new Map(theirPlaced.map((p) => [p.data.id, p]));
    const myById = new Map(mine.map((p) => [p.data.id, p]));
    const differences = compareSides(mine.map((p) => sideOf(p, myById)), usable(theirPlaced).map((p) => sideOf(p, theirs)))
      .filter((d) => !session.dismissed.has(differenceKey(d)));
    // the document's agreement, in code points as the command line counts
    const ix = new OffsetIndex(text);
    const cp = (s: Side): AgreeAnnotation => ({ id: s.id, tag: s.tag, start: ix.toCodePoint(s.start), end: ix.toCodePoint(s.end), attributes: s.attributes, speaker: s.speaker });
    const report = agreementReport(['yours', 'theirs'], [{
      file: doc.uri.path, length: ix.lengthCp,
      sets: [mine.map((p) => cp(sideOf(p, myById))), usable(theirPlaced).map((p) => cp(sideOf(p, theirs)))],
    }]);
    let matched = 0;
    let total = 0;
    for (const t of Object.values(report.tags)) {
      const n = t.annotations[0] + t.annotations[1];
      if (Number.isFinite(t.overlap.f1)) matched += t.overlap.f1 * n;
      total += n;
    }
    return { differences, theirs, where: got.where, problem: got.problem, alphaU: report.alphaU, f1: total ? matched / total : NaN };
  }

  private updateStatus(): void {
    const editor = vscode.window.activeTextEditor;
    const c = editor && this.session ? this.current.get(editor.document.uri.toString()) : undefined;
    if (!c || !this.session) {
      this.item.hide();
      return;
    }
    const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '—');
    const open = c.differences.filter((d) => d.kind !== 'agree').length;
    this.item.text = c.problem ? `$(git-compare) ${this.session.label}: not annotated there` : `$(git-compare) α_U ${fmt(c.alphaU)} · F1 ${fmt(c.f1)} · ${open} difference${open === 1 ? '' : 's'}`;
    const counts = KINDS.map((k) => `${c.differences.filter((d) => d.kind === k).length} ${k === 'theirs' ? 'theirs only' : k === 'yours' ? 'yours only' : k === 'agree' ? 'agreeing' : 'conflicting'}`).join(', ');
    this.item.tooltip = c.problem ?? `Compared with ${c.where}: ${counts}. Krippendorff's alpha_U ${fmt(c.alphaU)}, overlap F1 ${fmt(c.f1)}. Click: next difference (Ctrl+Alt+]).`;
    this.item.accessibilityInformation = { label: c.problem ? `Claimlens comparison: ${c.problem}` : `Claimlens comparison with ${this.session.label}: alpha U ${fmt(c.alphaU)}, F1 ${fmt(c.f1)}, ${open} differences` };
    this.item.show();
  }

  /** The difference meant: the one named by key, else the innermost open one at the cursor. */
  private meant(doc: vscode.TextDocument, key?: string, at?: number): Difference | undefined {
    const c = this.current.get(doc.uri.toString());
    if (!c) return undefined;
    const open = c.differences.filter((d) => d.kind !== 'agree');
    if (key) return open.find((d) => differenceKey(d) === key);
    const pos = at ?? doc.offsetAt(vscode.window.activeTextEditor?.selection.active ?? new vscode.Position(0, 0));
    return open.filter((d) => d.start <= pos && pos <= d.end).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  }

  /** Open differences at a range of a document (for hovers and quick fixes). */
  differencesAt(doc: vscode.TextDocument, start: number, end: number): Difference[] {
    const c = this.current.get(doc.uri.toString());
    return (c?.differences ?? []).filter((d) => d.kind !== 'agree' && d.start <= end && start <= d.end);
  }

  async resolve(how: Resolution, args?: { uri?: string; key?: string }): Promise<string | undefined> {
    const doc = args?.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : vscode.window.activeTextEditor?.document;
    const session = this.session;
    if (!doc || !session) {
      void vscode.window.showInformationMessage('Claimlens: not comparing; run "Claimlens: Compare with Another Analyst…" first.');
      return undefined;
    }
    const d = this.meant(doc, args?.key);
    const c = this.current.get(doc.uri.toString());
    if (!d || !c) {
      vscode.window.setStatusBarMessage('Claimlens: no difference at the cursor (Ctrl+Alt+] goes to the next one)', 3000);
      return undefined;
    }
    const done = await resolveDifference(this.store, doc, d, how, c.theirs);
    if (how === 'keepYours') session.dismissed.add(differenceKey(d));
    vscode.window.setStatusBarMessage(`Claimlens: ${done ?? 'kept yours'}`, 3000);
    await this.render();
    return done ?? 'kept yours';
  }

  /** Selects the next (or previous) open difference after the selection; wraps around. */
  go(step: 1 | -1): boolean {
    const editor = vscode.window.activeTextEditor;
    const c = editor && this.current.get(editor.document.uri.toString());
    const open = c?.differences.filter((d) => d.kind !== 'agree') ?? [];
    if (!editor || !open.length) {
      vscode.window.setStatusBarMessage(this.session ? 'Claimlens: no differences in this article' : 'Claimlens: not comparing', 3000);
      return false;
    }
    const doc = editor.document;
    const s = doc.offsetAt(editor.selection.start);
    const e = doc.offsetAt(editor.selection.end);
    const after = (d: Difference): boolean => d.start > s || (d.start === s && d.end > e && !editor.selection.isEmpty) || (d.start === s && editor.selection.isEmpty);
    const before = (d: Difference): boolean => d.start < s || (d.start === s && d.end < e);
    const target = step === 1 ? (open.find(after) ?? open[0]) : ([...open].reverse().find(before) ?? open[open.length - 1]);
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const i = open.indexOf(target) + 1;
    vscode.window.setStatusBarMessage(`Claimlens: difference ${i} of ${open.length}: ${target.kind === 'theirs' ? 'theirs only' : target.kind === 'yours' ? 'yours only' : `conflict (${target.fields.join(', ')})`}`, 3000);
    return true;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
