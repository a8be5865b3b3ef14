/**
 * The MUST assertions of the W3C web-annotation-tests (annotations/annotationMusts.test and
 * collections/pages/pageMusts.test) for the fields Claimlens writes, as plain checks: each
 * returns what is wrong, with the assertion's name.
 */

type Json = Record<string, any>;

const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const SELECTORS = ['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'SvgSelector', 'RangeSelector'];
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** JSON Schema's `format: uri`: an absolute URI (a scheme, then no white space or non-ASCII). */
export function isUri(v: unknown): boolean {
  if (typeof v !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7e]*$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

/** A single value: the value itself or an array of exactly one. */
const single = (v: unknown, ok: (x: unknown) => boolean): boolean => (Array.isArray(v) ? v.length === 1 && ok(v[0]) : ok(v));
const includes = (v: unknown, want: string): boolean => list(v).includes(want);

/** Specific Resource: exactly one source (a URI or an External Web Resource) and a purpose, selector, state, styleClass, renderedVia or scope. */
const isSpecificResource = (o: Json): boolean => 'source' in o && single(o.source, (s) => isUri(s) || (isObject(s) && isExternalWebResource(s)))
  && ['purpose', 'selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((k) => k in o);
/** External Web Resource: an id that is a URI, and no source or target. */
const isExternalWebResource = (o: Json): boolean => single(o.id, isUri) && !('source' in o) && !('target' in o);
const isChoiceOrSet = (o: Json): boolean => Array.isArray(o.items) && (includes(o.type, 'Choice') || includes(o.type, 'Set') || includes(o.type, 'Composite') || includes(o.type, 'List') || includes(o.type, 'Independents'));
const isTextualBody = (o: Json): boolean => typeof o.value === 'string';

/** The MUSTs for one annotation; `context` is the @context it is read in (a page's, for its items). */
export function annotationMusts(a: Json, context: unknown = a['@context']): string[] {
  const bad: string[] = [];
  const must = (ok: boolean, assertion: string): void => void (ok || bad.push(assertion));
  must(includes(context, ANNO), '3.1-annotationContextValidated: @context has http://www.w3.org/ns/anno.jsonld');
  must(single(a.id, isUri), '3.1-annotationIdValidated: id is one string of format uri');
  must(includes(a.type, 'Annotation'), '3.1-annotationTypeValidated: type has Annotation');
  must('target' in a, '3.1-targetKeyFound: has a target');
  must(!('body' in a && 'bodyValue' in a), '3.2.5-notBodyBodyValue: not both body and bodyValue');
  if ('bodyValue' in a) must(single(a.bodyValue, (v) => typeof v === 'string'), '3.2.5-bodyValueValidated: bodyValue is one string');
  for (const k of ['created', 'modified', 'generated']) if (k in a) must(single(a[k], (v) => typeof v === 'string' && DATE_TIME.test(v)), `3.3.1-annotation${k[0].toUpperCase()}${k.slice(1)}Validated: ${k} is one date-time`);
  for (const k of ['rights', 'via']) if (k in a) must(list(a[k]).every(isUri), `3.3.6/3.3.7: ${k} values are URIs`);
  if ('canonical' in a) must(single(a.canonical, isUri), '3.3.7-annotationCanonicalValidated: canonical is one URI');
  if ('creator' in a) must(list(a.creator).every((c) => isUri(c) || isObject(c)), 'creatorValidIfPresent: each creator is a URI or an object');
  if ('motivation' in a) must(list(a.motivation).every((m) => MOTIVATIONS.includes(m as string)), 'motivationRecognizedIfPresent: motivation from the model');
  list(a.target).forEach((t, i) => {
    const where = `target ${i}`;
    // oneOf: exactly one kind of target resource
    const kinds = isObject(t) ? [isChoiceOrSet(t), isSpecificResource(t), isExternalWebResource(t)].filter(Boolean).length : isUri(t) ? 1 : 0;
    must(kinds === 1, `3.2-targetObjectsRecognized: ${where} is one of a URI, External Web Resource, Choice/Set or Specific Resource`);
    if (!isObject(t)) return;
    must(!includes(t.type, 'TextualBody'), `3.2.4-targNoTypeTextualBody: ${where} is not typed TextualBody`);
    if (isSpecificResource(t)) must(!('items' in t) && !('value' in t), `3.2.7/4: ${where}, a Specific Resource, has no items or value`);
    if (isExternalWebResource(t)) must(!('items' in t), `3.2.7-targEWRNoItems: ${where} has no items`);
    bad.push(...resourceMusts(t, where));
  });
  list(a.body).forEach((b, i) => {
    const where = `body ${i}`;
    const ok = isUri(b) || (isObject(b) && (isChoiceOrSet(b) || isSpecificResource(b) || isExternalWebResource(b) || isTextualBody(b)));
    must(ok, `3.2-bodyObjectsRecognized: ${where} is one of a URI, External Web Resource, Textual Body, Choice/Set or Specific Resource`);
    if (!isObject(b)) return;
    if (isTextualBody(b)) must(!('items' in b) && !('source' in b), `3.2.7/4-bodyEmbeddedTextual: ${where}, a Textual Body, has no items or source`);
    if (isSpecificResource(b)) must(!('items' in b) && !('value' in b), `3.2.7/4-bodySpecificResource: ${where}, a Specific Resource, has no items or value`);
    if (isExternalWebResource(b)) must(!('purpose' in b) && !('items' in b), `3.3.5-bodyEWRNoPurpose: ${where}, an External Web Resource, has no purpose or items`);
    if (isChoiceOrSet(b)) must(!('value' in b) && !('source' in b) && !('purpose' in b), `3.2.4/4/3.3.5: ${where}, a Choice or Set, has no value, source or purpose`);
    if ('purpose' in b) must(list(b.purpose).every((p) => MOTIVATIONS.includes(p as string)), `purposeRecognizedIfPresent: ${where} purpose from the model`);
    bad.push(...resourceMusts(b, where));
  });
  return bad;
}

/** What the model requires of a body's or target's own fields and selectors. */
function resourceMusts(r: Json, where: string): string[] {
  const bad: string[] = [];
  const must = (ok: boolean, assertion: string): void => void (ok || bad.push(assertion));
  if ('textDirection' in r) must(single(r.textDirection, (v) => v === 'ltr' || v === 'rtl' || v === 'auto'), `3.2.1-TextDirectionValidated: ${where}`);
  for (const k of ['created', 'modified']) if (k in r) must(single(r[k], (v) => typeof v === 'string' && DATE_TIME.test(v)), `3.3.1-${k}Validated: ${where}`);
  list(r.selector).forEach((s, i) => {
    const at = `${where} selector ${i}`;
    if (isUri(s)) return;
    must(isObject(s) && single(s.type, (t) => SELECTORS.includes(t as string)), `4.2-selectorValidIfPresent: ${at} has one recognised type`);
    if (!isObject(s)) return;
    if (includes(s.type, 'TextQuoteSelector')) {
      must(single(s.exact, (v) => typeof v === 'string'), `4.2.4-textQuoteSelectorValid: ${at} has one exact string`);
      for (const k of ['prefix', 'suffix']) if (k in s) must(typeof s[k] === 'string', `4.2.4: ${at} ${k} is a string`);
    }
    if (includes(s.type, 'TextPositionSelector') || includes(s.type, 'DataPositionSelector')) {
      for (const k of ['start', 'end']) must(Number.isInteger(s[k]) && s[k] >= 0, `4.2-TextDataPositionSelectorValid: ${at} ${k} is one non-negative integer`);
    }
  });
  return bad;
}

/** The MUSTs for an Annotation Page, and for each of its annotations (read in the page's @context). */
export function pageMusts(page: Json): string[] {
  const bad: string[] = [];
  const must = (ok: boolean, assertion: string): void => void (ok || bad.push(assertion));
  must(includes(page['@context'], ANNO), '5.2-pageContextValidated: @context has http://www.w3.org/ns/anno.jsonld');
  must(single(page.id, isUri), '5.2-pageIdValidated: id is one string of format uri');
  must(includes(page.type, 'AnnotationPage'), '5.2-pageTypeValidated: type has AnnotationPage');
  must(Array.isArray(page.items) && page.items.every((i: unknown) => isUri(i) || (isObject(i) && includes(i.type, 'Annotation'))), '5.2-pageItemsValidated: items are URIs or Annotations');
  if ('startIndex' in page) must(Number.isInteger(page.startIndex) && page.startIndex >= 0, '5.2-pageStartIndexValidated');
  for (const k of ['partOf', 'next', 'prev']) if (k in page) must(single(page[k], (v) => isUri(v) || (isObject(v) && single(v.id, isUri))), `5.2-page${k}Validated`);
  if ('label' in page) must(list(page.label).every((l) => typeof l === 'string'), '5.2-pageLabelValidated');
  (Array.isArray(page.items) ? page.items : []).forEach((item: unknown, i: number) => {
    if (isObject(item)) bad.push(...annotationMusts(item, item['@context'] ?? page['@context']).map((m) => `item ${i}: ${m}`));
  });
  return bad;
}
