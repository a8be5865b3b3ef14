import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import { truncate } from '../../core/text/display';
import { openSuggestions, suggestionAt } from '../../core/suggest/suggestions';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';

const COMMANDS = ['claimlens.acceptSuggestion', 'claimlens.rejectSuggestion', 'claimlens.editAnnotation', 'claimlens.removeAnnotation', 'claimlens.revealAnnotation', 'claimlens.setSpeaker'];

const link = (title: string, command: string, args: unknown): string => `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
const esc = (s: string): string => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

/** Hovers on annotations and suggestions: what Claimlens knows, with command links. */
export class AnnotationHovers implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
  ) {
    this.registration = vscode.languages.registerHoverProvider({ scheme: '*' }, this);
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.config.isArticle(doc)) return undefined;
    const at = doc.offsetAt(position);
    const all = this.store.get(doc.uri).filter((p) => !p.orphaned && p.data.status !== 'rejected');
    const here = all.filter((p) => p.start <= at && at < p.end).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: COMMANDS };
    let range: vscode.Range;
    if (here) {
      range = new vscode.Range(doc.positionAt(here.start), doc.positionAt(here.end));
      this.describe(md, here, all, doc);
    } else {
      const s = suggestionAt(openSuggestions(this.detection.get(doc.uri), this.store.decided(doc.uri)), at);
      if (!s || at === s.end) return undefined;
      range = new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
      if (s.kind === 'actor') {
        md.appendMarkdown(`**Suggested actor** · ${s.mention.type} · **${esc(s.mention.actor)}**\n\n`);
      } else {
        const who = s.mention.speaker ? esc(s.mention.speaker.actor || s.mention.speaker.text) : 'no speaker found';
        md.appendMarkdown(`**Suggested claim** · ${s.mention.kind}${s.mention.cue ? ` · cue *${esc(s.mention.cue.text)}*` : ''} · by **${who}**\n\n`);
      }
      md.appendMarkdown(`${link('Accept', 'claimlens.acceptSuggestion', { offset: s.start })} · ${link('Reject', 'claimlens.rejectSuggestion', { offset: s.start })}`);
    }
    return new vscode.Hover(md, range);
  }

  private describe(md: vscode.MarkdownString, p: Placed, all: readonly Placed[], doc: vscode.TextDocument): void {
    const a = p.data;
    const attrs = a.attributes ?? {};
    if (a.tag === 'actor') {
      const name = String(attrs.actor ?? a.quote);
      const mentions = all.filter((x) => x.data.tag === 'actor' && String(x.data.attributes?.actor ?? x.data.quote) === name);
      const ids = new Set(mentions.map((m) => m.data.id));
      const claims = all.filter((x) => x.data.tag === 'claim' && x.data.links?.speaker && ids.has(x.data.links.speaker));
      md.appendMarkdown(`**actor** · ${esc(String(attrs.type ?? 'unknown type'))} · **${esc(name)}**\n\n`);
      md.appendMarkdown(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} and ${claims.length} claim${claims.length === 1 ? '' : 's'} in this article\n\n`);
      for (const c of claims.slice(0, 5)) md.appendMarkdown(`- ${link(esc(truncate(c.data.quote, 80)), 'claimlens.revealAnnotation', { id: c.data.id })}\n`);
    } else if (a.tag === 'claim') {
      const speaker = a.links?.speaker ? all.find((x) => x.data.id === a.links!.speaker) : undefined;
      const who = speaker ? esc(String(speaker.data.attributes?.actor ?? speaker.data.quote)) : '*no speaker set*';
      md.appendMarkdown(`**claim** · ${esc(String(attrs.kind ?? ''))}${attrs.cue ? ` · cue *${esc(String(attrs.cue))}*` : ''} · by **${who}**`);
      if (speaker) md.appendMarkdown(` (${link('go to speaker', 'claimlens.revealAnnotation', { id: speaker.data.id })}, line ${doc.positionAt(speaker.start).line + 1})`);
      md.appendMarkdown('\n\n');
    } else {
      md.appendMarkdown(`**${esc(a.tag)}**\n\n`);
    }
    const shown = Object.entries(attrs).filter(([k]) => !['type', 'actor', 'kind', 'cue'].includes(k) || (a.tag !== 'actor' && a.tag !== 'claim'));
    for (const [k, v] of shown) md.appendMarkdown(`- ${esc(k)}: ${esc(typeof v === 'string' ? v : JSON.stringify(v))}\n`);
    if (a.note) md.appendMarkdown(`\n*${esc(a.note)}*\n`);
    md.appendMarkdown(`\n${link('Edit', 'claimlens.editAnnotation', { id: a.id })}`);
    if (a.tag === 'claim') md.appendMarkdown(` · ${link('Set speaker', 'claimlens.setSpeaker', {})}`);
    md.appendMarkdown(` · ${link('Remove', 'claimlens.removeAnnotation', { id: a.id })}`);
  }

  dispose(): void {
    this.registration.dispose();
  }
}
