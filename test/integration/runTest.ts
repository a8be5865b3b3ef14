// Entry point of the integration tier: @vscode/test-electron's runTests(). With desktop VS Code
// it downloads and starts VS Code as usual; on a headless machine it is pointed at
// scripts/host/code-shim.sh, which runs the same tests in code-server's extension host.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // the tests write sidecars and exports: give them a fresh copy of the fixture workspace
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-ws-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  fs.cpSync(path.join(root, 'samples'), path.join(workspace, 'samples'), { recursive: true });
  const host = process.env.CLAIMLENS_TEST_HOST === 'code-server' ? 'code-server' : 'desktop';
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index'),
      launchArgs: [workspace, '--disable-extensions'],
      ...(host === 'code-server' ? { vscodeExecutablePath: path.join(root, 'scripts', 'host', 'code-shim.sh') } : {}),
    });
  } catch (err) {
    console.error('integration tests failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
