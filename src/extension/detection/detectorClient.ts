import * as path from 'path';
import { Worker } from 'worker_threads';
import * as vscode from 'vscode';
import { Gazetteer, IncrementalDetector, type ActorDefinition, type Detection } from '../../core/detect';
import type { WorkerReply, WorkerRequest } from './detectWorker';
import { applyDelta, type DetectionDelta } from '../../core/detect/delta';
import { detectAround } from '../../core/detect/preview';
import { errorMessage } from '../../core/text/display';

/** A result, and when the worker sent it as a change: that change from the result before it. */
export interface Detected {
  result: Detection;
  delta?: DetectionDelta;
}

/**
 * Sends detection to a worker thread, so that analysing a long article never stalls the editor.
 * If the worker cannot start or dies, detection goes on in this thread (and says so once).
 */
export class DetectorClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  /** Requests waiting for the worker: a detection (with its document's key) or a preview (no key). */
  private readonly pending = new Map<number, { key?: string; resolve: (d: Detected) => void; reject: (e: Error) => void }>();
  /** The last result the worker sent for each document (its next reply may be a delta against it). */
  private readonly received = new Map<string, Detection>();
  private actors: ActorDefinition[] = [];
  private fallback: Map<string, IncrementalDetector> | undefined;

  constructor(extensionPath: string, private readonly log: vscode.OutputChannel) {
    try {
      this.worker = new Worker(path.join(extensionPath, 'dist', 'detectWorker.js'));
      this.worker.on('message', (m: WorkerReply) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (p.key === undefined) {
          if (m.preview) p.resolve({ result: m.preview });
          else p.reject(new Error(m.error ?? 'preview failed'));
          return;
        }
        const last = this.received.get(p.key);
        const result = m.result ?? (m.delta && last ? applyDelta(last, m.delta) : undefined);
        if (result) {
          this.received.set(p.key, result);
          p.resolve({ result, delta: m.delta });
        } else {
          this.received.delete(p.key);
          p.reject(new Error(m.error ?? 'detection failed'));
        }
      });
      this.worker.on('error', (e) => this.useFallback(`the detection worker failed: ${e.message}`));
      this.worker.on('exit', (code) => { if (this.worker) this.useFallback(`the detection worker exited (code ${code})`); });
    } catch (e) {
      this.useFallback(`the detection worker could not start: ${errorMessage(e)}`);
    }
  }

  /** Whether detection runs in a worker thread. */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  setActors(actors: ActorDefinition[]): void {
    this.actors = actors;
    this.received.clear();
    if (this.worker) this.post({ type: 'gazetteer', actors });
    else this.fallback = new Map();
  }

  /** Detects in a document's text. */
  detect(key: string, text: string): Promise<Detected> {
    if (!this.worker) {
      this.fallback ??= new Map();
      let d = this.fallback.get(key);
      if (!d) this.fallback.set(key, (d = new IncrementalDetector(new Gazetteer(this.actors))));
      // a copy, as the worker's reply is: the detector changes the objects it returned on its next run
      return Promise.resolve({ result: structuredClone(d.detect(text)) });
    }
    return this.request(key, (id) => ({ type: 'detect', id, key, text }));
  }

  /**
   * A first look at a long text in the worker: the paragraphs around `first` (the range an editor
   * shows) analysed on their own, offsets in the whole text (see `detectAround`).
   */
  async preview(text: string, first: [number, number]): Promise<Detection> {
    if (!this.worker) return detectAround(text, first[0], first[1], new Gazetteer(this.actors));
    return (await this.request(undefined, (id) => ({ type: 'preview', id, text, first }))).result;
  }

  private request(key: string | undefined, msg: (id: number) => WorkerRequest): Promise<Detected> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { key, resolve, reject });
      this.post(msg(id));
    });
  }

  forget(key: string): void {
    this.received.delete(key);
    if (this.worker) this.post({ type: 'forget', key });
    else this.fallback?.delete(key);
  }

  private post(msg: WorkerRequest): void {
    this.worker?.postMessage(msg);
  }

  private useFallback(why: string): void {
    this.log.appendLine(`${why}; detecting on the main thread instead.`);
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}
