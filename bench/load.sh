#!/usr/bin/env bash
# UI under load: the reading window (1920x1080, software pipeline, an Xvfb of its own) against
# bench/liveserver.py's burst mode, ROUNDS rounds (default 3), each round two runs:
#  burst   a source polled every 2 s (the shortest interval the app allows) holds 20 updates; after
#          WARM s the server adds 1,000 in one second (20 steps of 50); from the probe's pulses,
#          over the BURST_WINDOW s (8) from the burst's start, the longest pulse interval and the
#          FX thread's CPU between two pulses (its stall, what the machine's load cannot inflate),
#          against the WARM s before as a baseline (base_*).
#  scroll  the source holds 5,000 updates (the timeline's capacity) from the start; once they are
#          in, xdotool turns the mouse wheel over the list (120 notches, 40 ms apart) then presses
#          Page Down 60 times (80 ms apart), ~10 s in all; frames over 25 ms while it scrolls.
# One frame is one 60 Hz pulse, 16.7 ms: the FX thread stalls "more than one frame" when its work
# between two pulses exceeds 16.7 ms (fx_over16), and a frame is lost when two pulses are more than
# two frames, 33.3 ms, apart (over33). One key=value line per run, then medians.
# Usage: bench/load.sh [ROUNDS]   (BENCH_NO_BUILD=1 to use the jar as built)
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-3}
WARM=${WARM:-6}; BURST_WINDOW=${BURST_WINDOW:-8}
PORT=${PORT:-18590}
command -v xdotool >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xdotool) >&2
bench_setup
RESULTS=$WORK/load-results.txt; : > "$RESULTS"
SRV=""
cleanup() { [ -n "$SRV" ] && kill "$SRV" 2>/dev/null; [ -n "${SPID:-}" ] && stop_group "$SPID"; stop_x; }
trap cleanup EXIT

server() { # $1 initial updates; sets SRV
  python3 bench/liveserver.py burst "$PORT" --initial "$1" >"$WORK/load-server.log" 2>&1 &
  SRV=$!
  for _ in $(seq 50); do curl -s -m 1 "http://127.0.0.1:$PORT/count" >/dev/null && return 0; sleep 0.1; done
  echo "the load server did not start" >&2; return 1
}

run() { # $1 kind, $2 round
  local kind=$1 round=$2 dir=$WORK/load-$1-$2 t1 t2 t3 b1 b2
  server "$([ "$kind" = scroll ] && echo 5000 || echo 20)"
  start_x 92
  BENCH_APP_ARGS="--source http://127.0.0.1:$PORT/feed.json;interval=2s;name=Load;id=load" \
    launch window "$dir"
  if ! first_frame window "$dir" 120 >/dev/null; then
    stop_group "$SPID"; SPID=""; stop_x; kill "$SRV"; SRV=""; return 0
  fi
  if [ "$kind" = burst ]; then
    sleep "$WARM"
    t1=$(now_ms)
    curl -s -m 5 "http://127.0.0.1:$PORT/burst?n=1000&ms=1000" >/dev/null
    t2=$(now_ms)
    sleep "$BURST_WINDOW"
    t3=$((t2 + BURST_WINDOW * 1000)); b1=$((t1 - (WARM - 1) * 1000)); b2=$t1
  else
    # The 5,000 are parsed, stored and shown in the first seconds; let that settle.
    sleep "${SCROLL_SETTLE:-20}"
    xdotool mousemove 420 540 click 1 >/dev/null 2>&1 || true
    sleep 1
    t2=$(now_ms)
    xdotool click --repeat 120 --delay 40 5 >/dev/null 2>&1 || true
    xdotool key --repeat 60 --delay 80 Next >/dev/null 2>&1 || true
    t3=$(now_ms)
    b1=$((t2 - 5000)); b2=$((t2 - 200))
  fi
  stop_group "$SPID"; SPID=""; stop_x
  kill "$SRV" 2>/dev/null; wait "$SRV" 2>/dev/null || true; SRV=""
  collect_pulses window "$dir"
  local line="run=$kind round=$round $(python3 bench/stalls.py "$dir/pulses.txt" "$dir/pulses-cpu.txt" "$t2" "$t3") $(python3 bench/stalls.py "$dir/pulses.txt" "$dir/pulses-cpu.txt" "$b1" "$b2" base_)"
  echo "$line"; echo "$line" >> "$RESULTS"
}

for round in $(seq "$ROUNDS"); do
  run burst "$round"
  run scroll "$round"
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(sys.argv[1]) if line.strip()]
keys = ["frames", "max_gap_ms", "p99_ms", "over25", "over33", "max_fx_cpu_ms", "fx_over16", "fx_cpu_ms",
        "base_max_gap_ms", "base_max_fx_cpu_ms"]
for kind in dict.fromkeys(r["run"] for r in rows):
    runs = [r for r in rows if r["run"] == kind]
    med = {k: statistics.median(float(r[k]) for r in runs) for k in keys if all(k in r for r in runs)}
    print(f"median run={kind} runs={len(runs)} " + " ".join(f"{k}={v:g}" for k, v in med.items()))
PY
