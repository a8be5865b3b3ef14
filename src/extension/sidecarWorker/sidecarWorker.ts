import * as path from 'path';
import { Worker } from 'worker_threads';
import type * as vscode from 'vscode';
import { unpackLoad, type Loaded } from '../../core/anchor/load';
import type { SidecarReply, SidecarRequest } from './worker';

/** Sidecars shorter than this are parsed where they are needed: the trip to the worker costs more. */
export const WORKER_MIN_CHARS = 256 * 1024;

/** A request without its id (each kind of request on its own). */
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type Job = WithoutId<SidecarRequest>;

/** A job waiting for the worker; `wanted` is asked again just before it is sent. */
interface Queued { job: Job; wanted: () => boolean; resolve: (r: SidecarReply | undefined) => void }

/**
 * Hands long sidecars to a worker thread (started when first needed), for the workspace index
 * and for the articles that open. One job at a time goes to the worker, an opening article's
 * before any of the index's (which can be many, and wait): an index job queued for a file that
 * has meanwhile opened is dropped. Each call resolves undefined when the worker does not do it
 * (not started, failed, disposed, no longer wanted): the caller does the work itself then.
 */
export class SidecarWorker implements vscode.Disposable {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private busy: { id: number; resolve: (r: SidecarReply | undefined) => void } | undefined;
  private readonly loads: Queued[] = [];
  private readonly records: Queued[] = [];

  constructor(private readonly extensionPath: string) {}

  /** The workspace index's record of a sidecar; `wanted` is asked before the worker takes it up. */
  async record(file: string, text: string, wanted: () => boolean = () => true): Promise<SidecarReply['record']> {
    return (await this.enqueue(this.records, { kind: 'record', file, text }, wanted))?.record;
  }

  /** A sidecar parsed and its annotations placed in `article` (the text they are placed in). */
  async load(sidecar: string, article: string, previous?: string): Promise<Loaded | undefined> {
    const loaded = (await this.enqueue(this.loads, { kind: 'load', sidecar, article, previous }, () => true))?.loaded;
    return loaded && unpackLoad(loaded, sidecar);
  }

  private enqueue(lane: Queued[], job: Job, wanted: () => boolean): Promise<SidecarReply | undefined> {
    if (!this.start()) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      lane.push({ job, wanted, resolve });
      this.next();
    });
  }

  /** Sends the next wanted job, if the worker is free. */
  private next(): void {
    while (!this.busy && this.worker) {
      const q = this.loads.shift() ?? this.records.shift();
      if (!q) return;
      if (!q.wanted()) {
        q.resolve(undefined);
        continue;
      }
      const id = this.nextId++;
      this.busy = { id, resolve: q.resolve };
      this.worker.postMessage({ ...q.job, id } as SidecarRequest);
    }
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.extensionPath, 'dist', 'sidecarWorker.js'));
      w.on('message', (m: SidecarReply) => {
        const done = this.busy;
        if (done?.id !== m.id) return;
        this.busy = undefined;
        done.resolve(m.error ? undefined : m);
        this.next();
      });
      const fail = (): void => {
        this.failed = true;
        this.worker = undefined;
        this.settleAll();
      };
      w.on('error', fail);
      w.on('exit', () => { if (this.worker) fail(); });
      w.unref();
      this.worker = w;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private settleAll(): void {
    this.busy?.resolve(undefined);
    this.busy = undefined;
    for (const q of this.loads.splice(0).concat(this.records.splice(0))) q.resolve(undefined);
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    this.failed = true;
    void w?.terminate();
    this.settleAll();
  }
}
