#!/usr/bin/env bash
# Browser end-to-end tests: Debian's Chromium (installed when missing; never downloaded by a
# test tool) driven by playwright-core against `peerguide serve` on the demo content, plus the
# UI types' contract test against the same server. Expects ui/dist to be built.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
source scripts/setup-app.sh
export PATH="$HOME/.cargo/bin:$PATH"

# Chromium, and an Ethiopic font so Tigrinya screenshots show letters (DejaVu, already there,
# covers Latin, Cyrillic and Arabic script).
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg-query -W -f='${Status}' fonts-sil-abyssinica 2>/dev/null | grep -q "ok installed" || need+=(fonts-sil-abyssinica)
[ "${#need[@]}" -eq 0 ] || apt_install "${need[@]}"
[ -f ui/node_modules/.package-lock.json ] || npm --prefix ui ci --no-audit --no-fund
# Always rebuilt (about a second): a stale ui/dist would test yesterday's UI.
npm --prefix ui run build >/dev/null

cargo build --locked -q -p peerguide-cli
pg=target/debug/peerguide
work=$(mktemp -d)
cleanup() {
  # Servers are started inside $(...), so their ids are kept in a file, not a variable.
  for pid in $(cat "$work/pids" 2>/dev/null); do kill "$pid" 2>/dev/null; done
  sleep 0.2
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a server in the background (its output in $1.log) and prints the address it reports.
serve_bg() {
  local name=$1
  shift
  "$@" >"$work/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" >>"$work/pids"
  local found
  for _ in $(seq 100); do
    found=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/$name.log" | head -n1 || true)
    [ -n "$found" ] && { echo "$found"; return; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "$name did not start:" >&2
  cat "$work/$name.log" >&2
  exit 1
}
json_field() { node -e 'let v=JSON.parse(require("fs").readFileSync(0,"utf8"));for(const k of process.argv[1].split("."))v=v[k];console.log(v)' "$1"; }

# The reader's device: the demo content, as the app's first start imports it.
"$pg" import --db "$work/e2e.db" content >/dev/null
url=$(serve_bg web "$pg" serve --db "$work/e2e.db" --listen 127.0.0.1:0 --ui ui/dist)
echo "web mode at $url"

# An organisation's hub holding the demo content and one piece of news, and a second device
# (same first-start content) linked to nothing yet, for the sync journey.
code=$("$pg" --json hub init --data "$work/hub" | json_field invite.code)
hub_url=$(serve_bg hub "$pg" hub serve --data "$work/hub" --listen 127.0.0.1:0)
token=$("$pg" --json join --hub "$hub_url" "$code" | json_field token)
"$pg" publish --hub "$hub_url" --token "$token" content >/dev/null
"$pg" publish --hub "$hub_url" --token "$token" ui/e2e/fixtures/hub-news >/dev/null
"$pg" import --db "$work/device.db" content >/dev/null
device_url=$(serve_bg device "$pg" serve --db "$work/device.db" --listen 127.0.0.1:0 --ui ui/dist)
echo "hub at $hub_url, second device at $device_url"
export PEERGUIDE_HUB_URL=$hub_url PEERGUIDE_DEVICE_URL=$device_url

export PEERGUIDE_URL=$url
(cd ui && npx vitest run)
npm --prefix ui run e2e
echo "screenshots: target/e2e-screenshots/"
