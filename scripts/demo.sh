#!/usr/bin/env bash
# Set up, then show the main job: a task in plain words solved on a bundled page, offline, recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
port=$(.venv/bin/python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
.venv/bin/python -m http.server "$port" --bind 127.0.0.1 --directory scenarios/apps/web >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
out="runs/demo-$(date +%Y%m%d-%H%M%S)"
.venv/bin/tilepilot run "Type bob into the Name field, type bob@example.com into Email and press Save changes" \
  --url "http://127.0.0.1:$port/form.html" --out "$out"
echo "open $out/step-*.png to see each step; $out/steps.jsonl holds what was done"
