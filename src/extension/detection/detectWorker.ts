// Runs detection off the extension host's main thread (a worker_threads worker).
import { parentPort } from 'worker_threads';
import { Gazetteer, IncrementalDetector, type ActorDefinition } from '../../core/detect';

export type WorkerRequest =
  | { type: 'detect'; id: number; key: string; text: string }
  | { type: 'gazetteer'; actors: ActorDefinition[] }
  | { type: 'forget'; key: string };

export type WorkerReply = { id: number; result?: import('../../core/detect').Detection; error?: string; analysed?: number };

let gazetteer = new Gazetteer();
const detectors = new Map<string, IncrementalDetector>();

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'gazetteer') {
    gazetteer = new Gazetteer(msg.actors);
    detectors.clear();
  } else if (msg.type === 'forget') {
    detectors.delete(msg.key);
  } else {
    try {
      let d = detectors.get(msg.key);
      if (!d) detectors.set(msg.key, (d = new IncrementalDetector(gazetteer)));
      const result = d.detect(msg.text);
      // posting copies the result now, before the detector's next run reuses its objects
      parentPort!.postMessage({ id: msg.id, result, analysed: d.lastAnalysed } satisfies WorkerReply);
    } catch (e) {
      parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies WorkerReply);
    }
  }
});
