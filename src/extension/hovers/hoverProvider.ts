import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import { truncate } from '../../core/text/display';
import { openSuggestions, suggestionAt, type Suggestion } from '../../core/suggest/suggestions';
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

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.config.isArticle(doc)) return undefined;
    // the suggestions of the text as it is now (a hover's Accept must act on the span it shows)
    const detection = this.config.value.detectionEnabled ? await this.detection.current(doc) : undefined;
    const at = doc.offsetAt(position);
    const placed = this.store.get(doc.uri).filter((p) => !p.orphaned);
    const all = placed.filter((p) => p.data.status !== 'rejected');
    const holding = (p: { start: number; end: number }): boolean => p.start <= at && at < p.end;
    const innermost = <T extends { start: number; end: number }>(xs: T[]): T | undefined => xs.sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    const here = innermost(all.filter(holding));
    const open = detection ? openSuggestions(detection, this.store.decided(doc.uri)) : [];
    const suggestion = suggestionAt(open, at);
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: COMMANDS };
    const rejected = innermost(placed.filter((p) => p.data.status === 'rejected' && holding(p)));
    // the innermost span first (an annotation, then a suggestion, then a rejected one of the same size)
    const size = (x: { start: number; end: number } | undefined): number => (x ? x.end - x.start : Infinity);
    const open1 = suggestion && at !== suggestion.end ? suggestion : undefined;
    const smallest = Math.min(size(here), size(open1), size(rejected));
    if (smallest === Infinity) return undefined;
    let range: vscode.Range;
    let inner: { start: number; end: number };
    if (here && size(here) === smallest) {
      range = new vscode.Range(doc.positionAt(here.start), doc.positionAt(here.end));
      this.describe(md, here, all, doc);
      inner = here;
    } else if (open1 && size(open1) === smallest) {
      range = new vscode.Range(doc.positionAt(open1.start), doc.positionAt(open1.end));
      this.describeSuggestion(md, open1, doc);
      inner = open1;
    } else {
      const r = rejected!;
      range = new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
      md.appendMarkdown(`**Rejected suggestion** · ${esc(r.data.tag)} · "${esc(truncate(r.data.quote, 80))}"\n\n`);
      md.appendMarkdown(`${link('Restore', 'claimlens.removeAnnotation', { id: r.data.id })} (offer it again)`);
      inner = r;
    }
    // a span inside a claim: the claim it belongs to, too
    const holds = (o: { start: number; end: number }): boolean => o !== inner && o.start <= inner.start && inner.end <= o.end && o.end - o.start > inner.end - inner.start;
    const claim = innermost(all.filter((p) => p.data.tag === 'claim' && holds(p)));
    const claimSuggestion = claim ? undefined : innermost(open.filter((s) => s.kind === 'claim' && holds(s)));
    if (claim || claimSuggestion) {
      md.appendMarkdown('\n\n---\n\n*Inside:* ');
      if (claim) this.describe(md, claim, all, doc);
      else this.describeSuggestion(md, claimSuggestion!, doc);
    }
    return new vscode.Hover(md, range);
  }

  private describeSuggestion(md: vscode.MarkdownString, s: Suggestion, doc: vscode.TextDocument): void {
    if (s.kind === 'actor') {
      md.appendMarkdown(`**Suggested actor** · ${s.mention.type} · **${esc(s.mention.actor)}**\n\n`);
    } else {
      const who = s.mention.speaker ? esc(s.mention.speaker.actor || s.mention.speaker.text) : 'no speaker found';
      md.appendMarkdown(`**Suggested claim** · ${s.mention.kind}${s.mention.cue ? ` · cue *${esc(s.mention.cue.text)}*` : ''} · by **${who}**\n\n`);
    }
    const args = { start: s.start, end: s.end, kind: s.kind, version: doc.version, uri: doc.uri.toString() };
    md.appendMarkdown(`${link('Accept', 'claimlens.acceptSuggestion', args)} · ${link('Reject', 'claimlens.rejectSuggestion', args)}`);
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
