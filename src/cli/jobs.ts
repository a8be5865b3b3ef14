// --jobs N: work spread over worker threads, results handed back in input order, so that the
// output is the same as with one job. The command line stays synchronous: the main thread waits
// on a shared counter (Atomics.wait) and takes results off the workers' ports as they arrive.
import { availableParallelism } from 'os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'worker_threads';

/** What a worker does with one item; registered by name (see worker.ts). */
export type TaskName = 'detect' | 'load' | 'record';

/** Batches in flight per worker: enough to keep it busy, few enough to bound what waits in order. */
const WINDOW = 4;
/** Most items in one message (small items go in batches: a message costs more than a small sidecar). */
const BATCH = 32;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Parses a --jobs value: a whole number from 1 (undefined: the number of cores). */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return defaultJobs();
  return /^[1-9]\d*$/.test(value) ? Math.min(Number(value), 256) : undefined;
}

interface Reply<R> { i: number; results?: R[]; error?: string }

/**
 * Maps `items` through a task, calling `onResult` in input order. With one job (or one item)
 * `local` runs here; otherwise up to `jobs` workers run the script (the command line's own
 * file), which answers with the task of that name (given `options`).
 */
export function mapOrdered<I, R>(opt: { jobs: number; script: string; task: TaskName; options: unknown },
  items: readonly I[], local: (item: I) => R, onResult: (result: R, index: number) => void): void {
  const jobs = Math.min(opt.jobs, items.length);
  if (jobs <= 1) {
    items.forEach((item, i) => onResult(local(item), i));
    return;
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workers: Array<{ worker: Worker; replies: MessagePort; busy: number }> = [];
  for (let k = 0; k < jobs; k++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(opt.script, { workerData: { claimlensTask: opt.task, options: opt.options, replies: port2, signal: signal.buffer }, transferList: [port2] });
    worker.unref();
    workers.push({ worker, replies: port1, busy: 0 });
  }
  const waiting = new Map<number, R>();
  // batches small enough that every worker gets several, so that none waits long for the others
  const batch = Math.max(1, Math.min(BATCH, Math.floor(items.length / (jobs * WINDOW * 2))));
  let next = 0; // next item to hand out
  let emit = 0; // next result to pass on
  let seen = 0;
  const feed = (): void => {
    for (const w of workers) {
      while (w.busy < WINDOW && next < items.length) {
        w.worker.postMessage({ i: next, items: items.slice(next, next + batch) });
        next += batch;
        w.busy++;
      }
    }
  };
  try {
    feed();
    while (emit < items.length) {
      if (Atomics.wait(signal, 0, seen, 60000) === 'timed-out' && Atomics.load(signal, 0) === seen) throw new Error(`a ${opt.task} worker did not answer within a minute`);
      seen = Atomics.load(signal, 0);
      for (const w of workers) {
        for (let m = receiveMessageOnPort(w.replies); m; m = receiveMessageOnPort(w.replies)) {
          const reply = m.message as Reply<R>;
          w.busy--;
          if (reply.error !== undefined) throw new Error(reply.error);
          reply.results!.forEach((r, k) => waiting.set(reply.i + k, r));
        }
      }
      while (waiting.has(emit)) {
        const r = waiting.get(emit) as R;
        waiting.delete(emit);
        onResult(r, emit++);
      }
      feed();
    }
  } finally {
    for (const w of workers) {
      w.replies.close();
      void w.worker.terminate();
    }
  }
}
