// Loaded by the extension host (extensionTestsPath): runs every suite with mocha.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // CLAIMLENS_TEST_GREP: only the tests whose titles match (while working on one feature)
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', grep: process.env.CLAIMLENS_TEST_GREP || undefined });
  // CLAIMLENS_BENCH: the editor benchmarks instead of the tests
  const bench = !!process.env.CLAIMLENS_BENCH;
  const dir = path.join(__dirname, bench ? 'bench' : 'suite');
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith(bench ? '.bench.js' : '.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
