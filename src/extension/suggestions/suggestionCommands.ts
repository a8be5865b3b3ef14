import * as vscode from 'vscode';
import { truncate } from '../../core/text/display';
import { compareSpans, meantSuggestion, openSuggestions, stepSuggestion, suggestionAt, type SpanKey, type Suggestion } from '../../core/suggest/suggestions';
import type { AnnotationCommands } from '../annotations/annotationCommands';
import type { AnnotationStore, NewAnnotation } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';
import { whenTrusted } from '../trust/trust';
import type { AnnotationHistory } from '../history/annotationHistory';
import type { EditLog } from '../detection/editLog';

/** Arguments that name one suggestion (from a hover, a quick fix, a view row or a script). */
export interface SuggestionArgs {
  /** The innermost suggestion at this UTF-16 offset. */
  offset?: number;
  /** Exactly this suggestion (UTF-16 span, and its kind when two share a span). */
  start?: number;
  end?: number;
  kind?: 'actor' | 'claim';
  /**
   * The document version `start` and `end` are of (a view row, a hover): typing since moves them.
   * Without it they are of the text as it is.
   */
  version?: number;
  /** The article (default: the active editor's). */
  uri?: string;
}

/**
 * Working through suggestions by keyboard: accept or reject the suggestion meant (the one
 * navigation selected, else the innermost holding the selection; also as a quick fix), accept all
 * suggestions of one actor or one kind, and go to the next or previous suggestion or annotation in
 * document order, nested ones included.
 */
