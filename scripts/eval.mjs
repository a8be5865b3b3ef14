#!/usr/bin/env node
// npm run eval: detection accuracy on the gold data in eval/data/ (see eval/README.md).
//   node scripts/eval.mjs [--half dev|check|all] [--errors] [--json OUT] [DATA.jsonl...]
// Every data file is split by document: even lines (0-based) are the development half, odd lines
// the check half. Without --half the figures of dev, check and all are printed side by side.
// --errors lists the development half's false positives and negatives, and the mentions found with
// the wrong type (never the check half's).
// --json OUT writes the figures as JSON. Needs the build (node scripts/build.mjs): it runs the
// built command line (package.json bin.claimlens) and the scoring functions compiled from
// test/eval/score.ts. Only Node built-ins.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BATCH = 64;
const USAGE = 'usage: node scripts/eval.mjs [--half dev|check|all] [--errors] [--json OUT] [DATA.jsonl...]';

function fail(message, code) {
  console.error(`eval: ${message}`);
  process.exit(code);
}

// ---- options
let values, positionals;
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: { half: { type: 'string' }, errors: { type: 'boolean', default: false }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (e) {
  fail(`${e.message}\n${USAGE}`, 2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.half !== undefined && !['dev', 'check', 'all'].includes(values.half)) fail(`--half is dev, check or all, not "${values.half}"\n${USAGE}`, 2);
if (values.errors && values.half === 'check') fail('--errors lists the development half only; the check half\'s errors stay unread (use --half dev or all)', 2);
const columns = values.half ? [values.half] : ['dev', 'check', 'all'];

// ---- the build
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const cli = path.join(root, typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.claimlens);
const scorePath = path.join(root, 'out', 'test', 'eval', 'score.js');
for (const f of [cli, scorePath]) if (!fs.existsSync(f)) fail(`${path.relative(root, f)} is missing: run node scripts/build.mjs first`, 2);
const score = createRequire(import.meta.url)(scorePath);

// ---- the data
const dataDir = path.join(root, 'eval', 'data');
const dataFiles = positionals.length
  ? positionals.map((f) => path.resolve(f))
  : fs.readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dataDir, f));
