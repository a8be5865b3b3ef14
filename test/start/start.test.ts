// `npm start` on a machine without desktop VS Code: it serves the samples in code-server with
// the packaged extension installed in a private profile, prints its address only once the
// workbench answers, and leaves no process behind when it is stopped.
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

/** GET a URL: status and body, or the error's code. */
const get = (url: string): Promise<{ status: number; body: string } | { error: string }> => new Promise((resolve) => {
  const req = http.get(url, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
  });
  req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
});

/** Processes whose command line mentions a string (Linux /proc). */
function processesMentioning(needle: string): number[] {
  const found: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) found.push(Number(pid));
    } catch { /* gone meanwhile */ }
  }
  return found;
}

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start (code-server)', function () {
  this.timeout(420000);
  let child: ChildProcess | undefined;
  let profile = '';

  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    for (const pid of profile ? processesMentioning(profile) : []) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('answers at the address it prints, with Claimlens installed, and stops cleanly', async () => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-start-profile-'));
    const port = await freePort();
    const started = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: { ...process.env, CLAIMLENS_USE_CODE_SERVER: '1', CLAIMLENS_PORT: String(port), CLAIMLENS_PROFILE_DIR: profile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let out = '';
    started.stdout?.on('data', (d) => { out += d; });
    started.stderr?.on('data', (d) => { out += d; });
    const exited = new Promise<number | null>((resolve) => started.on('exit', (code) => resolve(code)));

    const url = await until('the address', () => /Claimlens is ready: (http:\/\/\S+)/.exec(out)?.[1]
      ?? (started.exitCode !== null ? (() => { throw new Error(`npm start exited ${started.exitCode}:\n${out.slice(-3000)}`); })() : undefined), 360000);
    assert.ok(url.startsWith(`http://127.0.0.1:${port}/`), url);
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

    started.kill('SIGTERM'); // what Ctrl+C does to npm start
    assert.strictEqual(await exited, 0, out.slice(-2000));
    await until('code-server and its children to stop', () => processesMentioning(profile).length === 0, 30000);
    const after = await get(url);
    assert.ok('error' in after, `still answering after the stop: ${JSON.stringify(after).slice(0, 200)}`);
  });
});
