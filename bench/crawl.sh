#!/usr/bin/env bash
# Crawl cost and smoothness: the reading window, the wall and the ticker bar against a minimal
# JavaFX crawl (1920x1080 and 1920x120 windows) and a CSS ticker in Chromium (kiosk), each under an
# Xvfb of its own at 1920x1080, software pipeline, alternating, ROUNDS rounds (default 3).
# Each run: first frame, WARM s (12) of warm-up (the demo's first updates and its one breaking
# takeover, cut to 3 s on the wall, are over by then), then MEASURE s (15) of CPU (app + X server, 100 =
# one core), frame intervals and PSS. One key=value line per run, then medians and ratios.
# Usage: bench/crawl.sh [ROUNDS] [SUBJECTS...]   e.g. bench/crawl.sh 3 bar chromium
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-3}; shift || true
SUBJECTS=("$@")
[ ${#SUBJECTS[@]} -gt 0 ] || SUBJECTS=(ref1080 window window-nocache ref120 bar wall chromium)
WARM=${WARM:-12}; MEASURE=${MEASURE:-15}
bench_setup
RESULTS=$WORK/crawl-results.txt; : > "$RESULTS"
for round in $(seq "$ROUNDS"); do
  for name in "${SUBJECTS[@]}"; do
    dir=$WORK/crawl-$name-$round
    start_x 91
    BENCH_APP_ARGS="${BENCH_APP_ARGS:-} --takeover-seconds 3" launch "$name" "$dir"
    if ! first_frame "$name" "$dir" 90 >/dev/null; then
      stop_group "$SPID"; stop_x; continue
    fi
    sleep "$WARM"
    a1=$(group_ticks "$SPID"); x1=$(pid_ticks "$XPID"); t1=$(now_ms)
    sleep "$MEASURE"
    a2=$(group_ticks "$SPID"); x2=$(pid_ticks "$XPID"); t2=$(now_ms)
    pss=$(group_pss_mb "$SPID")
    stop_group "$SPID"; stop_x
    collect_pulses "$name" "$dir"
    secs=$(( t2 - t1 ))
    app=$(( (a2 - a1) * 1000 * 100 / 100 / secs )); xs=$(( (x2 - x1) * 1000 * 100 / 100 / secs ))
    line="subject=$name round=$round cpu_app=$app cpu_x=$xs cpu_total=$((app + xs)) pss_mb=$pss $(python3 bench/frames.py "$dir/pulses.txt" "$t1" "$t2")"
    echo "$line"; echo "$line" >> "$RESULTS"
  done
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(sys.argv[1]) if line.strip()]
keys = ["cpu_app", "cpu_x", "cpu_total", "pss_mb", "fps", "p99_ms", "max_ms", "over25"]
med = {}
for name in dict.fromkeys(r["subject"] for r in rows):
    runs = [r for r in rows if r["subject"] == name]
    med[name] = {k: statistics.median(float(r[k]) for r in runs) for k in keys}
    print("median subject=%s runs=%d " % (name, len(runs)) + " ".join(f"{k}={med[name][k]:g}" for k in keys))
pairs = [("window", "ref1080"), ("window-nocache", "ref1080"), ("window", "window-nocache"),
         ("bar", "chromium"), ("wall", "chromium"), ("bar", "ref120")]
for face, ref in pairs:
    if face in med and ref in med and med[ref]["cpu_total"] > 0:
        print(f"ratio {face}/{ref} cpu_total={med[face]['cpu_total'] / med[ref]['cpu_total']:.2f}")
PY
