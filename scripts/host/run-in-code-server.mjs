#!/usr/bin/env node
// Runs extension tests inside a real VS Code extension host without desktop VS Code:
// code-server serves the workbench and hosts the (Node) extension host, headless Chromium
// renders the workbench, and the result comes back through the workbench's automation hooks
// (window.codeAutomationLog / window.codeAutomationExit), as in VS Code's own web tests.
//
//   node run-in-code-server.mjs --ext DIR --tests FILE --workspace DIR
// Environment: NODE24_BIN, CODE_SERVER_ENTRY (from install.sh), CLAIMLENS_SHOT_DIR (optional:
// where screenshots asked for by the tests go), CLAIMLENS_TEST_TIMEOUT (seconds, default 600).
// Exit: 0 passed, 1 tests failed, 3 timed out, 4 code-server died, 5 driver error, 2 usage.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: opt } = parseArgs({
  options: { ext: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' } },
});
const node24 = process.env.NODE24_BIN;
const entry = process.env.CODE_SERVER_ENTRY;
if (!opt.ext || !opt.tests || !opt.workspace || !node24 || !entry) {
  console.error('usage: NODE24_BIN=... CODE_SERVER_ENTRY=... run-in-code-server.mjs --ext DIR --tests FILE --workspace DIR');
  process.exit(2);
}
const timeoutS = Number(process.env.CLAIMLENS_TEST_TIMEOUT ?? 600);
const shotDir = process.env.CLAIMLENS_SHOT_DIR;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-host-'));
const say = (...m) => console.log('[host]', ...m);

// quiet, offline user settings; code-server keeps user data on the server side
fs.mkdirSync(path.join(tmp, 'user', 'User'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'user', 'User', 'settings.json'), JSON.stringify({
  'telemetry.telemetryLevel': 'off', 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
  'workbench.enableExperiments': false, 'git.enabled': false, 'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false, 'window.commandCenter': false, 'workbench.layoutControl.enabled': false,
  ...JSON.parse(process.env.CLAIMLENS_TEST_SETTINGS ?? '{}'),
}, null, 2));
fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');

let server;
let browser;
let done = false;
const stopServer = () => {
  if (server && server.exitCode === null) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
};
async function finish(code, why) {
  if (done) return;
  done = true;
  say(`${why} (exit ${code})`);
  try { await browser?.close(); } catch { /* closing anyway */ }
  stopServer();
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
process.on('exit', stopServer);
process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));
process.on('unhandledRejection', (e) => finish(5, `driver error: ${e?.stack ?? e}`));
setTimeout(() => finish(3, `timed out after ${timeoutS}s`), timeoutS * 1000).unref();

server = spawn(node24, [entry,
  '--config', path.join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', '127.0.0.1:0',
  '--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened',
  // without it the workbench ignores the payload that names the extension and its tests
  '--vscode-option', 'enable-smoke-test-driver',
], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
});
server.on('exit', (c, s) => finish(4, `code-server exited early (code ${c}, signal ${s})`));
const serverLog = [];
const url = await new Promise((resolve) => {
  let buf = '';
  const onData = (d) => {
    buf += d;
    serverLog.push(String(d));
    if (process.env.CLAIMLENS_HOST_VERBOSE) process.stderr.write(`[code-server] ${d}`);
    const m = /HTTP server listening on (http:\/\/\S+)/.exec(buf);
    if (m) resolve(m[1].replace(/\/$/, ''));
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
});
say('code-server at', url);

browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
const origin = new URL(url).origin;
await page.route('**/*', (route) => {
  const u = route.request().url();
  return u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:') ? route.continue() : route.abort('blockedbyclient');
});

// Screenshots on request: a test logs "CLAIMLENS_SCREENSHOT <name> <done-file>" and waits for the done file.
async function onLog(text) {
  const m = /CLAIMLENS_SCREENSHOT (\S+) (\S+)(?: (\S+))?/.exec(text);
  if (!m) return;
  const [, name, doneFile, visible] = m;
  if (shotDir) {
    fs.mkdirSync(shotDir, { recursive: true });
    // wait until the editor shows Claimlens decorations (and what the test named), then for two painted frames
    await page.waitForFunction(() => document.querySelector('.monaco-editor [class*="ced-"]') !== null, null, { timeout: 15000 }).catch(() => say('no decorations seen before the screenshot'));
    if (visible) await page.locator(decodeURIComponent(visible)).first().waitFor({ state: 'visible', timeout: 15000 }).catch(() => say(`${decodeURIComponent(visible)} not seen before the screenshot ${name}`));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: path.join(shotDir, `${name}.png`), animations: 'disabled' });
    say('screenshot', path.join(shotDir, `${name}.png`));
  }
  fs.writeFileSync(doneFile, shotDir ? 'taken' : 'skipped');
}
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const text = format(...(Array.isArray(args) ? args : [args]));
  for (const line of text.split('\n')) console.log(/^\d+ passed, \d+ failed/.test(line.trim()) ? line.trim() : `  ${line}`);
  return onLog(text);
});
await page.exposeFunction('codeAutomationExit', (code) => finish(typeof code === 'number' ? code : 1, `tests finished with code ${code}`));
page.on('pageerror', (e) => say('page error:', e.message));

const authority = new URL(url).host;
const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(opt.ext)],
  ['extensionTestsPath', remote(opt.tests)],
  ['skipWelcome', 'true'],
]);
await page.goto(`${url}/?folder=${encodeURIComponent(path.resolve(opt.workspace))}&payload=${encodeURIComponent(payload)}`);
say('workbench opened; waiting for the tests');
