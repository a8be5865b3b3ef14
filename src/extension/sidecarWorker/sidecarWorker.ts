import * as path from 'path';
import { Worker } from 'worker_threads';
import type * as vscode from 'vscode';
import { unpackLoad, type Loaded } from '../../core/anchor/load';
import type { SidecarReply, SidecarRequest } from './worker';

/** Sidecars shorter than this are parsed where they are needed: the trip to the worker costs more. */
export const WORKER_MIN_CHARS = 256 * 1024;

type Job = SidecarRequest extends infer R ? R extends { id: number } ? Omit<R, 'id'> : never : never;

/**
 * Hands long sidecars to a worker thread (started when first needed), for the workspace index
 * and for the articles that open. Each call resolves undefined when the worker cannot do it (not
 * started, failed, disposed): the caller does the work itself then.
 */
export class SidecarWorker implements vscode.Disposable {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, (r: SidecarReply | undefined) => void>();

  constructor(private readonly extensionPath: string) {}

  /** The workspace index's record of a sidecar. */
  async record(file: string, text: string): Promise<SidecarReply['record']> {
    return (await this.send({ kind: 'record', file, text }))?.record;
  }

  /** A sidecar parsed and its annotations placed in `article` (the text they are placed in). */
  async load(sidecar: string, article: string, previous?: string): Promise<Loaded | undefined> {
    const loaded = (await this.send({ kind: 'load', sidecar, article, previous }))?.loaded;
    return loaded && unpackLoad(loaded, sidecar);
  }

  private send(job: Job): Promise<SidecarReply | undefined> {
    const w = this.start();
    if (!w) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (r) => resolve(r && !r.error ? r : undefined));
      w.postMessage({ ...job, id } as SidecarRequest);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.extensionPath, 'dist', 'sidecarWorker.js'));
      w.on('message', (m: SidecarReply) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.(m);
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
    for (const p of this.pending.values()) p(undefined);
    this.pending.clear();
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    this.failed = true;
    void w?.terminate();
    this.settleAll();
  }
}
