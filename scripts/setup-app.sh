#!/usr/bin/env bash
# What building and running the desktop app and the UI needs, installed when missing:
# `ensure_app_packages`, `build_ui`, `ensure_tauri_driver`. Sourced after setup.sh.

# WebKitGTK and GTK to build and run the app; Xvfb for a screen where there is none; the
# WebKit WebDriver server for the smoke test.
ensure_app_packages() {
  local app_apt=() pkg
  for pkg in libwebkit2gtk-4.1-dev xvfb webkit2gtk-driver; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || app_apt+=("$pkg")
  done
  if [ "${#app_apt[@]}" -gt 0 ]; then
    apt_install "${app_apt[@]}"
  fi
}

apt_install() {
  # Fresh package lists first: with stale ones the WebKit install fails on a libpcre2 version
  # conflict. The lock timeout waits for another apt run instead of failing.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "$@"
}

# Builds the web UI into ui/dist, which the app embeds at compile time.
build_ui() {
  if [ ! -f ui/package.json ]; then
    echo "error: ui/package.json is missing: the app embeds the web UI (ui/dist) and cannot be built without it" >&2
    return 1
  fi
  ensure_node
  # npm ci when dependencies were never installed or the lock file changed since.
  if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    npm --prefix ui ci --no-audit --no-fund
  fi
  npm --prefix ui run build
}

# Vite and Vitest need Node 20 or newer; Debian 12's own nodejs is 18. A newer Node comes from
# the npm registry's node-linux-<arch> package (the official binary), under /usr/local.
ensure_node() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  local major arch prefix=/usr/local/lib/peerguide-node
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 20 ] && return 0
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) echo "error: Node 20 or newer is needed and none is packaged for $(uname -m)" >&2; return 1 ;;
  esac
  local bin="$prefix/lib/node_modules/node-linux-$arch/bin"
  [ -x "$bin/node" ] || npm install -g --prefix "$prefix" --no-audit --no-fund "node-linux-$arch@22"
  export PATH="$bin:$PATH"
}

# tauri-driver bridges WebDriver clients to WebKitWebDriver for Tauri apps (about 25 s to build).
ensure_tauri_driver() {
  command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked
}
