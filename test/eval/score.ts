/**
 * Scoring of `claimlens detect --format jsonl` output against the gold data in eval/data/.
 * Pure functions only (no files, no processes): scripts/eval.mjs reads the data, runs the command
 * line and prints; the unit tests (test/unit/eval.test.ts) call these directly.
 *
 * Gold offsets are UTF-16 indices into the document text; the command line reports code points.
 * Everything here is compared in UTF-16 units, after converting the command line's offsets.
 *
 * ner:    actor mentions. Both sides are trimmed first (trimSpan). A prediction counts once and a
 *         gold mention is found once (matchOneToOne, greedy in output order). "overlap" needs one
 *         shared character, "exact" the same bounds. ACTOR ignores types; the typed figures map
 *         person -> PER, organization and group -> ORG, state and location -> LOC.
 * claims: each predicted claim, in output order, takes the gold attribution not yet taken whose
 *         content it shares the most characters with; claim + speaker also needs the speaker
 *         spans to overlap; speaker accuracy is counted over matched claims whose gold has one.
 */

export interface Span {
  start: number;
  end: number;
}

export type GoldType = 'PER' | 'ORG' | 'LOC';
export const GOLD_TYPES: readonly GoldType[] = ['PER', 'ORG', 'LOC'];
export type MatchMode = 'overlap' | 'exact';
export const MATCH_MODES: readonly MatchMode[] = ['overlap', 'exact'];

// ---------------------------------------------------------------------------------------------
// the data and the command line's output

export interface NerDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text?: string }[];
}

export interface Attribution {
  start: number;
  end: number;
  fragments?: [number, number][] | null;
  speaker_start: number | null;
  speaker_end: number | null;
  direct: boolean;
}

export interface AttributionDoc {
  id: string;
  text: string;
  quotes: Attribution[];
}

/** One line of `detect --format jsonl` (the fields used here; offsets in code points). */
export interface Detection {
  file?: string;
  actors?: { start: number; end: number; type: string; text?: string }[];
  claims?: {
    start: number;
    end: number;
    text?: string;
    fragments?: [number, number][];
    speaker: { start: number; end: number; text?: string } | null;
  }[];
}

export type Task = 'ner' | 'claims';

