#!/usr/bin/env bash
# Builds Peer Guide and starts it with the demo content: the desktop app where there is a
# display, and otherwise the web mode, served on this computer only, on port $PORT (8080 when
# unset: `PORT=8090 bash scripts/run.sh` starts a second one beside the first).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
source scripts/setup-app.sh
export PATH="$HOME/.cargo/bin:$PATH"

build_ui
# Where cargo puts what it builds (CARGO_TARGET_DIR, if the machine sets one).
out="${CARGO_TARGET_DIR:-target}"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  ensure_app_packages
  cargo build --release --locked -p peerguide-app
  echo
  echo "Starting the Peer Guide app. On its first start it imports the demo content (content/, sample data)"
  echo "into ${XDG_DATA_HOME:-$HOME/.local/share}/org.peerguide.guide/peerguide.db."
  exec "$out/release/peerguide-app"
fi

echo
echo "No display here (\$DISPLAY and \$WAYLAND_DISPLAY are empty), so the desktop app cannot open."
echo "Starting the web mode instead: open the address below in a browser on this computer."
cargo build --release --locked -p peerguide-cli
db="$out/demo/peerguide.db"
mkdir -p "$out/demo"
"$out/release/peerguide" import --db "$db" content
exec "$out/release/peerguide" serve --db "$db" --listen "127.0.0.1:${PORT:-8080}" --ui ui/dist
