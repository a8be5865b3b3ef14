/**
 * The agreement of two or more analysts' annotations of the same articles: per tag, exact and
 * overlap P/R/F1 (pairwise, pooled), alpha_U and character-level kappa; for claims, agreement on
 * the speaker and nominal alpha of each attribute over the claims aligned with the first set's.
 * Every set's annotations are given in code points of the same text (the first set's).
 */
import { addTables, characterTable, cohenKappa } from './kappa';
import { addCounts, counts, exactMatches, noCounts, overlapMatches, prf, type MatchCounts, type Prf } from './match';
import { nominalAlpha, type Values } from './nominal';
import { alphaU, categoryAlpha, ratersUnits, type Unit, type UnitizingStudy } from './unitizing';

export interface AgreeAnnotation {
  id: string;
  tag: string;
  start: number;
  end: number;
  fragments?: ReadonlyArray<readonly [number, number]>;
  attributes?: Readonly<Record<string, unknown>>;
  /** Canonical actor of a claim's speaker; null when it has none. */
  speaker?: string | null;
}

export interface AgreeDocument {
  /** The article's path inside every set. */
  file: string;
  /** Length of the text in code points. */
  length: number;
  /** Annotations of each set, in the order of the sets. */
  sets: ReadonlyArray<readonly AgreeAnnotation[]>;
  /** Annotations of each set that could not be placed on the first set's text (left out). */
  orphaned?: readonly number[];
}

/** The claim attributes compared with nominal alpha. */
export const CLAIM_ATTRIBUTES = ['kind', 'stance', 'reliability', 'credibility', 'class'] as const;

export interface TagFigures {
  exact: Prf;
  overlap: Prf;
  alphaU: number;
  kappa: number;
  /** Annotations of this tag in each set. */
  annotations: number[];
}

export interface NominalFigures {
  /** Aligned claims with a value from at least two sets. */
  units: number;
  /** Share of pairs of values that are the same. */
  agreement: number;
  alpha: number;
}

export interface Figures {
  alphaU: number;
  tags: Record<string, TagFigures>;
  speakers: NominalFigures & { aligned: number };
  attributes: Record<string, NominalFigures>;
}

export interface PairFigures {
  sets: [number, number];
  tags: Record<string, { exact: Prf; overlap: Prf; kappa: number }>;
}

export interface AgreementReport extends Figures {
  documents: number;
  sets: string[];
  pairs: PairFigures[];
  perDocument: Array<{ file: string; orphaned: number[] } & Figures>;
}

const pieces = (a: AgreeAnnotation): ReadonlyArray<readonly [number, number]> => (a.fragments && a.fragments.length > 1 ? a.fragments : [[a.start, a.end]]);

function pairsOf(n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

/** The tags to report: those asked for, else every tag some set uses. */
export function tagsOf(docs: readonly AgreeDocument[], wanted?: readonly string[]): string[] {
  if (wanted && wanted.length) return [...new Set(wanted)];
  const all = new Set<string>();
  for (const d of docs) for (const s of d.sets) for (const a of s) all.add(a.tag);
  return [...all].sort();
}

/** Share of equal pairs and alpha of nominal values per unit. */
function nominal(units: readonly Values[], missingAsValue: boolean): NominalFigures {
  let pairs = 0;
  let same = 0;
  let counted = 0;
  for (const u of units) {
    const present = u.filter((v) => v !== undefined && (missingAsValue || v !== null));
    if (present.length < 2) continue;
    counted++;
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        pairs++;
        if (present[i] === present[j]) same++;
      }
    }
  }
  return { units: counted, agreement: pairs ? same / pairs : NaN, alpha: nominalAlpha(units).alpha };
}

