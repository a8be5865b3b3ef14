import type * as vscode from 'vscode';
import { LiveAnnotations } from '../../core/anchor/live';
import type { Placed } from '../../core/anchor/placed';
import type { Origin, SidecarProblem, Status } from '../../core/sidecar/model';
import type { Written } from '../../core/sidecar/write';

/** What Claimlens holds for one open article. */
export class ArticleState {
  live: LiveAnnotations;
  /** The sidecar as last read or written (edited in place to keep a person's comments). */
  file: Written | undefined;
  /** Problems of a sidecar that could not be read; while set, the file is never written. */
  problems: SidecarProblem[] | undefined;
  /** Annotations added or changed here, and removed here, that the file does not have yet. */
  readonly localChanges = new Set<string>();
  readonly localRemovals = new Set<string>();
  /**
   * SHA-256 of the article text the sidecar read last was written for, while the editor still
   * shows another text (the sidecar came from disk before the article's reload did).
   */
  awaitedSha: string | undefined;
  /** Until when a write waits for that reload (a pull changes both files, reported one by one). */
  awaitedUntil = 0;
  writeTimer: NodeJS.Timeout | undefined;
  writing: Promise<void> = Promise.resolve();
  loaded: Promise<void> = Promise.resolve();
  /** Counts the changes of the annotations (added, removed, moved by an edit). */
  revision = 0;
  /** The decided-span test of a revision (made once, asked by every view). */
  private decided: { revision: number; test: (start: number, end: number) => boolean } | undefined;

  constructor(public doc: vscode.TextDocument) {
    this.live = new LiveAnnotations(doc.getText(), []);
  }

  get uri(): vscode.Uri {
    return this.doc.uri;
  }

  get placed(): Placed[] {
    return this.live.placed;
  }

  /** Whether a span is annotated (confirmed or rejected), as the annotations are now. */
  decidedTest(): (start: number, end: number) => boolean {
    if (this.decided?.revision === this.revision) return this.decided.test;
    // spans as numbers (start * 2^21 + length) in a set: cheap for tens of thousands of annotations
    const key = (s: number, e: number): number => s * 2097152 + (e - s);
    const spans = new Set<number>();
    for (const p of this.placed) if (!p.orphaned) spans.add(key(p.start, p.end));
    const test = (start: number, end: number): boolean => spans.has(key(start, end));
    this.decided = { revision: this.revision, test };
    return test;
  }
}

export interface NewAnnotation {
  tag: string;
  start16: number;
  end16: number;
  fragments16?: Array<[number, number]>;
  attributes?: Record<string, unknown>;
  /** Default confirmed; rejected records a suggestion the analyst turned down. */
  status?: Status;
  /** Default manual; detected for an accepted or rejected suggestion. */
  origin?: Origin;
}
