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
work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
target/debug/peerguide import --db "$work/e2e.db" content >/dev/null
target/debug/peerguide serve --db "$work/e2e.db" --listen 127.0.0.1:0 --ui ui/dist >"$work/serve.log" 2>&1 &
server=$!
url=
for _ in $(seq 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -n1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "peerguide serve did not start" >&2; exit 1; }
echo "web mode at $url"

export PEERGUIDE_URL=$url
(cd ui && npx vitest run)
npm --prefix ui run e2e
echo "screenshots: target/e2e-screenshots/"
