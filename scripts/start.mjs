#!/usr/bin/env node
// npm start: builds Claimlens and opens the sample articles with it loaded.
// With desktop VS Code (`code` on PATH) it starts an Extension Development Host on samples/.
// Without it, it serves VS Code in the browser with code-server, with the packaged extension
// installed in a private profile, and prints the address once the workbench answers.
// Environment:
//   CLAIMLENS_PORT          port of code-server (default 8080; 0 = any free port)
//   CLAIMLENS_PROFILE_DIR   the private profile (default $CLAIMLENS_HOST_DIR/profile)
//   CLAIMLENS_USE_CODE_SERVER=1   code-server even where `code` is installed
//   CLAIMLENS_START_FOLDER  the folder to open (default samples/)
//   CLAIMLENS_WORKSPACE_TRUST=1   keep VS Code's workspace trust (default: off, the samples are ours)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build, ensureDependencies, installHost, onPath, root, run, step } from './lib.mjs';

ensureDependencies();
const folder = path.resolve(process.env.CLAIMLENS_START_FOLDER ?? path.join(root, 'samples'));

if (onPath('code') && !process.env.CLAIMLENS_USE_CODE_SERVER) {
  build();
  step('opening the samples in VS Code (Extension Development Host)');
  const child = spawn('code', ['--extensionDevelopmentPath', root, folder], { stdio: 'inherit', detached: true });
  child.unref();
  process.exit(0);
}

step('package the extension');
if (run('npm', ['run', '--silent', 'package']) !== 0) process.exit(1);
const host = installHost();
if (!host) {
  console.error('could not install code-server (see the step named above)');
  process.exit(1);
}
const hostDir = process.env.CLAIMLENS_HOST_DIR ?? path.join(os.homedir(), '.cache', 'claimlens-host');
const profile = path.resolve(process.env.CLAIMLENS_PROFILE_DIR ?? path.join(hostDir, 'profile'));
fs.mkdirSync(path.join(profile, 'user', 'User'), { recursive: true });
// a private profile: settings the user changed there are kept, these defaults fill the gaps
const settingsFile = path.join(profile, 'user', 'User', 'settings.json');
let settings = {};
try { settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* new profile, or comments in it */ }
fs.writeFileSync(settingsFile, JSON.stringify({
  'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.openRepositoryInParentFolders': 'never',
  ...settings,
}, null, 2));
// code-server's own config file lives in the profile too, never in ~/.config/code-server
const config = path.join(profile, 'config.yaml');
if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
const base = [host.CODE_SERVER_ENTRY, '--config', config,
  '--user-data-dir', path.join(profile, 'user'), '--extensions-dir', path.join(profile, 'extensions')];
const env = {
  ...process.env, EXTENSIONS_GALLERY: '{}',
  XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_DATA_HOME: path.join(profile, 'xdg-data'),
};
step('install the extension into the code-server profile');
if (run(host.NODE24_BIN, [...base, '--install-extension', path.join(root, 'claimlens.vsix'), '--force'], { env }) !== 0) process.exit(1);

/** A port nothing listens on now. */
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
/** Resolves once the workbench page answers over HTTP; rejects at the deadline. */
const answers = (url, deadline) => new Promise((resolve, reject) => {
  const probe = () => {
    const req = http.get(url, (res) => {
      res.resume();
      if (res.statusCode && res.statusCode < 400) resolve();
      else retry();
    });
    req.on('error', retry);
    req.setTimeout(5000, () => req.destroy());
  };
  const retry = () => (Date.now() > deadline ? reject(new Error(`no answer from ${url}`)) : setTimeout(probe, 200));
  probe();
});

const port = process.env.CLAIMLENS_PORT && process.env.CLAIMLENS_PORT !== '0' ? Number(process.env.CLAIMLENS_PORT) : (process.env.CLAIMLENS_PORT === '0' ? await freePort() : 8080);
step(`start code-server on 127.0.0.1:${port}`);
const server = spawn(host.NODE24_BIN, [...base,
  '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
  ...(process.env.CLAIMLENS_WORKSPACE_TRUST ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', folder,
], { stdio: ['ignore', 'inherit', 'inherit'], env, detached: true });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // code-server runs its workbench server and extension hosts as children: stop the whole group
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('exit', stop);
server.on('exit', (code, signal) => {
  if (!stopping) console.error(`code-server stopped (code ${code}, signal ${signal})`);
  process.exit(stopping ? 0 : (code ?? 1));
});

const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
try {
  await answers(`http://127.0.0.1:${port}/healthz`, Date.now() + 120_000);
  await answers(url, Date.now() + 30_000);
} catch (e) {
  console.error(`code-server did not answer on port ${port}: ${e.message}`);
  stop();
  process.exit(1);
}
console.log(`\nClaimlens is ready: ${url}  (Ctrl+C stops it)`);
