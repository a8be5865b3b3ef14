export interface TagDefinition {
  name: string;
  /** Digit key for quick tagging. */
  key?: string;
  description: string;
}

export interface Taxonomy {
  tags: TagDefinition[];
}

/** The taxonomy used when the workspace defines none. */
export const DEFAULT_TAXONOMY: Taxonomy = {
  tags: [
    { name: 'actor', key: '1', description: 'A person, organisation, state or armed group' },
    { name: 'claim', key: '2', description: 'A statement attributed to an actor, quoted or reported' },
    { name: 'event', key: '3', description: 'Something that happened, as the article reports it' },
    { name: 'source', key: '4', description: 'A document, outlet or dataset the article cites' },
  ],
};
