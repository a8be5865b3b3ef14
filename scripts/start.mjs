#!/usr/bin/env node
// npm start: builds Claimlens and opens the sample articles with it loaded.
// With desktop VS Code (`code` on PATH) it starts an Extension Development Host on samples/.
// Without it, it serves VS Code in the browser with code-server on a localhost URL it prints
// (CLAIMLENS_PORT, default 8080), with the packaged extension installed in a private profile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, ensureDependencies, installHost, onPath, root, run, step } from './lib.mjs';

ensureDependencies();
const samples = path.join(root, 'samples');

if (onPath('code') && !process.env.CLAIMLENS_USE_CODE_SERVER) {
  build();
  step('opening the samples in VS Code (Extension Development Host)');
  const child = spawn('code', ['--extensionDevelopmentPath', root, samples], { stdio: 'inherit', detached: true });
  child.unref();
  process.exit(0);
}

step('package the extension');
if (run('npm', ['run', '--silent', 'package']) !== 0) process.exit(1);
const host = installHost();
if (!host) {
  console.error('could not install code-server (see above)');
  process.exit(1);
}
const profile = path.join(process.env.CLAIMLENS_HOST_DIR ?? path.join(os.homedir(), '.cache', 'claimlens-host'), 'profile');
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
const base = [host.CODE_SERVER_ENTRY, '--user-data-dir', path.join(profile, 'user'), '--extensions-dir', path.join(profile, 'extensions')];
const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
step('install the extension into the code-server profile');
if (run(host.NODE24_BIN, [...base, '--install-extension', path.join(root, 'claimlens.vsix'), '--force'], { env }) !== 0) process.exit(1);

const port = process.env.CLAIMLENS_PORT ?? '8080';
step(`code-server on http://127.0.0.1:${port}/?folder=${samples}  (Ctrl+C stops it)`);
const server = spawn(host.NODE24_BIN, [...base,
  '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--disable-getting-started-override', samples,
], { stdio: 'inherit', env });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
