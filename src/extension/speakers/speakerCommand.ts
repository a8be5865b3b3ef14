import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import { meantSuggestion, openSuggestions, type Suggestion } from '../../core/suggest/suggestions';
import { truncate } from '../../core/text/display';
import type { AnnotationCommands } from '../annotations/annotationCommands';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';
import type { AnnotationHistory } from '../history/annotationHistory';
import { whenTrusted } from '../trust/trust';

export interface SetSpeakerArgs {
  /** A confirmed actor annotation to link. */
  actorId?: string;
  /** A suggested actor (its UTF-16 span) to accept and link. */
  actor?: { start: number; end: number };
}

/** A speaker the picker offers: a confirmed actor annotation or an open actor suggestion. */
interface Candidate {
  name: string;
  start: number;
  end: number;
  placed?: Placed;
}

/**
 * Set Speaker of Claim: on a claim annotation or a suggested claim (which is accepted with the
 * chosen speaker, not the detected one). The picker lists confirmed and suggested actors, the
 * nearest before the claim first. A speaker mention that only the old link had brought along
 * (confirmed together with the claim in this session, linked from nothing else, without a note)
 * goes when the speaker changes.
 */
export class SpeakerCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
    private readonly annotations: AnnotationCommands,
    history: AnnotationHistory,
  ) {
    this.registration = vscode.commands.registerCommand('claimlens.setSpeaker',
      whenTrusted('Set Speaker', history.wrap('speaker change', (args?: SetSpeakerArgs) => this.setSpeaker(args))));
  }

  async setSpeaker(args: SetSpeakerArgs = {}): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.config.isArticle(editor.document)) {
      void vscode.window.showInformationMessage('Claimlens: open an article and put the cursor in a claim first.');
      return undefined;
    }
    const doc = editor.document;
    await this.store.ensure(doc);
    const detection = await this.detection.current(doc);
    const open = this.config.value.detectionEnabled ? openSuggestions(detection, this.store.decided(doc.uri)) : [];
    const claimAnnotation = this.annotations.annotationAt(editor, undefined, 'claim');
    const sel = [doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end)] as const;
    const claimSuggestion = claimAnnotation ? undefined
      : meantSuggestion(open.filter((s): s is Extract<Suggestion, { kind: 'claim' }> => s.kind === 'claim'), sel[0], sel[1]);
    const claim = claimAnnotation ?? claimSuggestion;
    if (!claim) {
      void vscode.window.showInformationMessage('Claimlens: put the cursor in a claim (an annotation or a suggestion) to set its speaker.');
      return undefined;
    }
    const claimText = doc.getText().slice(claim.start, claim.end);
    const candidate = args.actorId || args.actor ? this.given(doc, args, open) : await this.pick(doc, claim, open, claimAnnotation?.data.links?.speaker, claimText);
    if (!candidate) return undefined;

    const actorId = candidate.placed?.data.id
      ?? (await this.annotations.annotate(doc, [{ tag: 'actor', start16: candidate.start, end16: candidate.end, origin: 'detected' }]))[0];
    const claimId = claimAnnotation?.data.id
      ?? (await this.annotations.annotate(doc, [{
        tag: 'claim', start16: claim.start, end16: claim.end, origin: 'detected',
        fragments16: claimSuggestion?.mention.fragments,
      }], { detectedSpeaker: false }))[0];
    const old = claimAnnotation?.data.links?.speaker;
    await this.store.link(doc, claimId, 'speaker', actorId);
    if (old && old !== actorId) await this.dropBroughtAlong(doc, old, claimId);
    vscode.window.setStatusBarMessage(`Claimlens: "${truncate(claimText)}" is now said by ${candidate.name}${claimSuggestion ? ' (claim accepted)' : ''}`, 4000);
    return actorId;
  }

  private given(doc: vscode.TextDocument, args: SetSpeakerArgs, open: readonly Suggestion[]): Candidate | undefined {
    if (args.actorId) {
      const p = this.store.get(doc.uri).find((x) => x.data.id === args.actorId && !x.orphaned);
      return p ? { name: String(p.data.attributes?.actor ?? p.data.quote), start: p.start, end: p.end, placed: p } : undefined;
    }
    const s = open.find((x) => x.kind === 'actor' && x.start === args.actor!.start && x.end === args.actor!.end);
    return s && s.kind === 'actor' ? { name: s.mention.actor, start: s.start, end: s.end } : undefined;
  }

  private async pick(doc: vscode.TextDocument, claim: { start: number }, open: readonly Suggestion[], current: string | undefined, claimText: string): Promise<Candidate | undefined> {
    const confirmed = this.store.get(doc.uri).filter((p) => !p.orphaned && p.data.tag === 'actor' && p.data.status !== 'rejected');
    const taken = new Set(confirmed.map((p) => `${p.start}:${p.end}`));
    const candidates: Candidate[] = [
      ...confirmed.map((p) => ({ name: String(p.data.attributes?.actor ?? p.data.quote), start: p.start, end: p.end, placed: p })),
      ...open.filter((s) => s.kind === 'actor' && !taken.has(`${s.start}:${s.end}`))
        .map((s) => ({ name: s.kind === 'actor' ? s.mention.actor : '', start: s.start, end: s.end })),
    ].sort((a, b) => rank(a.start, claim.start) - rank(b.start, claim.start));
    if (!candidates.length) {
      void vscode.window.showInformationMessage('Claimlens: this article has no actors yet: tag the speaker as an actor first (Ctrl+Alt+1).');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(candidates.map((c) => ({
      label: c.name,
      description: `${c.placed ? '' : 'suggested · '}"${truncate(doc.getText().slice(c.start, c.end))}", line ${doc.positionAt(c.start).line + 1}${c.placed && c.placed.data.id === current ? ' (current speaker)' : ''}`,
      candidate: c,
    })), { title: 'Claimlens: Set Speaker', placeHolder: `Who says "${truncate(claimText)}"?`, matchOnDescription: true });
    return picked?.candidate;
  }

  /** Removes the old speaker's mention if it came only with this claim and nothing else uses it. */
  private async dropBroughtAlong(doc: vscode.TextDocument, oldId: string, claimId: string): Promise<void> {
    const all = this.store.get(doc.uri);
    const old = all.find((p) => p.data.id === oldId);
    const claim = all.find((p) => p.data.id === claimId);
    if (!old || !claim || old.data.note || this.annotations.broughtBy(oldId) !== claimId) return;
    if (all.some((p) => p.data.id !== claimId && Object.values(p.data.links ?? {}).includes(oldId))) return;
    await this.store.remove(doc, oldId);
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** Sort key: actors just before an offset first, then those after it. */
function rank(start: number, claimStart: number): number {
  return start <= claimStart ? claimStart - start : 1e12 + start;
}
