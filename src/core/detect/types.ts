/** Offsets in detection results are UTF-16 code units into the text given to the detector. */
export interface Span {
  start: number;
  end: number;
}

export type ActorType = 'person' | 'organization' | 'state' | 'group' | 'location' | 'other';
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'state', 'group', 'location', 'other'];

export interface ActorMention extends Span {
  text: string;
  type: ActorType;
  /** Canonical name shared by every mention of the same actor. */
  actor: string;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

/**
 * What kind of attribution a claim's cue makes: saying, believing, intending, demanding,
 * accusing, showing evidence, taking a position.
 */
export type CueClass = 'speech' | 'belief' | 'intention' | 'demand' | 'accusation' | 'evidence' | 'position';
export const CUE_CLASSES: readonly CueClass[] = ['speech', 'belief', 'intention', 'demand', 'accusation', 'evidence', 'position'];

export interface ClaimMention extends Span {
  text: string;
  kind: ClaimKind;
  /** Only for discontinuous claims (split quotes): the pieces, in order. */
  fragments?: Array<[number, number]>;
  /**
   * The cue and its class (from the cue lexicon; `speech` for a cue that is not in it, such as the
   * verb before a colon that opens a quotation); null when the claim has no cue of its own.
   */
  cue: (Span & { text: string; class: CueClass }) | null;
  speaker: Speaker | null;
}

export interface Speaker extends Span {
  text: string;
  actor: string;
  /** Internal: offset of the actor mention a pronoun or role noun was resolved to. */
  via?: number;
  /** Internal: a pronoun or role noun not resolved yet, and the kind of actor it needs. */
  refer?: 'person' | 'nonperson' | 'body';
}

export interface Detection {
  actors: ActorMention[];
  claims: ClaimMention[];
}
