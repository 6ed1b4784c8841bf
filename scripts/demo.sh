#!/usr/bin/env bash
# Set up, then show the main job: a task in plain words solved on a bundled page by the embedded model,
# offline, recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
port=$(.venv/bin/python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
.venv/bin/python -m http.server "$port" --bind 127.0.0.1 --directory scenarios/apps/web >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
out="runs/demo-$(date +%Y%m%d-%H%M%S)"
# the embedded model (the default policy) signs in; the password is a secret: typed, never recorded
export LOGIN_PW=hunter2
.venv/bin/tilepilot run 'log in with username "bob" and password {{secret:LOGIN_PW}}' \
  --url "http://127.0.0.1:$port/login/index.html" --out "$out"
echo "open $out/step-*.png to see each step (the last shows 'Welcome, bob'); $out/steps.jsonl holds what was done"
