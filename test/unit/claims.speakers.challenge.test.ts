import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { SPEAKER_CASES } from './helpers/speakerChallenge';

describe('claims: the speaker challenge set (invented news, biography, court, academic and travel passages)', () => {
  for (const c of SPEAKER_CASES) {
    (c.open ? it.skip : it)(c.kind, () => {
      const claims = detect(c.text).claims;
      if (c.none) {
        assert.deepStrictEqual(claims.map((m) => m.text), []);
        return;
      }
      const found = claims.find((m) => m.text.includes(c.claim ?? ''));
      assert.ok(found, `no claim holding "${c.claim}" in ${JSON.stringify(claims.map((m) => m.text))}`);
      assert.strictEqual(found.speaker?.actor, c.speaker);
    });
  }
});
