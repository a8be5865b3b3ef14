import * as vscode from 'vscode';
import type { ClaimMention } from '../../core/detect';
import { truncate } from '../../core/text/display';
import { tagOf, type TagDefinition, type Taxonomy } from '../../core/taxonomy/taxonomy';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';
import type { Placed } from '../../core/anchor/placed';
import type { AnnotationStore, NewAnnotation } from './annotationStore';
import { whenTrusted } from '../trust/trust';
import type { AnnotationHistory } from '../history/annotationHistory';
import { meantSuggestion } from '../../core/suggest/suggestions';

/** Edit Annotation without asking: which annotation, and what to set. */
export interface EditArgs {
  id?: string;
  attribute?: string;
  value?: string;
  note?: string;
  tag?: string;
}

const ACTOR_TYPES = ['person', 'organization', 'state', 'group', 'location', 'other'];

export interface TagSelectionArgs {
  /** Attributes to set (a hand-tagged actor's type, say). */
  attributes?: Record<string, unknown>;
  /** Tag to apply without asking. */
  tag?: string;
  /** The digit key of the tag to apply (see the taxonomy). */
  key?: string;
}

/** Tag Selection and Remove Annotation. */
export class AnnotationCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private readonly broughtAlong = new Map<string, string>();

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
    private readonly taxonomy: () => Taxonomy,
    history: AnnotationHistory,
  ) {
    this.disposables = [
      vscode.commands.registerCommand('claimlens.tagSelection', whenTrusted('Tag Selection', history.wrap('tagging', (args?: TagSelectionArgs) => this.tagSelection(args)))),
      vscode.commands.registerCommand('claimlens.removeAnnotation', whenTrusted('Remove Annotation', history.wrap('removal', (args?: { id?: string; uri?: string }) => this.removeAnnotation(args)))),
      vscode.commands.registerCommand('claimlens.revealAnnotation', (args?: { id?: string; uri?: string }) => this.reveal(args)),
      vscode.commands.registerCommand('claimlens.reattachAnnotation', whenTrusted('Re-attach Orphaned Annotation', history.wrap('re-attachment', (args?: { id?: string }) => this.reattach(args)))),
      vscode.commands.registerCommand('claimlens.editAnnotation', whenTrusted('Edit Annotation', history.wrap('edit', (args?: EditArgs) => this.edit(args)))),
      vscode.commands.registerCommand('claimlens.renameActor', whenTrusted('Rename Actor', history.wrap('rename', (args?: { from?: string; to?: string }) => this.renameActor(args)))),
      vscode.commands.registerCommand('claimlens.mergeActors', whenTrusted('Merge Actors', history.wrap('merge', (args?: { from?: string; into?: string }) => this.mergeActors(args)))),
    ];
  }

  private articleEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.config.isArticle(editor.document)) return editor;
    void vscode.window.showInformationMessage('Claimlens: open an article (a plain text, Markdown or .article file) first.');
    return undefined;
  }

  async tagSelection(args?: TagSelectionArgs): Promise<string[]> {
    const editor = this.articleEditor();
    if (!editor) return [];
    const doc = editor.document;
    const spans = editor.selections
      .map((s) => trimmed(doc, doc.offsetAt(s.start), doc.offsetAt(s.end)))
      .filter((s): s is [number, number] => s !== undefined);
    if (!spans.length) {
      void vscode.window.showInformationMessage('Claimlens: select the text to tag first.');
      return [];
    }
    const byKey = args?.key ? this.taxonomy().tags.find((t) => t.key === args.key)?.name : undefined;
    if (args?.key && !byKey) {
      void vscode.window.showInformationMessage(`Claimlens: no tag has the key ${args.key} in this workspace's taxonomy.`);
      return [];
    }
    const tag = args?.tag ?? byKey ?? (await this.pickTag());
    if (!tag) return [];
    const wanted: NewAnnotation[] = spans.map(([s, e]) => ({ tag, start16: s, end16: e, attributes: args?.attributes }));
    if (tag === 'actor') await this.typeActors(doc, wanted, !args?.tag);
    const ids = await this.annotate(doc, wanted);
    const first = doc.getText().slice(spans[0][0], spans[0][1]);
    vscode.window.setStatusBarMessage(`Claimlens: tagged ${ids.length === 1 ? `"${truncate(first)}"` : `${ids.length} spans`} as ${tag}`, 3000);
    return ids;
  }

  /**
   * A hand-tagged actor takes the type (and canonical name) of a detected actor it overlaps;
   * without one, the analyst is asked for the type when tagging interactively.
   */
  private async typeActors(doc: vscode.TextDocument, wanted: NewAnnotation[], ask: boolean): Promise<void> {
    const found = await this.detection.current(doc);
    for (const w of wanted) {
      if (w.attributes?.type) continue;
      const m = found?.actors.find((a) => a.start === w.start16 && a.end === w.end16)
        ?? found?.actors.find((a) => a.start < w.end16 && w.start16 < a.end);
      if (m) {
        w.attributes = { type: m.type, actor: m.start === w.start16 && m.end === w.end16 ? m.actor : doc.getText().slice(w.start16, w.end16), ...w.attributes };
        continue;
      }
      if (!ask) continue;
      const type = await vscode.window.showQuickPick(ACTOR_TYPES, { title: `Claimlens: What is "${truncate(doc.getText().slice(w.start16, w.end16))}"?`, placeHolder: 'The actor\'s type (Escape: none)' });
      if (type) w.attributes = { type, ...w.attributes };
    }
  }

  /**
   * Adds annotations, filling in what detection knows about the same spans: an actor's type and
   * canonical name, a claim's kind and cue, and the link to its speaker (confirming the
   * speaker's mention as an actor if needed). Returns the new ids.
   */
  async annotate(doc: vscode.TextDocument, wanted: readonly NewAnnotation[], options: { detectedSpeaker?: boolean } = {}): Promise<string[]> {
    const found = await this.detection.current(doc);
    const items: NewAnnotation[] = [];
    const links: Array<{ index: number; speaker: NonNullable<ClaimMention['speaker']> }> = [];
    for (const w of wanted) {
      const { tag, start16: s, end16: e } = w;
      const item: NewAnnotation = { ...w };
      if (tag === 'actor') {
        const a = found?.actors.find((m) => m.start === s && m.end === e);
        if (a) item.attributes = { type: a.type, actor: a.actor, ...w.attributes };
      } else if (tag === 'claim') {
        const c = found?.claims.find((m) => m.start === s && m.end === e)
          ?? found?.claims.find((m) => m.start < e && s < m.end);
        if (c) {
          item.attributes = { kind: c.kind, ...(c.cue ? { cue: c.cue.text, class: c.cue.class ?? 'speech' } : {}), ...w.attributes };
          if (c.speaker && w.status !== 'rejected' && options.detectedSpeaker !== false) links.push({ index: items.length, speaker: c.speaker });
        }
      }
      items.push(item);
    }
    const made = await this.store.add(doc, items);
    for (const { index, speaker } of links) await this.linkSpeaker(doc, made[index].id, speaker);
    return made.map((a) => a.id);
  }

  /**
   * The claim whose acceptance confirmed an actor mention as its speaker (this session): such a
   * mention goes again when that claim's speaker changes, unless something else uses it.
   */
  broughtBy(actorId: string): string | undefined {
    return this.broughtAlong.get(actorId);
  }

  /** Links a claim to the actor annotation on its speaker's mention, confirming that mention if needed. */
  private async linkSpeaker(doc: vscode.TextDocument, claimId: string, speaker: NonNullable<ClaimMention['speaker']>): Promise<void> {
    let actor = this.store.get(doc.uri).find((p) => !p.orphaned && p.data.tag === 'actor' && p.start === speaker.start && p.end === speaker.end);
    if (!actor) {
      const mention = (await this.detection.current(doc))?.actors.find((m) => m.start === speaker.start && m.end === speaker.end);
      const attributes = { type: mention?.type ?? 'person', actor: speaker.actor || speaker.text };
      // detected, as the claim it came with: the analyst did not tag it by hand
      const [made] = await this.store.add(doc, [{ tag: 'actor', start16: speaker.start, end16: speaker.end, attributes, origin: 'detected' }]);
      actor = this.store.get(doc.uri).find((p) => p.data.id === made.id);
      this.broughtAlong.set(made.id, claimId);
    }
    if (actor) await this.store.link(doc, claimId, 'speaker', actor.data.id);
  }

  /** The tag picker: tag, digit key and description; typing a tag's digit picks it at once. */
  private pickTag(): Promise<string | undefined> {
    type Item = vscode.QuickPickItem & { tag: TagDefinition };
    const tags = this.taxonomy().tags;
    const qp = vscode.window.createQuickPick<Item>();
    qp.title = 'Claimlens: Tag Selection';
    qp.placeholder = 'Type a tag\'s digit, or pick a tag';
    qp.matchOnDetail = true;
    qp.items = tags.map((t) => ({ label: t.name, description: t.key ? `key ${t.key}` : undefined, detail: t.description, tag: t }));
    return new Promise((resolve) => {
      let done = false;
      const finish = (tag: string | undefined): void => {
        if (done) return;
        done = true;
        resolve(tag);
        qp.dispose();
      };
      qp.onDidChangeValue((v) => {
        const byKey = tags.find((t) => t.key !== undefined && t.key === v.trim());
        if (byKey) finish(byKey.name);
      });
      qp.onDidAccept(() => finish(qp.selectedItems[0]?.tag.name));
      qp.onDidHide(() => finish(undefined));
      qp.show();
    });
  }

  /** Selects an annotation (by id, in the active article or the one given) and brings it into view. */
  async reveal(args?: { id?: string; uri?: string }): Promise<boolean> {
    if (!args?.id) return false;
    const editor = args.uri
      ? await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { preserveFocus: false })
      : vscode.window.activeTextEditor;
    if (!editor) return false;
    await this.store.ensure(editor.document);
    const p = this.store.get(editor.document.uri).find((x) => x.data.id === args.id && !x.orphaned);
    if (!p) return false;
    const range = new vscode.Range(editor.document.positionAt(p.start), editor.document.positionAt(p.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /**
   * Removes the annotation meant at the cursor (a confirmed one, else a rejected suggestion, whose
   * record goes so that it is offered again), or the one given by id (of any status, orphaned
   * too: a view row, a hover link), in the article given by uri or the active one.
   */
  async removeAnnotation(args?: { id?: string; uri?: string }): Promise<string | undefined> {
    const editor = args?.id && args.uri ? undefined : this.articleEditor();
    const doc = editor?.document ?? (args?.id && args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : undefined);
    if (!doc) return undefined;
    await this.store.ensure(doc);
    const target = args?.id ? this.store.get(doc.uri).find((p) => p.data.id === args.id)
      : editor && (this.annotationAt(editor) ?? this.annotationAt(editor, undefined, undefined, true));
    const removed = target && (await this.store.remove(doc, target.data.id));
    if (!removed) {
      void vscode.window.showInformationMessage(args?.id ? `Claimlens: this article has no annotation ${args.id}.` : 'Claimlens: there is no annotation at the cursor.');
      return undefined;
    }
    vscode.window.setStatusBarMessage(removed.status === 'rejected'
      ? `Claimlens: restored the suggestion "${truncate(removed.quote)}" (Ctrl+Alt+Z undoes)`
      : `Claimlens: removed ${removed.tag} "${truncate(removed.quote)}" (Ctrl+Alt+Z undoes)`, 4000);
    return removed.id;
  }

  /**
   * The annotation meant (of a tag if given), or the one with an id: the one the selection is
   * exactly on, else the innermost holding the selection. Rejected suggestions only on request.
   */
  annotationAt(editor: vscode.TextEditor, id?: string, tag?: string, rejected = false): Placed | undefined {
    const doc = editor.document;
    const all = this.store.get(doc.uri).filter((p) => !p.orphaned && (p.data.status === 'rejected') === rejected && (!tag || p.data.tag === tag));
    if (id) return all.find((p) => p.data.id === id);
    const spans = all.map((p) => ({ start: p.start, end: p.end, kind: p.data.tag, p }));
    return meantSuggestion(spans, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end))?.p;
  }

  /**
   * Edits the annotation at the cursor: its attributes (values from the taxonomy, or free text),
   * its note and its tag, one after another until Escape.
   */
  async edit(args?: EditArgs): Promise<string | undefined> {
    const editor = this.articleEditor();
    if (!editor) return undefined;
    const doc = editor.document;
    await this.store.ensure(doc);
    const target = this.annotationAt(editor, args?.id);
    if (!target) {
      void vscode.window.showInformationMessage('Claimlens: there is no annotation at the cursor.');
      return undefined;
    }
    const id = target.data.id;
    if (args && (args.attribute || args.note !== undefined || args.tag)) {
      await this.store.update(doc, id, {
        tag: args.tag, note: args.note,
        attributes: args.attribute ? { [args.attribute]: args.value } : undefined,
      });
      const what = args.attribute ? `${args.attribute} ${args.value ? `= ${args.value}` : 'removed'}` : args.tag ? `tag ${args.tag}` : 'note';
      vscode.window.setStatusBarMessage(`Claimlens: ${what} on ${target.data.tag} "${truncate(target.data.quote)}"`, 3000);
      return id;
    }
    for (;;) {
      const data = this.store.get(doc.uri).find((p) => p.data.id === id)?.data;
      if (!data) return id;
      const def = tagOf(this.taxonomy(), data.tag);
      const known = def.attributes ?? [];
      const extra = Object.keys(data.attributes ?? {}).filter((k) => !known.some((a) => a.name === k)).map((name) => ({ name }));
      type Field = vscode.QuickPickItem & { field: 'attribute' | 'note' | 'tag'; name: string; values?: Array<{ value: string; description?: string }> };
      const show = (v: unknown): string => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
      const fields: Field[] = [
        ...[...known, ...extra].map((a): Field => ({
          label: a.name, description: show(data.attributes?.[a.name]), detail: (a as { description?: string }).description,
          field: 'attribute', name: a.name, values: (a as { values?: Field['values'] }).values,
        })),
        { label: 'note', description: show(data.note), field: 'note', name: 'note' },
        { label: 'tag', description: data.tag, field: 'tag', name: 'tag' },
      ];
      const field = await vscode.window.showQuickPick(fields, { title: `Claimlens: Edit ${data.tag} "${truncate(data.quote)}"`, placeHolder: 'Field to set (Escape when done)', matchOnDetail: true });
      if (!field) return id;
      if (field.field === 'tag') {
        const tag = await this.pickTag();
        if (tag) await this.store.update(doc, id, { tag });
      } else if (field.field === 'note') {
        const note = await vscode.window.showInputBox({ title: 'Note', value: data.note ?? '', prompt: 'Free text; empty removes the note' });
        if (note !== undefined) await this.store.update(doc, id, { note });
      } else if (field.values) {
        const CLEAR = '(clear)';
        const picked = await vscode.window.showQuickPick([...field.values.map((v) => ({ label: v.value, description: v.description })), { label: CLEAR }], { title: field.name, placeHolder: `Value of ${field.name}` });
        if (picked) await this.store.update(doc, id, { attributes: { [field.name]: picked.label === CLEAR ? undefined : picked.label } });
      } else {
        const value = await vscode.window.showInputBox({ title: field.name, value: show(data.attributes?.[field.name]).replace(/^—$/, ''), prompt: 'Empty removes the attribute' });
        if (value !== undefined) await this.store.update(doc, id, { attributes: { [field.name]: value } });
      }
    }
  }

  /** The canonical actors of the article's actor annotations, most mentioned first. */
  private actorNames(doc: vscode.TextDocument): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const p of this.store.get(doc.uri)) {
      if (p.orphaned || p.data.tag !== 'actor' || p.data.status === 'rejected') continue;
      const name = String(p.data.attributes?.actor ?? p.data.quote);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  private async pickActor(doc: vscode.TextDocument, title: string, placeHolder: string, except?: string): Promise<string | undefined> {
    const items = this.actorNames(doc).filter(([n]) => n !== except).map(([label, n]) => ({ label, description: `${n} mention${n === 1 ? '' : 's'}` }));
    if (!items.length) {
      void vscode.window.showInformationMessage('Claimlens: this article has no confirmed actors yet.');
      return undefined;
    }
    return (await vscode.window.showQuickPick(items, { title, placeHolder }))?.label;
  }

  /** The canonical name of the actor at the cursor, if the cursor is on one. */
  private actorHere(editor: vscode.TextEditor): string | undefined {
    const p = this.annotationAt(editor);
    return p?.data.tag === 'actor' ? String(p.data.attributes?.actor ?? p.data.quote) : undefined;
  }

  /** Renames a canonical actor in every mention of the article. */
  renameActor(args?: { from?: string; to?: string }): Promise<number> {
    return this.reassign(args?.from, 'Claimlens: Rename Actor', 'Actor to rename', (from) => args?.to
      ?? vscode.window.showInputBox({ title: `Claimlens: Rename ${from}`, value: from, prompt: 'The canonical name shared by every mention' }));
  }

  /** Merges one actor into another: its mentions become aliases of the other's canonical name. */
  mergeActors(args?: { from?: string; into?: string }): Promise<number> {
    return this.reassign(args?.from, 'Claimlens: Merge Actors', 'Actor whose mentions are aliases of another', (from, doc) => args?.into
      ?? this.pickActor(doc, `Claimlens: Merge ${from} into…`, 'The actor they stand for', from));
  }

  /** Gives every mention of one actor (given, at the cursor, or picked) another canonical name. */
  private async reassign(given: string | undefined, title: string, placeHolder: string,
    newName: (from: string, doc: vscode.TextDocument) => string | Thenable<string | undefined>): Promise<number> {
    const editor = this.articleEditor();
    if (!editor) return 0;
    const doc = editor.document;
    await this.store.ensure(doc);
    const from = given ?? this.actorHere(editor) ?? (await this.pickActor(doc, title, placeHolder));
    if (!from) return 0;
    const to = (await newName(from, doc))?.trim();
    if (!to || to === from) return 0;
    const n = await this.store.renameActor(doc, from, to);
    vscode.window.setStatusBarMessage(`Claimlens: ${n} mention${n === 1 ? '' : 's'} of "${truncate(from)}" now named "${truncate(to)}"`, 4000);
    return n;
  }

  /** Re-attaches an orphaned annotation (picked, or given by id) to the selection. */
  async reattach(args?: { id?: string }): Promise<string | undefined> {
    const editor = this.articleEditor();
    if (!editor) return undefined;
    const doc = editor.document;
    const orphans = this.store.get(doc.uri).filter((p) => p.orphaned);
    if (!orphans.length) {
      void vscode.window.showInformationMessage('Claimlens: this article has no orphaned annotations.');
      return undefined;
    }
    const span = trimmed(doc, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    if (!span) {
      void vscode.window.showInformationMessage('Claimlens: select the text the orphaned annotation belongs to, then run this again.');
      return undefined;
    }
    let id = args?.id;
    if (!id) {
      const picked = await vscode.window.showQuickPick(orphans.map((p) => ({
        label: `"${truncate(p.data.quote)}"`, description: `${p.data.tag} ${p.data.id}`, detail: p.data.note, id: p.data.id,
      })), { title: 'Claimlens: Re-attach Orphaned Annotation', placeHolder: `Which annotation belongs to "${truncate(doc.getText().slice(...span))}"?` });
      id = picked?.id;
    }
    if (!id) return undefined;
    if (!(await this.store.reattach(doc, id, span[0], span[1]))) {
      void vscode.window.showWarningMessage(`Claimlens: ${id} is not an orphaned annotation of this article.`);
      return undefined;
    }
    vscode.window.setStatusBarMessage(`Claimlens: re-attached ${id} to "${truncate(doc.getText().slice(...span))}"`, 3000);
    return id;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A selection without its surrounding white space; undefined when nothing is left. */
function trimmed(doc: vscode.TextDocument, s: number, e: number): [number, number] | undefined {
  const text = doc.getText();
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? [s, e] : undefined;
}
