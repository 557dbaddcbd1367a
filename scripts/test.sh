#!/usr/bin/env bash
# Runs every check CI runs: formatting, lints, docs, the architecture invariant, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
# Before clippy: the app crate compiles against WebKitGTK and embeds the built UI.
source scripts/setup-app.sh
ensure_app_packages
export PATH="$HOME/.cargo/bin:$PATH"

# Each step says how far into the run it starts, so a slow step shows in CI's log.
step() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

step "build the UI (ui/dist, embedded by the desktop app)"
build_ui

step "the UI's TypeScript types against the Rust types (tsc on ui/test/contract.generated.ts; cargo test below fails if that file is not what Rust writes)"
(cd ui && npx tsc --noEmit)

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "the core depends on no shell or server crate"
forbidden=$(cargo tree -p peerguide-core -e normal --prefix none --locked | grep -E '^(tauri|wry|axum|hyper|tower|actix-web|reqwest) ' || true)
if [ -n "$forbidden" ]; then
  echo "crates/core must not depend on: $forbidden" >&2
  exit 1
fi

step "every Rust file starts with a //! line saying what it owns"
missing=$(git ls-files '*.rs' | while read -r f; do head -n 1 "$f" | grep -q '^//!' || echo "$f"; done)
if [ -n "$missing" ]; then
  echo "these files lack a leading //! line:" >&2
  echo "$missing" >&2
  exit 1
fi

step "cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked --quiet

step "cargo test"
cargo test --workspace --locked

step "UI unit tests and locale checks (Vitest)"
(cd ui && npx vitest run)

step "browser end-to-end tests (Chromium against peerguide serve, English and Arabic)"
bash scripts/e2e.sh

step "desktop app smoke test (real binary, WebDriver, Xvfb)"
bash scripts/app-smoke.sh

step "all checks passed"
