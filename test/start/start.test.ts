// `npm start` on a machine without desktop VS Code: it serves the samples in code-server with
// the packaged extension installed in a private profile, prints its address only once the
// workbench answers, and leaves no process behind when it is stopped.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cleanUp, get, processesMentioning, root, startServer, until, type Started } from './serve';

describe('npm start (code-server)', function () {
  this.timeout(420000);
  let started: Started | undefined;
  let profile = '';
  afterEach(() => cleanUp(started?.child, profile));

  it('answers at the address it prints, with Claimlens installed, and stops cleanly', async () => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-start-profile-'));
    started = await startServer({ CLAIMLENS_PROFILE_DIR: profile });
    const { url } = started;
    // printed only once the workbench answers: it answers at once
    const page = await get(url);
    assert.ok('status' in page && page.status === 200, `GET ${url}: ${JSON.stringify(page).slice(0, 300)}`);
    assert.match(page.body, /workbench/i, 'the page is VS Code\'s workbench');
    assert.ok(decodeURIComponent(url).includes(path.join(root, 'samples')), 'it opens the samples');

    const extensions = fs.readdirSync(path.join(profile, 'extensions')).filter((d) => d.startsWith('claimlens.claimlens-'));
    assert.strictEqual(extensions.length, 1, `extensions in the profile: ${fs.readdirSync(path.join(profile, 'extensions'))}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(profile, 'extensions', extensions[0], 'package.json'), 'utf8'));
    assert.strictEqual(manifest.name, 'claimlens');
    assert.ok(fs.existsSync(path.join(profile, 'extensions', extensions[0], 'dist', 'extension.js')));
    assert.ok(fs.existsSync(path.join(profile, 'config.yaml')), 'code-server\'s config lives in the profile');
    assert.ok(processesMentioning(profile).length > 0, 'code-server runs from the profile');

    started.child.kill('SIGTERM'); // what Ctrl+C does to npm start
    assert.strictEqual(await started.exited, 0, started.output().slice(-2000));
    await until('code-server and its children to stop', () => processesMentioning(profile).length === 0, 30000);
    const after = await get(url);
    assert.ok('error' in after, `still answering after the stop: ${JSON.stringify(after).slice(0, 200)}`);
  });
});
