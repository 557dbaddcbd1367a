#!/usr/bin/env bash
# Installs what building and testing Peer Guide needs, when it is missing. Safe to re-run.
set -euo pipefail

need_apt=()
command -v cc >/dev/null 2>&1 || need_apt+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
command -v curl >/dev/null 2>&1 || need_apt+=(curl ca-certificates)
# SQLCipher (the store's encryption at rest) links the system's libcrypto.
dpkg-query -W -f='${Status}' libssl-dev 2>/dev/null | grep -q "ok installed" || need_apt+=(libssl-dev)
# The device lock's keystore on Linux is the Secret Service over D-Bus (libdbus to build);
# its test runs GNOME Keyring on a private session bus (dbus-run-session).
for pkg in libdbus-1-dev dbus-daemon gnome-keyring; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need_apt+=("$pkg")
done
if [ "${#need_apt[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
if command -v rustup >/dev/null 2>&1; then
  for component in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
  done
fi
