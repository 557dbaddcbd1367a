#!/usr/bin/env bash
# Builds Peer Guide, imports the demo content into a local database and shows it working.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

cargo build --release --locked -p peerguide-cli
bin=target/release/peerguide
db=target/demo/peerguide.db
mkdir -p target/demo
"$bin" import --db "$db" content
echo
echo "--- search (Arabic): طبيب (doctor)"
"$bin" search --db "$db" --lang ar "طبيب" --limit 3
echo
echo "--- article for a Tigrinya reader: not yet translated, so shown in English and said so"
"$bin" article --db "$db" --lang ti universal-credit | head -n 8
echo
echo "--- services open now that help with housing"
"$bin" services --db "$db" --lang en --topic housing --open-now | head -n 14
echo
echo "Try more: $bin --help   (database: $db)"