/** Which task a document is for: mentions to find (ner) or attributions (claims). */
export function taskOf(doc: unknown): Task | undefined {
  if (typeof doc !== 'object' || doc === null || typeof (doc as { text?: unknown }).text !== 'string') return undefined;
  if (Array.isArray((doc as { entities?: unknown }).entities)) return 'ner';
  if (Array.isArray((doc as { quotes?: unknown }).quotes)) return 'claims';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// offsets, spans, halves

/**
 * A converter from code point offsets of `text` to UTF-16 offsets. Offsets past the end give the
 * text's length, negative ones 0.
 */
export function codePointsToUtf16(text: string): (cp: number) => number {
  // utf16At[k] is where the k-th code point starts; one extra entry for the end of the text
  const utf16At: number[] = [];
  let unit = 0;
  for (const ch of text) {
    utf16At.push(unit);
    unit += ch.length;
  }
  utf16At.push(unit);
  return (cp) => (cp <= 0 ? 0 : cp >= utf16At.length ? unit : utf16At[cp]);
}

/** Number of UTF-16 units two spans share (0 when they only touch or one is empty). */
export function sharedLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export const overlaps = (a: Span, b: Span): boolean => sharedLength(a, b) > 0;
export const sameBounds = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** Characters that never count as part of a mention at its edges. */
const EDGE = /[\s"'“”‘’()[\]{},.;:!?—–]/;
const POSSESSIVE = /['’][sS]$/;
const LEADING_THE = /^[tT][hH][eE]\s/;

/**
 * The span without what the two sides may disagree on: edge punctuation, quotation marks and
 * spaces, a trailing possessive 's, and a leading "the " (in either case). Each of the last two
 * is removed at most once per round, edges trimmed again at the start of every round, for at most
 * four rounds.
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (let round = 0; round < 4; round++) {
    while (s < e && EDGE.test(text.charAt(s))) s++;
    while (e > s && EDGE.test(text.charAt(e - 1))) e--;
    const piece = text.slice(s, e);
    if (e - s > 2 && POSSESSIVE.test(piece)) e -= 2;
    else if (LEADING_THE.test(piece)) s += 4;
    else break;
  }
  return { start: s, end: e };
}

/**
 * One-to-one greedy matching: each prediction, in order, takes the first gold item not yet taken
 * that `fits` it. Returns, for each prediction, the index of its gold item or -1.
 */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], fits: (g: G, p: P) => boolean): number[] {
  const taken = new Array<boolean>(gold.length).fill(false);
  return pred.map((p) => {
    const j = gold.findIndex((g, k) => !taken[k] && fits(g, p));
    if (j >= 0) taken[j] = true;
    return j;
  });
}

/** Non-empty spans, each set of bounds once (the first one seen is kept). */
export function distinctSpans<T extends Span>(spans: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of spans) {
    const key = `${x.start}:${x.end}`;
    if (x.end <= x.start || seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
  return out;
}

export type Half = 'dev' | 'check';

/** Documents are split by their 0-based line index: even lines are the development half. */
export const halfOf = (lineIndex: number): Half => (lineIndex % 2 === 0 ? 'dev' : 'check');

/** The items of one half, in their order. */
export function pickHalf<T>(items: readonly T[], half: Half | 'all'): T[] {
  return half === 'all' ? items.slice() : items.filter((_, i) => halfOf(i) === half);
}

// ---------------------------------------------------------------------------------------------
// figures

export interface Count {
  tp: number;
  pred: number;
  gold: number;
}

export interface Prf extends Count {
  p: number;
  r: number;
  f1: number;
}

export function prf(c: Count): Prf {
  const p = c.pred > 0 ? c.tp / c.pred : 0;
  const r = c.gold > 0 ? c.tp / c.gold : 0;
  return { ...c, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const addCount = (a: Count, b: Count): Count => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold });
const zero = (): Count => ({ tp: 0, pred: 0, gold: 0 });

/** A figure as a percentage with one decimal, as printed. */
export const pct = (x: number): string => (100 * x).toFixed(1);

// ---------------------------------------------------------------------------------------------
// ner

export type NerKey = `${MatchMode}.${'ACTOR' | GoldType}`;
export const NER_KEYS: readonly NerKey[] = MATCH_MODES.flatMap((m) => (['ACTOR', ...GOLD_TYPES] as const).map((k) => `${m}.${k}` as NerKey));

export interface Mention extends Span {
  type: GoldType | 'OTHER';
  text: string;
}

export interface NerDocScore {
  counts: Record<NerKey, Count>;
  /** ACTOR overlap errors: predictions matching no gold mention, gold mentions no prediction found. */
  falsePositives: Mention[];
  falseNegatives: Mention[];
  /** ACTOR overlap matches whose types differ (a prediction of no type, OTHER, included). */
  mistyped: Array<{ pred: Mention; gold: Mention }>;
}

const PREDICTED_TYPE: Record<string, GoldType> = {
  person: 'PER',
  organization: 'ORG',
  group: 'ORG',
  state: 'LOC',
  location: 'LOC',
};

export function scoreNerDoc(doc: NerDoc, detection: Detection): NerDocScore {
  const toUtf16 = codePointsToUtf16(doc.text);
  const mention = (start: number, end: number, type: GoldType | 'OTHER'): Mention => {
    const t = trimSpan(doc.text, start, end);
    return { ...t, type, text: doc.text.slice(t.start, t.end) };
  };
  const gold = doc.entities
    .filter((x) => (GOLD_TYPES as readonly string[]).includes(x.type))
    .map((x) => mention(x.start, x.end, x.type as GoldType));
  const pred = (detection.actors ?? []).map((a) => mention(toUtf16(a.start), toUtf16(a.end), PREDICTED_TYPE[a.type] ?? 'OTHER'));

  const counts = {} as Record<NerKey, Count>;
  let falsePositives: Mention[] = [];
  let falseNegatives: Mention[] = [];
  let mistyped: Array<{ pred: Mention; gold: Mention }> = [];
  for (const mode of MATCH_MODES) {
    const fits = mode === 'exact' ? sameBounds : overlaps;
    for (const kind of ['ACTOR', ...GOLD_TYPES] as const) {
      const g = distinctSpans(kind === 'ACTOR' ? gold : gold.filter((x) => x.type === kind));
      const p = distinctSpans(kind === 'ACTOR' ? pred : pred.filter((x) => x.type === kind));
      const match = matchOneToOne(g, p, fits);
      counts[`${mode}.${kind}`] = { tp: match.filter((j) => j >= 0).length, pred: p.length, gold: g.length };
      if (mode === 'overlap' && kind === 'ACTOR') {
        const found = new Set(match);
        falsePositives = p.filter((_, i) => match[i] < 0);
        falseNegatives = g.filter((_, j) => !found.has(j));
        mistyped = p.flatMap((x, i) => (match[i] >= 0 && g[match[i]].type !== x.type ? [{ pred: x, gold: g[match[i]] }] : []));
      }
    }
  }
  return { counts, falsePositives, falseNegatives, mistyped };
}

export type NerFigures = { docs: number } & Record<NerKey, Prf>;

export function nerFigures(scores: readonly NerDocScore[]): NerFigures {
  const out = { docs: scores.length } as NerFigures;
  for (const key of NER_KEYS) out[key] = prf(scores.reduce((acc, s) => addCount(acc, s.counts[key]), zero()));
  return out;
}

// ---------------------------------------------------------------------------------------------
// claims

interface PredictedClaim {
  pieces: Span[];
  speaker: Span | null;
}

export interface ClaimDocScore {
  /** every claim counted as matched (overlap), at least half of both sides (strict), with speaker */
  claim: Count;
  strict: Count;
  withSpeaker: Count;
  /** matched claims whose gold attribution has a speaker, and how many of those got it right */
  speakerChecked: number;
  speakerRight: number;
  direct: { gold: number; found: number };
  indirect: { gold: number; found: number };
  /** Indices into doc.quotes / detection.claims for the error listing (UTF-16 spans). */
  missed: number[];
  spurious: number[];
  wrongSpeaker: { claim: number; quote: number }[];
}

const piecesOf = (start: number, end: number, fragments: readonly (readonly [number, number])[] | null | undefined): Span[] =>
  fragments && fragments.length > 0 ? fragments.map(([s, e]) => ({ start: s, end: e })) : [{ start, end }];

const totalLength = (pieces: readonly Span[]): number => pieces.reduce((n, x) => n + (x.end - x.start), 0);

/** Characters two discontinuous spans share (sum over every pair of pieces). */
export function sharedPieces(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += sharedLength(x, y);
  return n;
}

export const goldSpeaker = (q: Attribution): Span | null =>
  q.speaker_start === null || q.speaker_start === undefined || q.speaker_end === null || q.speaker_end === undefined
    ? null
    : { start: q.speaker_start, end: q.speaker_end };

/** The gold content of an attribution as pieces (its fragments, or its whole span). */
export const goldPieces = (q: Attribution): Span[] => piecesOf(q.start, q.end, q.fragments);

/**
 * For each predicted claim (as pieces, in order), the index of the gold attribution it matches
 * or -1: the one not yet taken that shares the most characters with it (the first on a tie).
 */
export function matchClaims(gold: readonly Span[][], pred: readonly Span[][]): { quote: number; shared: number }[] {
  const taken = new Array<boolean>(gold.length).fill(false);
  return pred.map((p) => {
    let quote = -1;
    let shared = 0;
    gold.forEach((g, j) => {
      if (taken[j]) return;
      const n = sharedPieces(g, p);
      if (n > shared) {
        shared = n;
        quote = j;
      }
    });
    if (quote >= 0) taken[quote] = true;
    return { quote, shared };
  });
}

export function scoreClaimsDoc(doc: AttributionDoc, detection: Detection): ClaimDocScore {
  const toUtf16 = codePointsToUtf16(doc.text);
  const conv = (x: Span): Span => ({ start: toUtf16(x.start), end: toUtf16(x.end) });
  const pred: PredictedClaim[] = (detection.claims ?? []).map((c) => ({
    pieces: piecesOf(c.start, c.end, c.fragments).map(conv),
    speaker: c.speaker ? conv(c.speaker) : null,
  }));
  const gold = doc.quotes.map(goldPieces);
  const match = matchClaims(gold, pred.map((c) => c.pieces));

  const s: ClaimDocScore = {
    claim: { tp: 0, pred: pred.length, gold: gold.length },
    strict: { tp: 0, pred: pred.length, gold: gold.length },
    withSpeaker: { tp: 0, pred: pred.length, gold: gold.length },
    speakerChecked: 0,
    speakerRight: 0,
    direct: { gold: 0, found: 0 },
    indirect: { gold: 0, found: 0 },
    missed: [],
    spurious: [],
    wrongSpeaker: [],
  };
  const found = new Set<number>();
  match.forEach(({ quote, shared }, i) => {
    if (quote < 0) {
      s.spurious.push(i);
      return;
    }
    found.add(quote);
    s.claim.tp++;
    if (2 * shared >= totalLength(gold[quote]) && 2 * shared >= totalLength(pred[i].pieces)) s.strict.tp++;
    const want = goldSpeaker(doc.quotes[quote]);
    if (want) {
      s.speakerChecked++;
      const got = pred[i].speaker;
      if (got && overlaps(got, want)) {
        s.speakerRight++;
        s.withSpeaker.tp++;
      } else {
        s.wrongSpeaker.push({ claim: i, quote });
      }
    }
  });
  doc.quotes.forEach((q, j) => {
    const bucket = q.direct ? s.direct : s.indirect;
    bucket.gold++;
    if (found.has(j)) bucket.found++;
    else s.missed.push(j);
  });
  return s;
}

export interface ClaimFigures {
  docs: number;
  claim: Prf;
  claim_strict50: Prf;
  claim_and_speaker: Prf;
  speaker_accuracy: number;
  speaker_checked: number;
  speaker_right: number;
  recall_direct: number;
  recall_indirect: number;
  gold_direct: number;
  gold_indirect: number;
}

export function claimFigures(scores: readonly ClaimDocScore[]): ClaimFigures {
  const sum = (f: (s: ClaimDocScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const total = (f: (s: ClaimDocScore) => Count): Count => scores.reduce((acc, s) => addCount(acc, f(s)), zero());
  const checked = sum((s) => s.speakerChecked);
  const right = sum((s) => s.speakerRight);
  const goldDirect = sum((s) => s.direct.gold);
  const goldIndirect = sum((s) => s.indirect.gold);
  return {
    docs: scores.length,
    claim: prf(total((s) => s.claim)),
    claim_strict50: prf(total((s) => s.strict)),
    claim_and_speaker: prf(total((s) => s.withSpeaker)),
    speaker_accuracy: checked > 0 ? right / checked : 0,
    speaker_checked: checked,
    speaker_right: right,
    recall_direct: goldDirect > 0 ? sum((s) => s.direct.found) / goldDirect : 0,
    recall_indirect: goldIndirect > 0 ? sum((s) => s.indirect.found) / goldIndirect : 0,
    gold_direct: goldDirect,
    gold_indirect: goldIndirect,
  };
}

// ---------------------------------------------------------------------------------------------
// error listing

/** The span in its context on one line: `…before [[span]] after…` (UTF-16 offsets). */
export function inContext(text: string, span: Span, around = 40, longest = 160): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  let inner = flat(text.slice(span.start, span.end));
  if (inner.length > longest) inner = `${inner.slice(0, longest / 2)} … ${inner.slice(-longest / 2)}`;
  const from = Math.max(0, span.start - around);
  const to = Math.min(text.length, span.end + around);
  const before = (from > 0 ? '…' : '') + flat(text.slice(from, span.start));
  const after = flat(text.slice(span.end, to)) + (to < text.length ? '…' : '');
  return `${before}[[${inner}]]${after}`;
}
