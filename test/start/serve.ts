// Starting `npm start` (code-server) from a test, and what its tests need around it.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const root = path.resolve(__dirname, '../../..');

export const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

/** GET a URL: status and body, or the error's code. */
export const get = (url: string): Promise<{ status: number; body: string } | { error: string }> => new Promise((resolve) => {
  const req = http.get(url, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
  });
  req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
});

/** Processes whose command line mentions a string (Linux /proc). */
export function processesMentioning(needle: string): number[] {
  const found: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) found.push(Number(pid));
    } catch { /* gone meanwhile */ }
  }
  return found;
}

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25)); // (polling the condition, with the deadline above)
  }
}


export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start` with code-server on a free port and resolves once it prints its address. */
export async function startServer(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...process.env, CLAIMLENS_USE_CODE_SERVER: '1', CLAIMLENS_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => { out += d; });
  child.stderr?.on('data', (d) => { out += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await until('the address npm start prints', () => {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${out.slice(-3000)}`);
    return /Claimlens is ready: (http:\/\/\S+)/.exec(out)?.[1];
  }, 360000);
  if (!url.startsWith(`http://127.0.0.1:${port}/`)) throw new Error(`unexpected address ${url}`);
  return { child, url, output: () => out, exited };
}

/** Kills what a test left running in a profile, and removes the folders. */
export function cleanUp(child: ChildProcess | undefined, profile: string, ...dirs: string[]): void {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  for (const pid of profile ? processesMentioning(profile) : []) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
  for (const d of [profile, ...dirs]) if (d) fs.rmSync(d, { recursive: true, force: true });
}

/** Chromium on the workbench at `url`, with `file` opened from Quick Open and its highlights painted. */
export async function openInWorkbench(url: string, file: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 120000 });
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(file);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: file }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor [class*="ced-"]').first().waitFor({ timeout: 60000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  return { browser, page };
}