if (!dataFiles.length) fail(`no .jsonl files in ${dataDir}`, 2);
const sets = dataFiles.map((file) => {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${file}: ${e.message}`, 2);
  }
  const docs = text.split('\n').filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      return fail(`${file}: document ${i + 1}: ${e.message}`, 2);
    }
  });
  const tasks = new Set(docs.map((d) => score.taskOf(d)));
  if (tasks.size !== 1 || tasks.has(undefined)) fail(`${file}: every line must be {text, entities} (ner) or {text, quotes} (claims), all of one kind`, 2);
  return { file, name: path.basename(file), task: [...tasks][0], docs };
});

// ---- detection: each distinct text once, in batches of files in a temporary folder
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-eval-'));
const detections = new Map(); // text -> detect output
let seconds = 0;
try {
  const fileOf = new Map(); // text -> temp file
  for (const set of sets) for (const d of set.docs) {
    if (fileOf.has(d.text)) continue;
    const f = path.join(tmp, `${String(fileOf.size).padStart(5, '0')}.txt`);
    fs.writeFileSync(f, d.text);
    fileOf.set(d.text, f);
  }
  const textOf = new Map([...fileOf].map(([t, f]) => [path.resolve(f), t]));
  const files = [...fileOf.values()];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < files.length; i += BATCH) {
    const r = spawnSync(process.execPath, [cli, 'detect', '--format', 'jsonl', ...files.slice(i, i + BATCH)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) fail(`claimlens detect exited ${r.status ?? r.signal}:\n${(r.stderr ?? '').slice(0, 2000)}`, 1);
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      detections.set(textOf.get(path.resolve(o.file)), o);
    }
  }
  seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const t of fileOf.keys()) if (!detections.has(t)) fail(`claimlens detect printed nothing for ${fileOf.get(t)}`, 1);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// ---- scoring
const results = sets.map((set) => {
  const perDoc = set.docs.map((d) => (set.task === 'ner' ? score.scoreNerDoc(d, detections.get(d.text)) : score.scoreClaimsDoc(d, detections.get(d.text))));
  const figures = {};
  for (const half of columns) {
    const part = score.pickHalf(perDoc, half);
    figures[half] = set.task === 'ner' ? score.nerFigures(part) : score.claimFigures(part);
  }
  return { ...set, perDoc, figures };
});

// ---- the tables
const { pct } = score;
const LABEL = 18;
const CELL = 21;
const cell = (s) => s.padEnd(CELL);
const prfCell = (x) => cell([x.p, x.r, x.f1].map((v) => pct(v).padStart(5)).join('  '));
const row = (label, cells) => console.log(`  ${label.padEnd(LABEL)}${cells.join('').trimEnd()}`);

console.log(`Detection accuracy on ${dataFiles.length} data file(s); halves by document: dev = even lines, check = odd lines (0-based)`);
for (const r of results) {
  const n = r.docs.length;
  const dev = score.pickHalf(r.docs, 'dev').length;
  const items = r.docs.reduce((k, d) => k + (r.task === 'ner' ? d.entities.length : d.quotes.length), 0);
  console.log(`\n${r.name}: ${r.task}, ${n} documents (dev ${dev}, check ${n - dev}), ${items} gold ${r.task === 'ner' ? 'mentions' : 'attributions'}`);
  row('', columns.map((h) => cell(`${h} (${r.figures[h].docs} docs)`)));
  row('', columns.map(() => cell('    P      R     F1')));
  if (r.task === 'ner') {
    for (const key of ['overlap.ACTOR', 'exact.ACTOR', 'overlap.PER', 'overlap.ORG', 'overlap.LOC', 'exact.PER', 'exact.ORG', 'exact.LOC']) {
      const [mode, kind] = key.split('.');
      row(`${kind} ${mode}`, columns.map((h) => prfCell(r.figures[h][key])));
    }
  } else {
    row('claim (overlap)', columns.map((h) => prfCell(r.figures[h].claim)));
    row('claim (>=50%)', columns.map((h) => prfCell(r.figures[h].claim_strict50)));
    row('claim + speaker', columns.map((h) => prfCell(r.figures[h].claim_and_speaker)));
    row('speaker accuracy', columns.map((h) => { const f = r.figures[h]; return cell(`${pct(f.speaker_accuracy).padStart(5)}  (${f.speaker_right}/${f.speaker_checked})`); }));
    row('recall dir / ind', columns.map((h) => { const f = r.figures[h]; return cell(`${pct(f.recall_direct).padStart(5)} / ${pct(f.recall_indirect)}`); }));
  }
}
const chars = [...detections.keys()].reduce((n, t) => n + t.length, 0);
console.log(`\n(${detections.size} distinct texts, ${chars} characters, detected in ${seconds.toFixed(1)} s with start-up)`);

// ---- the development half's errors
if (values.errors) {
  for (const r of results) {
    console.log(`\n=== errors in the development half of ${r.name}`);
    r.docs.forEach((d, i) => {
      if (score.halfOf(i) !== 'dev') return;
      const s = r.perDoc[i];
      const lines = []; // [UTF-16 offset, line], listed in text order
      if (r.task === 'ner') {
        for (const m of s.falsePositives) lines.push([m.start, `  FP ${m.type.padEnd(5)} ${JSON.stringify(m.text)}  ${score.inContext(d.text, m)}`]);
        for (const m of s.falseNegatives) lines.push([m.start, `  FN ${m.type.padEnd(5)} ${JSON.stringify(m.text)}  ${score.inContext(d.text, m)}`]);
        for (const { pred, gold } of s.mistyped) lines.push([pred.start, `  TYPE ${pred.type} for ${gold.type} ${JSON.stringify(pred.text)}  ${score.inContext(d.text, pred)}`]);
      } else {
        const det = detections.get(d.text);
        const toUtf16 = score.codePointsToUtf16(d.text);
        const conv = (x) => ({ start: toUtf16(x.start), end: toUtf16(x.end) });
        const quoteSpan = (q) => ({ start: q.start, end: q.end });
        for (const k of s.spurious) {
          const span = conv(det.claims[k]);
          lines.push([span.start, `  FP claim  ${score.inContext(d.text, span)}`]);
        }
        for (const j of s.missed) lines.push([d.quotes[j].start, `  FN claim (${d.quotes[j].direct ? 'direct' : 'indirect'})  ${score.inContext(d.text, quoteSpan(d.quotes[j]))}`]);
        for (const { claim, quote } of s.wrongSpeaker) {
          const want = score.goldSpeaker(d.quotes[quote]);
          const got = det.claims[claim].speaker;
          const gotText = got ? JSON.stringify(d.text.slice(toUtf16(got.start), toUtf16(got.end))) : 'none';
          const span = conv(det.claims[claim]);
          lines.push([span.start, `  speaker ${gotText}, gold ${JSON.stringify(d.text.slice(want.start, want.end))}  ${score.inContext(d.text, span)}`]);
        }
      }
      lines.sort((a, b) => a[0] - b[0]);
      if (lines.length) console.log(`line ${i} ${d.id ?? ''}\n${lines.map((l) => l[1]).join('\n')}`);
    });
  }
}

// ---- JSON
if (values.json) {
  const out = {
    split: 'by document: dev = even 0-based lines, check = odd',
    files: results.map((r) => ({ file: path.relative(root, r.file), task: r.task, docs: r.docs.length, halves: r.figures })),
  };
  fs.writeFileSync(values.json, `${JSON.stringify(out, null, 1)}\n`);
}
