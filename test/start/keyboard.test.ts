// The analyst's keys in the real workbench (code-server, Chromium pressing them): accept a
// suggestion, Ctrl+Z undoes it and Ctrl+Shift+Z redoes it while the last action was Claimlens's,
// Ctrl+Z undoes typing once the text was edited, and a digit without a selection says why.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { cleanUp, openInWorkbench, root, startServer, until, type Started } from './serve';

describe('The analyst\'s keys in the workbench', function () {
  this.timeout(420000);
  let started: Started | undefined;
  let browser: Browser | undefined;
  let profile = '';
  let folder = '';
  afterEach(async () => {
    await browser?.close();
    cleanUp(started?.child, profile, folder);
  });

  it('Alt+] Alt+Enter, Ctrl+Z, Ctrl+Shift+Z; typing then Ctrl+Z; Ctrl+Alt+1 without a selection', async () => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-keys-profile-'));
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-keys-ws-'));
    fs.copyFileSync(path.join(root, 'samples', 'drone-talks.txt'), path.join(folder, 'talks.txt'));
    const sidecar = path.join(folder, 'talks.txt.annotations.yaml');
    const read = (): string => (fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : '');
    const count = (): number => (read().match(/^ {2}- id: /gm) ?? []).length;
    started = await startServer({ CLAIMLENS_PROFILE_DIR: profile, CLAIMLENS_START_FOLDER: folder });
    const w = await openInWorkbench(started.url, 'talks.txt');
    browser = w.browser;
    const { page } = w;
    const status = (): Promise<string> => page.locator('.statusbar').innerText();

    await page.keyboard.press('Alt+BracketRight');
    await page.keyboard.press('Alt+Enter');
    // the status bar says so at once (for 3 s), the sidecar follows (after the save's pause)
    await until('the status bar naming what was accepted', async () => /Claimlens: accepted /.test(await status()), 30000);
    await until('the accepted suggestion in the sidecar', () => count() >= 1, 30000);
    const accepted = read();

    await page.keyboard.press('Control+Z');
    await until('the status bar naming what was undone', async () => /Claimlens: undid accept/.test(await status()), 30000);
    await until('the accept undone in the sidecar', () => count() === 0 && read().includes('annotations:'), 30000);
    await page.keyboard.press('Control+Shift+Z');
    await until('the accept redone', () => read() === accepted, 30000);

    // typing is the last action now: Ctrl+Z takes the text back, the annotations stay
    const lines = page.locator('.monaco-editor .view-lines').first();
    await page.keyboard.press('End');
    await page.keyboard.type('qzxw');
    await lines.getByText(/qzxw/).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+Z');
    await lines.getByText(/qzxw/).first().waitFor({ state: 'detached', timeout: 15000 });
    assert.strictEqual(read(), accepted, 'the annotations are as they were');

    // a digit with nothing selected says what to do
    await page.keyboard.press('Control+Alt+1');
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'select the text to tag first' }).first().waitFor({ timeout: 15000 });
  });
});
