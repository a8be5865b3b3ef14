// The workspace index: every article's actor mentions and claims, with the canonical names of
// `.claimlens/actors.yaml` applied across all of them. Pure: fed records (or sidecar texts),
// asked for actors, claims by speaker, speaker -> about pairs and the report.
import type { ActorDefinition } from '../detect/gazetteer';
import { claimMatches, filtersClaims, isEmptyFilter, type CorpusFilter } from './filter';
import type { ArticleRecord, MentionRecord } from './records';

/** A claim with names: its speaker's canonical name and those of the actors it is about. */
export interface ResolvedClaim {
  file: string;
  id: string;
  tag: string;
  speaker: string | null;
  text: string;
  attributes: Record<string, unknown>;
  about: string[];
  start: number;
  end: number;
}

export interface ActorSummary {
  actor: string;
  type: string;
  mentions: number;
  articles: number;
  claims: number;
}

/** An actor with its mentions and the claims it speaks, per article (articles in file order). */
export interface ActorDetail extends ActorSummary {
  byArticle: Array<{ file: string; mentions: MentionRecord[]; claims: ResolvedClaim[] }>;
}

export interface Pair {
  speaker: string;
  about: string;
  claims: number;
}

/** The JSON contract of `claimlens report`. */
export interface CorpusReport {
  articles: number;
  actors: ActorSummary[];
  claims: Array<{ file: string; id: string; speaker: string | null; text: string; attributes: Record<string, unknown>; about: string[] }>;
  pairs: Pair[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Resolved {
  claims: ResolvedClaim[];
  actors: Map<string, { type: string; types: Map<string, number>; byArticle: Map<string, { mentions: MentionRecord[]; claims: ResolvedClaim[] }> }>;
}

export class CorpusIndex {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly aliases = new Map<string, ActorDefinition>();
  private resolved: Resolved | undefined;
  /** Goes up with every change. */
  version = 0;

  /** The analyst's actors: every name and alias of one stands for its canonical name. */
  setActors(defs: readonly ActorDefinition[]): void {
    this.aliases.clear();
    for (const d of defs) {
      this.aliases.set(d.name, d);
      for (const a of d.aliases ?? []) this.aliases.set(a, d);
    }
    this.changed();
  }

  set(record: ArticleRecord): void {
    this.articles.set(record.file, record);
    this.changed();
  }

  delete(file: string): boolean {
    const had = this.articles.delete(file);
    if (had) this.changed();
    return had;
  }

  clear(): void {
    this.articles.clear();
    this.changed();
  }

  get size(): number {
    return this.articles.size;
  }

  has(file: string): boolean {
    return this.articles.has(file);
  }

  record(file: string): ArticleRecord | undefined {
    return this.articles.get(file);
  }

  files(): string[] {
    return [...this.articles.keys()].sort(cmp);
  }

  /** The canonical name of a name (aliases applied). */
  canonical(name: string): string {
    return this.aliases.get(name)?.name ?? name;
  }

  private changed(): void {
    this.resolved = undefined;
    this.version++;
  }

  private resolve(): Resolved {
    if (this.resolved) return this.resolved;
    const claims: ResolvedClaim[] = [];
    const actors: Resolved['actors'] = new Map();
    for (const file of this.files()) {
      const rec = this.articles.get(file)!;
      const nameOf = new Map<string, string>();
      for (const m of rec.mentions) {
        const name = this.canonical(m.name);
        nameOf.set(m.id, name);
        let a = actors.get(name);
        if (!a) actors.set(name, (a = { type: this.aliases.get(m.name)?.type ?? '', types: new Map(), byArticle: new Map() }));
        if (m.type) a.types.set(m.type, (a.types.get(m.type) ?? 0) + 1);
        let per = a.byArticle.get(file);
        if (!per) a.byArticle.set(file, (per = { mentions: [], claims: [] }));
        per.mentions.push(m);
      }
      for (const c of rec.claims) {
        const about: string[] = [];
        for (const id of c.about) {
          const n = nameOf.get(id);
          if (n !== undefined && !about.includes(n)) about.push(n);
        }
        const speaker = c.speaker !== undefined ? nameOf.get(c.speaker) ?? null : null;
        const r: ResolvedClaim = { file, id: c.id, tag: c.tag, speaker, text: c.text, attributes: c.attributes, about, start: c.start, end: c.end };
        claims.push(r);
        if (speaker !== null) actors.get(speaker)!.byArticle.get(file)!.claims.push(r);
      }
    }
    for (const a of actors.values()) {
      if (a.type) continue;
      let best = '';
      let n = 0;
      for (const [t, k] of [...a.types].sort((x, y) => cmp(x[0], y[0]))) if (k > n) [best, n] = [t, k];
      a.type = best || 'other';
    }
    return (this.resolved = { claims, actors });
  }

  /** Claims (in file order, then by position) that pass the filter. */
  claims(filter?: CorpusFilter): ResolvedClaim[] {
    const all = this.resolve().claims;
    return isEmptyFilter(filter) ? all : all.filter((c) => claimMatches(c, filter));
  }

  /**
   * Actors, most mentioned first. Under a filter: the actors that speak or are mentioned in a
   * claim it passes (or, with a text only, whose name has the text), their claims narrowed to those.
   */
  actors(filter?: CorpusFilter): ActorDetail[] {
    const { actors } = this.resolve();
    const narrowed = !isEmptyFilter(filter);
    const involved = new Set<string>();
    if (narrowed) {
      for (const c of this.claims(filter)) {
        if (c.speaker !== null) involved.add(c.speaker);
        for (const a of c.about) involved.add(a);
      }
    }
    const out: ActorDetail[] = [];
    for (const [actor, a] of actors) {
      const named = !!filter?.text && !filtersClaims(filter) && actor.toLowerCase().includes(filter.text.toLowerCase());
      if (narrowed && !involved.has(actor) && !named) continue;
      let mentions = 0;
      let claims = 0;
      const byArticle: ActorDetail['byArticle'] = [];
      for (const [file, per] of a.byArticle) {
        const list = narrowed && !named ? per.claims.filter((c) => claimMatches(c, filter)) : per.claims;
        mentions += per.mentions.length;
        claims += list.length;
        byArticle.push({ file, mentions: per.mentions, claims: list });
      }
      out.push({ actor, type: a.type, mentions, articles: a.byArticle.size, claims, byArticle });
    }
    return out.sort((x, y) => y.mentions - x.mentions || cmp(x.actor, y.actor));
  }

  /** Claims by speaker: speaker (null: no speaker) -> claims, speakers with the most claims first. */
  bySpeaker(filter?: CorpusFilter): Array<{ speaker: string | null; claims: ResolvedClaim[] }> {
    const groups = new Map<string | null, ResolvedClaim[]>();
    for (const c of this.claims(filter)) {
      const g = groups.get(c.speaker);
      if (g) g.push(c);
      else groups.set(c.speaker, [c]);
    }
    return [...groups].map(([speaker, claims]) => ({ speaker, claims }))
      .sort((x, y) => Number(x.speaker === null) - Number(y.speaker === null) || y.claims.length - x.claims.length || cmp(x.speaker ?? '', y.speaker ?? ''));
  }

  /** Speaker -> actor a claim is about, with the claims, most claims first. */
  pairs(filter?: CorpusFilter): Array<Pair & { refs: ResolvedClaim[] }> {
    const byKey = new Map<string, Pair & { refs: ResolvedClaim[] }>();
    for (const c of this.claims(filter)) {
      if (c.speaker === null) continue;
      for (const about of c.about) {
        const key = `${c.speaker}\u0000${about}`;
        let p = byKey.get(key);
        if (!p) byKey.set(key, (p = { speaker: c.speaker, about, claims: 0, refs: [] }));
        p.claims++;
        p.refs.push(c);
      }
    }
    return [...byKey.values()].sort((x, y) => y.claims - x.claims || cmp(x.speaker, y.speaker) || cmp(x.about, y.about));
  }

  /** The values an attribute takes in the claims (for the filter's picks), most frequent first. */
  values(attribute: string): Array<{ value: string; claims: number }> {
    const n = new Map<string, number>();
    for (const c of this.resolve().claims) {
      const v = c.attributes[attribute];
      if (v !== undefined && v !== null && v !== '') n.set(String(v), (n.get(String(v)) ?? 0) + 1);
    }
    return [...n].map(([value, claims]) => ({ value, claims })).sort((x, y) => y.claims - x.claims || cmp(x.value, y.value));
  }

  /** The tags of the claims, most frequent first. */
  tags(): Array<{ value: string; claims: number }> {
    const n = new Map<string, number>();
    for (const c of this.resolve().claims) n.set(c.tag, (n.get(c.tag) ?? 0) + 1);
    return [...n].map(([value, claims]) => ({ value, claims })).sort((x, y) => y.claims - x.claims || cmp(x.value, y.value));
  }

  /** `claimlens report --format json`. */
  report(filter?: CorpusFilter): CorpusReport {
    return {
      articles: this.size,
      actors: this.actors(filter).map(({ actor, type, mentions, articles, claims }) => ({ actor, type, mentions, articles, claims })),
      claims: this.claims(filter).map(({ file, id, speaker, text, attributes, about }) => ({ file, id, speaker, text, attributes, about })),
      pairs: this.pairs(filter).map(({ speaker, about, claims }) => ({ speaker, about, claims })),
    };
  }
}
