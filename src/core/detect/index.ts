import { detectActors } from './actors';
import { detectClaims } from './claims';
import { Gazetteer } from './gazetteer';
import { tokenize } from './tokens';
import type { Detection } from './types';

export type { ActorMention, ActorType, ClaimMention, ClaimKind, Detection, Span } from './types';
export { Gazetteer } from './gazetteer';
export type { ActorDefinition } from './gazetteer';

export interface DetectOptions {
  gazetteer?: Gazetteer;
}

/** Detects actors and claims in a text. Offsets are UTF-16 code units into `text`. */
export function detect(text: string, options: DetectOptions = {}): Detection {
  const tokens = tokenize(text);
  const actors = detectActors(text, tokens, options.gazetteer);
  const claims = detectClaims(text, tokens, actors);
  return { actors, claims };
}
