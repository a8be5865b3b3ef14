// Restricted Mode, as an analyst meets it: a folder that was never trusted, opened in the
// workbench (code-server via `npm start`, driven by Chromium). The article is highlighted; an
// accept from the keyboard is refused with a message that says why, and the sidecar stays as it was.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { cleanUp, openInWorkbench, root, startServer, type Started } from './serve';

describe('Restricted Mode in the workbench', function () {
  this.timeout(420000);
  let started: Started | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let profile = '';
  let folder = '';
  afterEach(async () => {
    await browser?.close();
    cleanUp(started?.child, profile, folder);
  });

  it('highlights an untrusted article, refuses to annotate it and writes nothing', async () => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-restricted-profile-'));
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-restricted-ws-'));
    for (const f of ['ferry.txt', 'ferry.txt.annotations.yaml']) fs.copyFileSync(path.join(root, 'test', 'fixtures', 'workspace', f), path.join(folder, f));
    const sidecar = path.join(folder, 'ferry.txt.annotations.yaml');
    const before = fs.readFileSync(sidecar);
    fs.mkdirSync(path.join(profile, 'user', 'User'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'User', 'settings.json'), JSON.stringify({
      'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.untrustedFiles': 'open', 'workbench.startupEditor': 'none',
    }));
    started = await startServer({ CLAIMLENS_PROFILE_DIR: profile, CLAIMLENS_START_FOLDER: folder, CLAIMLENS_WORKSPACE_TRUST: '1' });

    await (async () => {
      const w = await openInWorkbench(started!.url, 'ferry.txt');
      browser = w.browser;
      page = w.page;
    })();
    await page.getByText('Restricted Mode').first().waitFor({ timeout: 60000 }); // the workbench says so

    // the analyst's keys: next suggestion, accept
    await page.keyboard.press('Alt+BracketRight');
    await page.keyboard.press('Alt+Enter');
    const note = page.locator('.notifications-toasts .notification-toast', { hasText: 'not available in Restricted Mode' });
    await note.first().waitFor({ timeout: 30000 });
    assert.match(await note.first().innerText(), /Accept Suggestion/);
    assert.ok(fs.readFileSync(sidecar).equals(before), 'the sidecar is unchanged');
    assert.deepStrictEqual(fs.readdirSync(folder).sort(), ['ferry.txt', 'ferry.txt.annotations.yaml'], 'no file was written');
  });
});
