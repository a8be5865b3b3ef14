// Runs detection off the extension host's main thread (a worker_threads worker).
import { parentPort } from 'worker_threads';
import { Gazetteer, IncrementalDetector, type ActorDefinition, type Detection } from '../../core/detect';
import { detectAround } from '../../core/detect/preview';
import { diffDetection, snapshotDetection, type DetectionDelta, type DetectionSnapshot } from '../../core/detect/delta';

export type WorkerRequest =
  | { type: 'detect'; id: number; key: string; text: string }
  /** A first look at a long text: the paragraphs around `first` (the range the editor shows) on their own. */
  | { type: 'preview'; id: number; text: string; first: [number, number] }
  | { type: 'gazetteer'; actors: ActorDefinition[] }
  | { type: 'forget'; key: string };

/**
 * A whole result (the first for a document, or after the gazetteer changed), or a delta against
 * the last result sent for the same document (after an edit: only what changed crosses over).
 */
export type WorkerReply = { id: number; result?: Detection; delta?: DetectionDelta; error?: string; analysed?: number; preview?: Detection };

let gazetteer = new Gazetteer();
const detectors = new Map<string, IncrementalDetector>();
/** What was sent last for each document, with its text's length (deltas are made against it). */
const sent = new Map<string, { snapshot: DetectionSnapshot; length: number }>();

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'gazetteer') {
    gazetteer = new Gazetteer(msg.actors);
    detectors.clear();
    sent.clear();
  } else if (msg.type === 'forget') {
    detectors.delete(msg.key);
    sent.delete(msg.key);
  } else if (msg.type === 'preview') {
    try {
      parentPort!.postMessage({ id: msg.id, preview: detectAround(msg.text, msg.first[0], msg.first[1], gazetteer) } satisfies WorkerReply);
    } catch (e) {
      parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies WorkerReply);
    }
  } else {
    try {
      let d = detectors.get(msg.key);
      if (!d) detectors.set(msg.key, (d = new IncrementalDetector(gazetteer)));
      // posting copies the result, which the detector goes on changing in place after this
      const result = d.detect(msg.text);
      const last = sent.get(msg.key);
      let reply: WorkerReply;
      if (last) {
        const { delta, snapshot } = diffDetection(last.snapshot, result, msg.text.length - last.length);
        sent.set(msg.key, { snapshot, length: msg.text.length });
        reply = { id: msg.id, delta, analysed: d.lastAnalysed };
      } else {
        sent.set(msg.key, { snapshot: snapshotDetection(result), length: msg.text.length });
        reply = { id: msg.id, result, analysed: d.lastAnalysed };
      }
      parentPort!.postMessage(reply);
    } catch (e) {
      sent.delete(msg.key); // the next reply is a whole result again
      parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies WorkerReply);
    }
  }
});