/** Figures of a group of documents (one, or all of them pooled). */
export function figures(docs: readonly AgreeDocument[], tags: readonly string[], setCount: number): Figures & { pairs: PairFigures[] } {
  const pairs = pairsOf(setCount);
  const units: Unit[] = [];
  let offset = 0;
  const exact = pairs.map(() => new Map<string, MatchCounts>());
  const overlap = pairs.map(() => new Map<string, MatchCounts>());
  const tables = pairs.map(() => new Map<string, number[][]>());
  const annotations = new Map<string, number[]>(tags.map((t) => [t, new Array<number>(setCount).fill(0)]));
  const speakerUnits: Values[] = [];
  const attributeUnits = new Map<string, Values[]>(CLAIM_ATTRIBUTES.map((a) => [a, []]));
  for (const doc of docs) {
    const byTag = tags.map((t) => doc.sets.map((s) => s.filter((a) => a.tag === t)));
    tags.forEach((tag, ti) => {
      byTag[ti].forEach((list, r) => {
        annotations.get(tag)![r] += list.length;
        for (const a of list) for (const [s, e] of pieces(a)) units.push({ rater: r, category: tag, start: offset + s, end: offset + e });
      });
      // one document's study, to join each rater's overlapping spans for the character table
      const local: UnitizingStudy = {
        raters: setCount, begin: 0, length: doc.length,
        units: byTag[ti].flatMap((list, r) => list.flatMap((a) => pieces(a).map(([s, e]) => ({ rater: r, category: tag, start: s, end: e })))),
      };
      const covered = byTag[ti].map((_, r) => ratersUnits(local, r, tag));
      pairs.forEach(([i, j], p) => {
        const a = byTag[ti][i];
        const b = byTag[ti][j];
        exact[p].set(tag, addCounts(exact[p].get(tag) ?? noCounts(), counts(exactMatches(a, b), a, b)));
        overlap[p].set(tag, addCounts(overlap[p].get(tag) ?? noCounts(), counts(overlapMatches(a, b), a, b)));
        tables[p].set(tag, addTables(tables[p].get(tag) ?? [[0, 0], [0, 0]], characterTable(covered[i], covered[j], doc.length)));
      });
    });
    // claims: aligned with the first set's claims by overlap
    if (tags.includes('claim')) {
      const claims = doc.sets.map((s) => s.filter((a) => a.tag === 'claim'));
      const aligned: Array<Array<AgreeAnnotation | undefined>> = claims[0].map((c) => [c]);
      for (let r = 1; r < setCount; r++) {
        for (const [i, j] of overlapMatches(claims[0], claims[r])) aligned[i][r] = claims[r][j];
      }
      for (const row of aligned) {
        if (row.filter(Boolean).length < 2) continue;
        const cells = Array.from({ length: setCount }, (_, r) => row[r]);
        speakerUnits.push(cells.map((c) => (c ? c.speaker ?? null : undefined)));
        for (const name of CLAIM_ATTRIBUTES) {
          attributeUnits.get(name)!.push(cells.map((c) => {
            if (!c) return undefined;
            const v = c.attributes?.[name];
            return v === undefined || v === null || v === '' ? null : String(v);
          }));
        }
      }
    }
    offset += doc.length;
  }
  const study: UnitizingStudy = { raters: setCount, begin: 0, length: offset, units };
  const present = tags.filter((t) => units.some((u) => u.category === t));
  const pooled = (maps: Array<Map<string, MatchCounts>>, tag: string): MatchCounts => maps.reduce((c, m) => addCounts(c, m.get(tag) ?? noCounts()), noCounts());
  const tagFigures: Record<string, TagFigures> = {};
  for (const tag of tags) {
    const kappas = tables.map((m) => cohenKappa(m.get(tag) ?? [[0, 0], [0, 0]]));
    tagFigures[tag] = {
      exact: prf(pooled(exact, tag)),
      overlap: prf(pooled(overlap, tag)),
      alphaU: present.includes(tag) ? categoryAlpha(study, tag) : NaN,
      // more than two sets: the mean of the pairwise kappas
      kappa: kappas.reduce((s, k) => s + k, 0) / kappas.length,
      annotations: annotations.get(tag)!,
    };
  }
  // two claims without a speaker agree on that; alpha looks at the named speakers only
  const speakers = nominal(speakerUnits, true);
  const attributes: Record<string, NominalFigures> = {};
  for (const [name, list] of attributeUnits) attributes[name] = nominal(list, false);
  return {
    alphaU: alphaU(study, present),
    tags: tagFigures,
    speakers: { aligned: speakerUnits.length, ...speakers },
    attributes,
    pairs: pairs.map(([i, j], p) => ({
      sets: [i, j],
      tags: Object.fromEntries(tags.map((tag) => [tag, {
        exact: prf(exact[p].get(tag) ?? noCounts()),
        overlap: prf(overlap[p].get(tag) ?? noCounts()),
        kappa: cohenKappa(tables[p].get(tag) ?? [[0, 0], [0, 0]]),
      }])),
    })),
  };
}

/** The whole report: pooled figures, each pair of sets, and each document. */
export function agreementReport(setNames: readonly string[], docs: readonly AgreeDocument[], wantedTags?: readonly string[]): AgreementReport {
  const tags = tagsOf(docs, wantedTags);
  const all = figures(docs, tags, setNames.length);
  return {
    documents: docs.length,
    sets: [...setNames],
    alphaU: all.alphaU,
    tags: all.tags,
    speakers: all.speakers,
    attributes: all.attributes,
    pairs: all.pairs,
    perDocument: docs.map((d) => {
      const f = figures([d], tagsOf([d], wantedTags), setNames.length);
      return { file: d.file, orphaned: [...(d.orphaned ?? setNames.map(() => 0))], alphaU: f.alphaU, tags: f.tags, speakers: f.speakers, attributes: f.attributes };
    }),
  };
}
