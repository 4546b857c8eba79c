#!/usr/bin/env bash
# Publish-to-screen latency: a local live blog (bench/latency_server.py, loopback) stamps each
# update when it publishes it; the reading window (own Xvfb, BenchProbe on) records when the update
# reached the FX list and when the crawl first showed it (latency.txt). Modes, alternating within
# each of ROUNDS rounds (default 3): poll at 2 s, poll at 15 s, push (SSE). Each poll run ends with
# a quiet phase (nothing published): every poll there must be a 304 with 0 body bytes.
# Run lengths (about 5 min a round, 15 min for 3 when idle; 23 min at a load of 30 on 2 cores):
# poll2s 40 updates ~1.7 s apart + 16 s quiet; poll15s 50 updates ~1.2 s apart + 31 s quiet;
# push 50 updates ~1.2 s apart. Gaps are uniform in [0.3, 1.7] x the mean, seeded by the round, so publishes do not line up with the polls.
# One key=value line per run, then medians against the bars.
# Usage: bench/latency.sh [ROUNDS]
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-3}
MODES=(${MODES:-poll2s poll15s push})
bench_setup
RESULTS=$WORK/latency-results.txt; : > "$RESULTS"

stats() { curl -s --max-time 5 "http://127.0.0.1:$PORT/stats"; }

for round in $(seq "$ROUNDS"); do
  for mode in "${MODES[@]}"; do
    dir=$WORK/latency-$mode-$round
    rm -rf "$dir"; mkdir -p "$dir"
    python3 bench/latency_server.py "$dir/port" >"$dir/server.log" 2>&1 &
    SERVER=$!
    wait_for_file "$dir/port" 10
    PORT=$(cat "$dir/port")
    feed="http://127.0.0.1:$PORT/feed.json;format=jsonfeed;id=latency;name=Latency"
    case $mode in
      poll2s) src="$feed;interval=2s"; n=40; gap=1.7; tail=10; quiet=16; interval=2000 ;;
      poll15s) src="$feed;interval=15s"; n=50; gap=1.2; tail=22; quiet=31; interval=15000 ;;
      push) src="$feed;interval=15s;push=http://127.0.0.1:$PORT/events"; n=50; gap=1.2; tail=8
        quiet=0; interval=0 ;;
    esac
    start_x 92
    BENCH_APP_ARGS="--source $src" launch window "$dir/app"
    if ! first_frame window "$dir/app" 90 >/dev/null; then
      stop_group "$SPID"; stop_x; kill "$SERVER"; continue
    fi
    sleep 3 # the first poll is done and the stream (push) is open
    t0=$(now_ms)
    curl -s --max-time 5 "http://127.0.0.1:$PORT/start?n=$n&gap=$gap&seed=$round" >/dev/null
    until stats | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(d["published"] < d["planned"])'; do
      sleep 1
    done
    sleep "$tail" # the last update reaches the list and scrolls into the crawl
    q0=$(now_ms); sleep "$quiet"; q1=$(now_ms)
    stats > "$dir/stats.json"
    echo "$t0 $q0 $q1" > "$dir/times" # latency.py can be run again on the run's files
    stop_group "$SPID"; stop_x
    kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true
    wait_for_file "$dir/app/latency.txt" 10 || true
    line="mode=$mode round=$round $(python3 bench/latency.py "$dir/stats.json" "$dir/app/latency.txt" "$t0" "$q0" "$q1")"
    echo "$line"; echo "$line" >> "$RESULTS"
  done
done
python3 bench/latency.py --summary "$RESULTS"
