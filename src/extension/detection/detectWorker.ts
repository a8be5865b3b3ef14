// Runs detection off the extension host's main thread (a worker_threads worker).
import { parentPort } from 'worker_threads';
import { Gazetteer, IncrementalDetector, type ActorDefinition, type Detection } from '../../core/detect';
import { detectAround } from '../../core/detect/preview';
import { diffDetection, snapshotDetection, type DetectionDelta, type DetectionSnapshot } from '../../core/detect/delta';

export type WorkerRequest =
  /** `first`: the range the editor shows, previewed first when the document is new and long. */
  | { type: 'detect'; id: number; key: string; text: string; first?: [number, number] }
  | { type: 'gazetteer'; actors: ActorDefinition[] }
  | { type: 'forget'; key: string };

/**
 * A whole result (the first for a document, or after the gazetteer changed), or a delta against
 * the last result sent for the same document (after an edit: only what changed crosses over).
 */
export type WorkerReply = { id: number; result?: Detection; delta?: DetectionDelta; error?: string; analysed?: number; preview?: Detection };

/** Texts shorter than this are analysed whole at once (a preview would gain nothing). */
const PREVIEW_FROM = 64 * 1024;

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
  } else {
    try {
      let d = detectors.get(msg.key);
      if (!d) {
        // a long article just opened: what is on screen first, then the whole text
        if (msg.first && msg.text.length >= PREVIEW_FROM) {
          parentPort!.postMessage({ id: msg.id, preview: detectAround(msg.text, msg.first[0], msg.first[1], gazetteer) } satisfies WorkerReply);
        }
        detectors.set(msg.key, (d = new IncrementalDetector(gazetteer)));
      }
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
