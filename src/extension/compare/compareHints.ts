import * as vscode from 'vscode';
import { differenceKey, type Difference, type Side } from '../../core/agree/compare';
import { truncate } from '../../core/text/display';
import type { ConfigService } from '../config';
import { choicesFor } from './compareActions';
import type { CompareController } from './compareController';

const COMMANDS = { takeTheirs: 'claimlens.takeTheirs', keepYours: 'claimlens.keepYours', takeBoth: 'claimlens.takeBoth' } as const;
const esc = (s: string): string => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
const KIND = { theirs: 'Theirs only', yours: 'Yours only', conflict: 'Conflict', agree: 'Agreeing' } as const;

function describe(s: Side | undefined): string {
  if (!s) return '—';
  const attrs = Object.entries(s.attributes ?? {}).filter(([k]) => k !== 'cue').map(([k, v]) => `${k} ${String(v)}`);
  return [s.tag, ...(s.speaker !== undefined ? [`speaker ${s.speaker ?? 'none'}`] : []), ...attrs].map(esc).join(' · ');
}

/** Hovers and quick fixes (Ctrl+.) on compared spans: take theirs, keep yours, take both. */
export class CompareHints implements vscode.HoverProvider, vscode.CodeActionProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly config: ConfigService, private readonly compare: CompareController) {
    this.disposables = [
      vscode.languages.registerHoverProvider({ scheme: '*' }, this),
      vscode.languages.registerCodeActionsProvider({ scheme: '*' }, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    ];
  }

  private at(doc: vscode.TextDocument, range: vscode.Range): Difference[] {
    if (!this.config.isArticle(doc)) return [];
    return this.compare.differencesAt(doc, doc.offsetAt(range.start), doc.offsetAt(range.end))
      .sort((a, b) => (a.end - a.start) - (b.end - b.start));
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.at(doc, new vscode.Range(position, position));
    if (!found.length) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: Object.values(COMMANDS) };
    for (const d of found) {
      const quote = doc.getText(new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.end)));
      md.appendMarkdown(`**${KIND[d.kind]}** (compared with ${esc(this.compare.comparing ?? '')}): "${esc(truncate(quote, 60))}"\n\n`);
      if (d.yours) md.appendMarkdown(`Yours: ${describe(d.yours)}\n\n`);
      if (d.theirs) md.appendMarkdown(`Theirs: ${describe(d.theirs)}\n\n`);
      if (d.kind === 'conflict') md.appendMarkdown(`Differs in: ${d.fields.map(esc).join(', ')}\n\n`);
      const args = encodeURIComponent(JSON.stringify({ uri: doc.uri.toString(), key: differenceKey(d) }));
      md.appendMarkdown(choicesFor(d).map((c) => `[${esc(c.title.split(':')[0])}](command:${COMMANDS[c.how]}?${args})`).join(' · ') + '\n\n');
    }
    const d = found[0];
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.end)));
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of this.at(doc, range)) {
      for (const c of choicesFor(d)) {
        const action = new vscode.CodeAction(c.title, vscode.CodeActionKind.QuickFix);
        action.command = { command: COMMANDS[c.how], title: c.title, arguments: [{ uri: doc.uri.toString(), key: differenceKey(d) }] };
        if (c.how === 'takeTheirs' && out.length === 0) action.isPreferred = true;
        out.push(action);
      }
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
