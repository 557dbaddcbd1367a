#!/usr/bin/env bash
# Smoke test of the real desktop app: builds it (debug, with the UI embedded), then drives it
# over WebDriver on a virtual screen: first start, pick a language, read an article, then
# link the app to a hub (started here) and sync through its commands.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
source scripts/setup-app.sh
export PATH="$HOME/.cargo/bin:$PATH"

ensure_app_packages
ensure_tauri_driver
ensure_node
[ -f ui/dist/index.html ] || build_ui
# Debug build: tauri's custom-protocol feature is always on (workspace Cargo.toml), so this
# binary embeds ui/dist like a release one; release would add minutes to every CI run.
cargo build --locked -p peerguide-app
# A hub for the app to sync with.
cargo build --locked -q -p peerguide-cli
pg="${CARGO_TARGET_DIR:-target}/debug/peerguide"
work=$(mktemp -d)
source scripts/servers.sh
trap 'servers_stop; rm -rf "$work"' EXIT
start_demo_hub
# The timeout guards CI against a hang should a WebKit process never let go.
PEERGUIDE_APP="$(realpath "${CARGO_TARGET_DIR:-target}")/debug/peerguide-app" \
  timeout 600 xvfb-run -a -s "-screen 0 1280x800x24" node --test tests/tauri/smoke.test.mjs
