#!/usr/bin/env bash
# Stands in for the VS Code executable when @vscode/test-electron's runTests() is pointed at it
# (vscodeExecutablePath). It keeps the arguments that matter for an extension test run and runs
# the tests in code-server's real extension host, rendered by headless Chromium. The exit code
# is the test result. Needs NODE24_BIN and CODE_SERVER_ENTRY (printed by install.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
workspace="" ext="" tests=""
for a in "$@"; do
  case "$a" in
    --extensionDevelopmentPath=*) [ -n "$ext" ] || ext=${a#*=} ;;
    --extensionTestsPath=*) tests=${a#*=} ;;
    -*) ;; # Electron and desktop flags have no meaning here
    *) workspace=$a ;;
  esac
done
exec node "$here/run-in-code-server.mjs" --ext "$ext" --tests "$tests" --workspace "${workspace:-$ext}"