export class SuggestionCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  /** The suggestion navigation last selected in an editor (tells two of one span apart). */
  private readonly navigated = new WeakMap<vscode.TextEditor, SpanKey>();

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
    private readonly annotations: AnnotationCommands,
    private readonly history: AnnotationHistory,
    private readonly edits: EditLog,
  ) {
    this.disposables = [
      vscode.commands.registerCommand('claimlens.acceptSuggestion', whenTrusted('Accept Suggestion', history.wrap('accept', (args?: SuggestionArgs) => this.decide('confirmed', args)))),
      vscode.commands.registerCommand('claimlens.rejectSuggestion', whenTrusted('Reject Suggestion', history.wrap('reject', (args?: SuggestionArgs) => this.decide('rejected', args)))),
      vscode.commands.registerCommand('claimlens.acceptAllSuggestions', whenTrusted('Accept All Suggestions', history.wrap('accept all', (args?: { actor?: string; kind?: 'actor' | 'claim' }) => this.acceptAll(args)))),
      vscode.commands.registerCommand('claimlens.revealSuggestion', (args?: SuggestionArgs) => this.reveal(args)),
      vscode.commands.registerCommand('claimlens.nextSuggestion', () => this.jump('suggestion', 1)),
      vscode.commands.registerCommand('claimlens.previousSuggestion', () => this.jump('suggestion', -1)),
      vscode.commands.registerCommand('claimlens.nextAnnotation', () => this.jump('annotation', 1)),
      vscode.commands.registerCommand('claimlens.previousAnnotation', () => this.jump('annotation', -1)),
      vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new SuggestionActions(this), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    ];
  }

  /** The open suggestions of a document, for its current text. */
  async suggestions(doc: vscode.TextDocument): Promise<readonly Suggestion[]> {
    if (!this.config.isArticle(doc) || !this.config.value.detectionEnabled) return [];
    await this.store.ensure(doc);
    return openSuggestions(await this.detection.current(doc), this.store.decided(doc.uri));
  }

  /** The suggestion an editor's selection means (see meantSuggestion). */
  meant(editor: vscode.TextEditor, list: readonly Suggestion[]): Suggestion | undefined {
    const doc = editor.document;
    const start = doc.offsetAt(editor.selection.start);
    const end = doc.offsetAt(editor.selection.end);
    const last = this.navigated.get(editor);
    return meantSuggestion(list, start, end, last && last.start === start && last.end === end ? last.kind : undefined);
  }

  private async editorFor(uri: string | undefined): Promise<vscode.TextEditor | undefined> {
    const active = vscode.window.activeTextEditor;
    const e = !uri || active?.document.uri.toString() === uri ? active
      : vscode.window.visibleTextEditors.find((x) => x.document.uri.toString() === uri)
        ?? await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: true });
    return e && this.config.isArticle(e.document) ? e : undefined;
  }

  /** Accepts (confirmed) or rejects the suggestion meant; returns the new annotation's id. */
  async decide(status: 'confirmed' | 'rejected', args: SuggestionArgs = {}): Promise<string | undefined> {
    const editor = await this.editorFor(args.uri);
    if (!editor) {
      void vscode.window.showInformationMessage('Claimlens: open an article (a plain text, Markdown or .article file) first.');
      return undefined;
    }
    const doc = editor.document;
    const list = await this.suggestions(doc);
    const s = args.start !== undefined && args.end !== undefined
      ? this.named(doc, list, args)
      : args.offset !== undefined ? suggestionAt(list, args.offset) : this.meant(editor, list);
    if (!s) {
      void vscode.window.showInformationMessage(args.start !== undefined ? 'Claimlens: that suggestion is gone: its text was changed, or it was decided.'
        : list.length ? 'Claimlens: there is no suggestion at the cursor. Alt+] goes to the next one.'
        : 'Claimlens: this article has no open suggestions.');
      return undefined;
    }
    const [id] = await this.annotations.annotate(doc, [toAnnotation(s, status)]);
    const what = `${s.kind} "${truncate(doc.getText().slice(s.start, s.end))}"`;
    // from the selection (keys, a quick fix) the pass moves on; from a view row or a hover
    // elsewhere in the article the selection stays where it is
    const fromSelection = s === this.meant(editor, list);
    const moveOn = fromSelection && (status === 'rejected' || this.config.value.acceptMovesNext);
    const next = moveOn ? await this.select(editor, stepSuggestion(await this.suggestions(doc), s, s.start, 1)) : undefined;
    vscode.window.setStatusBarMessage(`Claimlens: ${status === 'confirmed' ? 'accepted' : 'rejected'} ${what}${moveOn && !next ? '; no suggestions left' : ''}`, 3000);
    return id;
  }

  /**
   * The suggestion a span names (a view row, a hover link, a script): the one of exactly that
   * span, after moving it through the typing since the version it is of; when detection has
   * redrawn its bounds since (a word typed inside a claim), the innermost of its kind holding it.
   */
  private named(doc: vscode.TextDocument, list: readonly Suggestion[], args: SuggestionArgs): Suggestion | undefined {
    const span = args.version === undefined ? { start: args.start!, end: args.end! } : this.edits.map(doc, args.version, { start: args.start!, end: args.end! });
    if (!span) return undefined;
    const exact = list.find((x) => x.start === span.start && x.end === span.end && (!args.kind || x.kind === args.kind));
    if (exact || args.version === undefined || args.version === doc.version) return exact;
    return meantSuggestion(args.kind ? list.filter((x) => x.kind === args.kind) : list, span.start, span.end);
  }

  /** Reveal Suggestion (a view row's click): selects the suggestion named, as navigation does. */
  async reveal(args: SuggestionArgs = {}): Promise<string | undefined> {
    const shown = await this.editorFor(args.uri);
    if (!shown || args.start === undefined || args.end === undefined) return undefined;
    // the keys go on in the editor (Alt+Enter accepts what the click selected)
    const editor = await vscode.window.showTextDocument(shown.document, { viewColumn: shown.viewColumn });
    const s = this.named(editor.document, await this.suggestions(editor.document), args);
    if (!s) {
      vscode.window.setStatusBarMessage('Claimlens: that suggestion is gone: its text was changed, or it was decided', 3000);
      return undefined;
    }
    await this.select(editor, s);
    return editor.document.getText().slice(s.start, s.end);
  }

  /** Accepts every open suggestion of one actor (by canonical name) or of one kind. */
  async acceptAll(args?: { actor?: string; kind?: 'actor' | 'claim' }): Promise<number> {
    const editor = await this.editorFor(undefined);
    if (!editor) {
      void vscode.window.showInformationMessage('Claimlens: open an article (a plain text, Markdown or .article file) first.');
      return 0;
    }
    const doc = editor.document;
    const open = await this.suggestions(doc);
    let pick = args;
    if (!pick?.actor && !pick?.kind) {
      const here = this.meant(editor, open);
      const counts = new Map<string, number>();
      for (const s of open) if (s.kind === 'actor') counts.set(s.mention.actor, (counts.get(s.mention.actor) ?? 0) + 1);
      type Item = vscode.QuickPickItem & { value: { actor?: string; kind?: 'actor' | 'claim' } };
      const items: Item[] = [
        ...(here?.kind === 'actor' ? [{ label: `All mentions of ${here.mention.actor}`, description: `${counts.get(here.mention.actor)} open`, value: { actor: here.mention.actor } }] : []),
        { label: 'All actor suggestions', description: `${open.filter((s) => s.kind === 'actor').length} open`, value: { kind: 'actor' } },
        { label: 'All claim suggestions', description: `${open.filter((s) => s.kind === 'claim').length} open`, value: { kind: 'claim' } },
        ...[...counts].filter(([name]) => name !== (here?.kind === 'actor' ? here.mention.actor : undefined)).sort((a, b) => b[1] - a[1])
          .map(([name, n]): Item => ({ label: `All mentions of ${name}`, description: `${n} open`, value: { actor: name } })),
      ];
      pick = (await vscode.window.showQuickPick(items, { title: 'Claimlens: Accept All Suggestions', placeHolder: 'Which suggestions?' }))?.value;
      if (!pick) return 0;
    }
    const chosen = open.filter((s) => (pick!.actor ? s.kind === 'actor' && s.mention.actor === pick!.actor : s.kind === pick!.kind));
    if (!chosen.length) {
      vscode.window.setStatusBarMessage('Claimlens: no open suggestions of that kind', 3000);
      return 0;
    }
    await this.annotations.annotate(doc, chosen.map((s) => toAnnotation(s, 'confirmed')));
    // a bulk change deserves a way back that does not need a key
    void vscode.window.showInformationMessage(`Claimlens: accepted ${chosen.length} suggestion${chosen.length === 1 ? '' : 's'}.`, 'Undo')
      .then((b) => (b ? this.history.undo() : undefined));
    return chosen.length;
  }

  /** Selects the next or previous suggestion or annotation and brings it into view. */
  async jump(what: 'suggestion' | 'annotation', direction: 1 | -1): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.config.isArticle(editor.document)) {
      void vscode.window.showInformationMessage('Claimlens: open an article (a plain text, Markdown or .article file) first.');
      return undefined;
    }
    const doc = editor.document;
    const spans: readonly SpanKey[] = what === 'suggestion'
      ? await this.suggestions(doc)
      : this.store.get(doc.uri).filter((p) => !p.orphaned && p.data.status !== 'rejected')
        .map((p) => ({ start: p.start, end: p.end, kind: p.data.tag })).sort(compareSpans);
    const start = doc.offsetAt(editor.selection.start);
    const end = doc.offsetAt(editor.selection.end);
    // the one navigation selected (or any the selection is exactly on) is where the step starts
    const last = this.navigated.get(editor);
    const current = last && last.start === start && last.end === end ? last
      : end > start ? spans.find((s) => s.start === start && s.end === end) : undefined;
    const target = stepSuggestion(spans, current, doc.offsetAt(editor.selection.active), direction);
    if (!target) {
      vscode.window.setStatusBarMessage(`Claimlens: no ${what}s in this article`, 3000);
      return undefined;
    }
    await this.select(editor, target);
    return doc.getText(new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end)));
  }

  /** Selects exactly one span, remembers it as navigated, and brings it into view. */
  private async select(editor: vscode.TextEditor, target: SpanKey | undefined): Promise<SpanKey | undefined> {
    if (!target) return undefined;
    const doc = editor.document;
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    this.navigated.set(editor, { start: target.start, end: target.end, kind: target.kind });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return target;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function toAnnotation(s: Suggestion, status: 'confirmed' | 'rejected'): NewAnnotation {
  return {
    tag: s.kind, start16: s.start, end16: s.end, status, origin: 'detected',
    fragments16: s.kind === 'claim' ? s.mention.fragments : undefined,
  };
}


/** Accept / reject as quick fixes (Ctrl+.) on a suggestion. */
class SuggestionActions implements vscode.CodeActionProvider {
  constructor(private readonly commands: SuggestionCommands) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const list = await this.commands.suggestions(doc);
    const editor = vscode.window.activeTextEditor;
    // the range VS Code asks about is the selection (then navigation knows which one is meant) or a place
    const s = editor?.document === doc && editor.selection.isEqual(range) ? this.commands.meant(editor, list)
      : meantSuggestion(list, doc.offsetAt(range.start), doc.offsetAt(range.end));
    if (!s) return [];
    const text = truncate(doc.getText().slice(s.start, s.end));
    const make = (title: string, command: string): vscode.CodeAction => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { title, command, arguments: [{ start: s.start, end: s.end, kind: s.kind, uri: doc.uri.toString() }] };
      return a;
    };
    return [make(`Claimlens: accept ${s.kind} "${text}"`, 'claimlens.acceptSuggestion'), make(`Claimlens: reject ${s.kind} "${text}"`, 'claimlens.rejectSuggestion')];
  }
}
