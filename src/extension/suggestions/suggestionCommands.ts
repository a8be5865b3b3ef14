import * as vscode from 'vscode';
import { truncate } from '../../core/text/display';
import { nextSpan, openSuggestions, suggestionAt, type Suggestion } from '../../core/suggest/suggestions';
import type { AnnotationCommands } from '../annotations/annotationCommands';
import type { AnnotationStore, NewAnnotation } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';
import { whenTrusted } from '../trust/trust';

/**
 * Which suggestion Accept / Reject act on: the one at `offset` (default: the cursor), or exactly
 * the one with this span and kind (a view row); `uri` names its article (default: the active one).
 */
export interface DecideArgs {
  offset?: number;
  uri?: string;
  start?: number;
  end?: number;
  kind?: 'actor' | 'claim';
}

/**
 * Working through suggestions by keyboard: accept or reject the one at the cursor (also as a
 * quick fix), accept all suggestions of one actor or one kind, and jump to the next or previous
 * suggestion or annotation.
 */
export class SuggestionCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
    private readonly annotations: AnnotationCommands,
  ) {
    this.disposables = [
      vscode.commands.registerCommand('claimlens.acceptSuggestion', whenTrusted('Accept Suggestion', (args?: DecideArgs) => this.decide('confirmed', args))),
      vscode.commands.registerCommand('claimlens.rejectSuggestion', whenTrusted('Reject Suggestion', (args?: DecideArgs) => this.decide('rejected', args))),
      vscode.commands.registerCommand('claimlens.acceptAllSuggestions', whenTrusted('Accept All Suggestions', (args?: { actor?: string; kind?: 'actor' | 'claim' }) => this.acceptAll(args))),
      vscode.commands.registerCommand('claimlens.nextSuggestion', () => this.jump('suggestion', 1)),
      vscode.commands.registerCommand('claimlens.previousSuggestion', () => this.jump('suggestion', -1)),
      vscode.commands.registerCommand('claimlens.nextAnnotation', () => this.jump('annotation', 1)),
      vscode.commands.registerCommand('claimlens.previousAnnotation', () => this.jump('annotation', -1)),
      vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new SuggestionActions(this), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    ];
  }

  /** The open suggestions of a document, for its current text. */
  async suggestions(doc: vscode.TextDocument): Promise<Suggestion[]> {
    if (!this.config.isArticle(doc)) return [];
    await this.store.ensure(doc);
    return openSuggestions(await this.detection.current(doc), this.store.decided(doc.uri));
  }

  private editor(): vscode.TextEditor | undefined {
    const e = vscode.window.activeTextEditor;
    return e && this.config.isArticle(e.document) ? e : undefined;
  }

  /** Accepts (confirmed) or rejects a suggestion (see DecideArgs); returns the new annotation's id. */
  async decide(status: 'confirmed' | 'rejected', args?: DecideArgs): Promise<string | undefined> {
    const editor = args?.uri && args.uri !== vscode.window.activeTextEditor?.document.uri.toString()
      ? await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { preserveFocus: true })
      : this.editor();
    if (!editor || !this.config.isArticle(editor.document)) return undefined;
    const doc = editor.document;
    const open = await this.suggestions(doc);
    const exact = args?.start !== undefined && args.end !== undefined;
    const s = exact
      ? open.find((x) => x.start === args.start && x.end === args.end && (!args.kind || x.kind === args.kind))
      : suggestionAt(open, args?.offset ?? doc.offsetAt(editor.selection.active));
    if (!s) {
      void vscode.window.showInformationMessage(`Claimlens: there is no ${exact ? 'such open suggestion (decided already, or the text changed)' : 'suggestion at the cursor'}.`);
      return undefined;
    }
    const [id] = await this.annotations.annotate(doc, [toAnnotation(s, status)]);
    vscode.window.setStatusBarMessage(`Claimlens: ${status === 'confirmed' ? 'accepted' : 'rejected'} ${s.kind} "${truncate(doc.getText().slice(s.start, s.end))}"`, 3000);
    // from the cursor, a rejection moves on to the next suggestion; an exact one (a view row) stays put
    if (status === 'rejected' && !exact) await this.jump('suggestion', 1, s.end);
    return id;
  }

  /** Accepts every open suggestion of one actor (by canonical name) or of one kind. */
  async acceptAll(args?: { actor?: string; kind?: 'actor' | 'claim' }): Promise<number> {
    const editor = this.editor();
    if (!editor) return 0;
    const doc = editor.document;
    const open = await this.suggestions(doc);
    let pick = args;
    if (!pick?.actor && !pick?.kind) {
      const here = suggestionAt(open, doc.offsetAt(editor.selection.active));
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
    await this.annotations.annotate(doc, chosen.map((s) => toAnnotation(s, 'confirmed')));
    vscode.window.setStatusBarMessage(`Claimlens: accepted ${chosen.length} suggestion${chosen.length === 1 ? '' : 's'}`, 3000);
    return chosen.length;
  }

  /** Selects the next or previous suggestion or annotation and brings it into view. */
  async jump(what: 'suggestion' | 'annotation', direction: 1 | -1, from?: number): Promise<string | undefined> {
    const editor = this.editor();
    if (!editor) return undefined;
    const doc = editor.document;
    const spans: ReadonlyArray<{ start: number; end: number }> = what === 'suggestion'
      ? await this.suggestions(doc)
      : this.store.get(doc.uri).filter((p) => !p.orphaned && p.data.status !== 'rejected');
    const target = nextSpan(spans, from ?? doc.offsetAt(editor.selection.active), direction);
    if (!target) {
      vscode.window.setStatusBarMessage(`Claimlens: no ${what}s in this article`, 3000);
      return undefined;
    }
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return doc.getText(range);
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
    const s = suggestionAt(await this.commands.suggestions(doc), doc.offsetAt(range.start));
    if (!s) return [];
    const text = truncate(doc.getText().slice(s.start, s.end));
    const make = (title: string, command: string): vscode.CodeAction => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { title, command, arguments: [{ offset: s.start }] };
      return a;
    };
    return [make(`Claimlens: accept ${s.kind} "${text}"`, 'claimlens.acceptSuggestion'), make(`Claimlens: reject ${s.kind} "${text}"`, 'claimlens.rejectSuggestion')];
  }
}
