# Sourced by the test scripts: background servers on loopback for browser and app tests, and
# an organisation's hub holding the demo content. Needs `pg` (the peerguide binary) and `work`
# (a scratch folder the caller removes); servers_stop stops every server started here.

# Starts a server in the background (output in $work/<name>.log) and prints the address it
# reports. Called inside $(...), so process ids are kept in a file, not a variable.
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

servers_stop() {
  for pid in $(cat "$work/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  sleep 0.2
}

# Prints a field (a.b.c) of the JSON on stdin.
json_field() {
  node -e 'let v=JSON.parse(require("fs").readFileSync(0,"utf8"));for(const k of process.argv[1].split("."))v=v[k];console.log(v)' "$1"
}

# A hub with the demo content and one piece of news published by its first coordinator.
# Exports PEERGUIDE_HUB_URL and PEERGUIDE_HUB_TOKEN (that coordinator's device token).
start_demo_hub() {
  local code
  code=$("$pg" --json hub init --data "$work/hub" | json_field invite.code)
  PEERGUIDE_HUB_URL=$(serve_bg hub "$pg" hub serve --data "$work/hub" --listen 127.0.0.1:0)
  PEERGUIDE_HUB_TOKEN=$("$pg" --json join --hub "$PEERGUIDE_HUB_URL" "$code" | json_field token)
  "$pg" publish --hub "$PEERGUIDE_HUB_URL" --token "$PEERGUIDE_HUB_TOKEN" content >/dev/null
  "$pg" publish --hub "$PEERGUIDE_HUB_URL" --token "$PEERGUIDE_HUB_TOKEN" ui/e2e/fixtures/hub-news >/dev/null
  export PEERGUIDE_HUB_URL PEERGUIDE_HUB_TOKEN
  echo "hub at $PEERGUIDE_HUB_URL"
}
