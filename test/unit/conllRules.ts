/**
 * What conlleval (the CoNLL shared tasks' scorer) needs of its input, as checks that return what
 * is wrong: every non-blank line has the same number of fields (it stops at the first line that
 * does not), at least two, split by the one delimiter (here TAB: `conlleval -d '\t'`) with no
 * empty field and no white space inside one; a blank line ends a sentence; the tag fields are O
 * or B-TYPE / I-TYPE; and, for IOB2 as written here, an I-TYPE continues a B-TYPE or I-TYPE of
 * the same type on the line before in the same column and sentence (conlleval would read it as
 * the start of a new chunk).
 */
export function conllevalProblems(text: string, tagColumns: number): string[] {
  const bad: string[] = [];
  if (!text.endsWith('\n')) bad.push('the file does not end with a line break');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let fields = -1;
  let prev: string[] | undefined;
  lines.forEach((line, i) => {
    const at = `line ${i + 1}`;
    if (line === '') {
      if (prev === undefined && i > 0) bad.push(`${at}: two blank lines in a row`);
      prev = undefined;
      return;
    }
    const f = line.split('\t');
    if (fields < 0) fields = f.length;
    if (f.length !== fields) bad.push(`${at}: ${f.length} fields, the first line has ${fields}`);
    if (f.length < 2) bad.push(`${at}: fewer than 2 fields`);
    if (f.length !== tagColumns + 1) bad.push(`${at}: ${f.length} fields, expected the token and ${tagColumns} tags`);
    f.forEach((x, k) => {
      if (!x) bad.push(`${at}: field ${k + 1} is empty`);
      if (/\s/.test(x)) bad.push(`${at}: field ${k + 1} has white space in it`);
    });
    f.slice(1).forEach((tag, k) => {
      const m = /^(?:O|([BI])-(\S+))$/.exec(tag);
      if (!m) return void bad.push(`${at}: "${tag}" is not O, B-TYPE or I-TYPE`);
      if (m[1] === 'I') {
        const before = prev?.[k + 1];
        if (before !== `B-${m[2]}` && before !== `I-${m[2]}`) bad.push(`${at}: ${tag} after ${before ?? 'a sentence break'} in tag column ${k + 1}`);
      }
    });
    if (f[0] === '-DOCSTART-') {
      if (f.slice(1).some((t) => t !== 'O')) bad.push(`${at}: -DOCSTART- with a tag other than O`);
      if (lines[i + 1] !== '' && i + 1 < lines.length) bad.push(`${at}: -DOCSTART- not followed by a blank line`);
    }
    prev = f;
  });
  return bad;
}
