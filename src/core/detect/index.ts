import { IncrementalDetector } from './incremental';
import type { Gazetteer } from './gazetteer';
import type { Detection } from './types';

export type { ActorMention, ActorType, ClaimMention, ClaimKind, Detection, Span } from './types';
export { Gazetteer } from './gazetteer';
export type { ActorDefinition } from './gazetteer';
export { IncrementalDetector, paragraphs } from './incremental';

export interface DetectOptions {
  gazetteer?: Gazetteer;
}

/** Detects actors and claims in a text. Offsets are UTF-16 code units into `text`. */
export function detect(text: string, options: DetectOptions = {}): Detection {
  return new IncrementalDetector(options.gazetteer).detect(text);
}
