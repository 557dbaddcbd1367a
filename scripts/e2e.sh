#!/usr/bin/env bash
# Browser end-to-end tests: Debian's Chromium (installed when missing; never downloaded by a
# test tool) driven by playwright-core against `peerguide serve` on the demo content, plus the
# UI types' contract test against the same server. Expects ui/dist to be built.
# `bash scripts/e2e.sh e2e/<file>.test.mjs` runs only the suites named.
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
pg="${CARGO_TARGET_DIR:-target}/debug/peerguide"
work=$(mktemp -d)
source scripts/servers.sh
trap 'servers_stop; rm -rf "$work"' EXIT

# The reader's device: the demo content, as the app's first start imports it.
"$pg" import --db "$work/e2e.db" content >/dev/null
url=$(serve_bg web "$pg" serve --db "$work/e2e.db" --listen 127.0.0.1:0 --ui ui/dist)
echo "web mode at $url"

# The organisation's hub, and a second device (same first-start content) linked to nothing
# yet, for the sync journey.
start_demo_hub
"$pg" import --db "$work/device.db" content >/dev/null
PEERGUIDE_DEVICE_URL=$(serve_bg device "$pg" serve --db "$work/device.db" --listen 127.0.0.1:0 --ui ui/dist)
export PEERGUIDE_DEVICE_URL
echo "second device at $PEERGUIDE_DEVICE_URL"

# For the volunteers journey: a volunteer's, a coordinator's and a newcomer's device, and
# the invite codes a coordinator would hand out.
for who in volunteer coordinator newcomer; do
  "$pg" import --db "$work/$who.db" content >/dev/null
  address=$(serve_bg "$who" "$pg" serve --db "$work/$who.db" --listen 127.0.0.1:0 --ui ui/dist)
  export "PEERGUIDE_${who^^}_URL=$address"
done
# For the desk journey: a device that syncs from the hub what a coordinator publishes there.
"$pg" import --db "$work/desk-device.db" content >/dev/null
PEERGUIDE_DESK_DEVICE_URL=$(serve_bg desk-device "$pg" serve --db "$work/desk-device.db" --listen 127.0.0.1:0 --ui ui/dist)
export PEERGUIDE_DESK_DEVICE_URL
# For the suggestions journey: a volunteer who suggests from the app, and a newcomer who
# flags a page and receives what was accepted.
for who in suggester flagger; do
  "$pg" import --db "$work/$who.db" content >/dev/null
  address=$(serve_bg "$who" "$pg" serve --db "$work/$who.db" --listen 127.0.0.1:0 --ui ui/dist)
  export "PEERGUIDE_${who^^}_URL=$address"
done
# A reader's device for the app lock journey.
"$pg" import --db "$work/lock.db" content >/dev/null
PEERGUIDE_LOCK_URL=$(serve_bg lock "$pg" serve --db "$work/lock.db" --listen 127.0.0.1:0 --ui ui/dist)
export PEERGUIDE_LOCK_URL

for role in volunteer coordinator; do
  code=$("$pg" --json invite --hub "$PEERGUIDE_HUB_URL" --token "$PEERGUIDE_HUB_TOKEN" --role "$role" | json_field code)
  export "PEERGUIDE_${role^^}_INVITE=$code"
done

export PEERGUIDE_URL=$url
# The reader's browser test publishes to the hub while the phone is offline.
export PEERGUIDE_BIN=$(realpath "$pg")
if [ "$#" -gt 0 ]; then
  # Only the browser suites named (paths under ui/, e.g. e2e/desk.test.mjs).
  (cd ui && node --test --test-concurrency=1 "$@")
else
  (cd ui && npx vitest run)
  npm --prefix ui run e2e
fi
# The hub's log holds no reader's path (nor, by design, any IP address).
if grep -q "/guide/" "$work/hub.log"; then
  echo "the hub logged a reader's path:" >&2
  grep "/guide/" "$work/hub.log" >&2
  exit 1
fi
echo "screenshots: target/e2e-screenshots/"
