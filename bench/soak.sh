#!/usr/bin/env bash
# Soak: the whole app (the window face under an Xvfb of its own, history on) against
# bench/liveserver.py's soak mode: SOURCES (10) live blogs on loopback polled every 2 s, PER_MINUTE
# (500) updates a minute between them with edits, withdrawals, very large items, hostile HTML, bad
# dates, and FAULTS (0.15) of the responses a fault (500, 503 + Retry-After, trickle, cut mid-body,
# malformed JSON, ~6 MB and ~12 MB bodies, an HTML error page), seeded (SEED, 1).
# Every SAMPLE s (20): heap used after a full GC (jcmd GC.run, then GC.heap_info), live threads
# (/proc/PID/status), PSS (smaps_rollup), open fds, the data dir's size, the log's size, and what
# the server published; one key=value line per sample, then a verdict per curve (slope of the last
# third against the first third), the longest pulse gap (outside the forced GCs, and overall), and
# whether the app was alive at the end with no uncaught exception on stderr.
# Usage: bench/soak.sh [MINUTES]   (default 30; BENCH_NO_BUILD=1 to use the jar as built)
source "$(dirname "$0")/lib.sh"
MINUTES=${1:-30}
SAMPLE=${SAMPLE:-20}
SOURCES=${SOURCES:-10}; PER_MINUTE=${PER_MINUTE:-500}; FAULTS=${FAULTS:-0.15}; SEED=${SEED:-1}
PORT=${PORT:-18600}
bench_setup
OUT=$WORK/soak
rm -rf "$OUT"; mkdir -p "$OUT"
# The run keeps its own copy of the jar, so a build during the run cannot change it underneath.
cp "$JAR" "$OUT/wirewatch.jar"; JAR=$OUT/wirewatch.jar
dir=$OUT/app

python3 bench/liveserver.py soak "$PORT" --sources "$SOURCES" --seed "$SEED" \
  --per-minute "$PER_MINUTE" --faults "$FAULTS" >"$OUT/server.log" 2>&1 &
SRV=$!
cleanup() { kill "$SRV" 2>/dev/null || true; [ -n "${SPID:-}" ] && stop_group "$SPID"; stop_x; }
trap cleanup EXIT
sleep 1
args=""
for n in $(seq 0 $((SOURCES - 1))); do
  args+=" --source http://127.0.0.1:$((PORT + n))/feed.json;interval=2s;name=Blog-$n;id=blog-$n"
done
start_x 93
BENCH_APP_ARGS="$args ${BENCH_APP_ARGS:-}" launch window "$dir"
JPID=$SPID
if ! first_frame window "$dir" 120 >/dev/null; then
  echo "no first frame; see $dir/out.log" >&2; exit 1
fi
t0=$(now_ms)
echo "soak minutes=$MINUTES sample_s=$SAMPLE sources=$SOURCES per_minute=$PER_MINUTE faults=$FAULTS seed=$SEED pid=$JPID"
SAMPLES=$OUT/samples.txt; : > "$SAMPLES"; : > "$OUT/gc-times.txt"
end=$((t0 + MINUTES * 60 * 1000))
alive=1
while :; do
  now=$(now_ms)
  [ "$now" -ge "$end" ] && break
  if ! kill -0 "$JPID" 2>/dev/null; then alive=0; echo "the app exited early" >&2; break; fi
  g1=$(now_ms)
  jcmd "$JPID" GC.run >/dev/null 2>&1 || true
  g2=$(now_ms)
  echo "$g1 $g2" >> "$OUT/gc-times.txt"
  heap_kb=$(jcmd "$JPID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$JPID/status" 2>/dev/null || echo 0)
  pss_kb=$(awk '/^Pss:/ {print $2}' "/proc/$JPID/smaps_rollup" 2>/dev/null || echo 0)
  fds=$(ls "/proc/$JPID/fd" 2>/dev/null | wc -l)
  data_kb=$(du -sk "$dir/data" 2>/dev/null | cut -f1)
  log_kb=$(du -sk "$dir/home" 2>/dev/null | cut -f1)
  published=$(curl -s -m 5 "http://127.0.0.1:$PORT/stats" | grep -o 'published=[0-9]*' | cut -d= -f2 || echo 0)
  line="t_s=$(( (g1 - t0) / 1000 )) heap_mb=$((heap_kb / 1024)) threads=$threads pss_mb=$((pss_kb / 1024)) fds=$fds data_mb=$(awk "BEGIN{printf \"%.1f\", $data_kb/1024}") log_kb=$log_kb published=${published:-0} gc_ms=$((g2 - g1))"
  echo "$line"; echo "$line" >> "$SAMPLES"
  sleep $(( SAMPLE - ($(now_ms) - now) / 1000 > 0 ? SAMPLE - ($(now_ms) - now) / 1000 : 1 ))
done
t1=$(now_ms)
kill -0 "$JPID" 2>/dev/null || alive=0
curl -s -m 5 "http://127.0.0.1:$PORT/stats" > "$OUT/server-stats.txt" || true
stop_group "$SPID"; SPID=""
collect_pulses window "$dir"
uncaught=$(grep -c -E 'Exception in thread|Uncaught|OutOfMemoryError|SIGSEGV|hs_err' "$dir/out.log" 2>/dev/null || true)
warns=$(grep -c '^wirewatch: WARN' "$dir/out.log" 2>/dev/null || true)
errors=$(grep -c '^wirewatch: ERROR' "$dir/out.log" 2>/dev/null || true)
echo "server $(cat "$OUT/server-stats.txt")"
python3 - "$SAMPLES" "$dir/pulses.txt" "$OUT/gc-times.txt" "$t0" "$t1" <<PY
import sys
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(sys.argv[1]) if l.strip()]
t0, t1 = int(sys.argv[4]) * 10**6, int(sys.argv[5]) * 10**6

def slope(pts):  # least squares, units per minute
    if len(pts) < 2:
        return float("nan")
    n = len(pts); mx = sum(x for x, _ in pts) / n; my = sum(y for _, y in pts) / n
    d = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / d * 60 if d else 0.0

# Flat enough: below these per-minute drifts, or under a quarter of the first third's climb.
flat = {"heap_mb": 0.5, "threads": 0.1, "pss_mb": 1.0, "fds": 0.1}
verdicts = []
for key in ["heap_mb", "threads", "pss_mb", "fds", "data_mb"]:
    pts = [(float(r["t_s"]), float(r[key])) for r in rows]
    third = max(2, len(pts) // 3)
    first, last = slope(pts[:third]), slope(pts[-third:])
    vals = [y for _, y in pts]
    if key == "data_mb":
        pub = float(rows[-1]["published"]) - float(rows[0]["published"]) if rows else 0
        per = (vals[-1] - vals[0]) * 1024 / pub if pub else float("nan")
        verdict = "grows_with_history"
        print(f"curve={key} first={vals[0]:g} last={vals[-1]:g} max={max(vals):g} slope_first_per_min={first:.2f} slope_last_per_min={last:.2f} kb_per_update={per:.2f} verdict={verdict}")
        continue
    ok = abs(last) <= flat[key] or (first > 0 and last <= first / 4)
    verdict = "levels_off" if ok else "still_growing"
    verdicts.append(ok)
    print(f"curve={key} first={vals[0]:g} last={vals[-1]:g} max={max(vals):g} slope_first_per_min={first:.2f} slope_last_per_min={last:.2f} verdict={verdict}")

times = []
try:
    times = [int(l) for l in open(sys.argv[2]) if l.strip()]
except FileNotFoundError:
    pass
times = [t for t in times if t0 <= t <= t1]
gcs = [tuple(int(x) * 10**6 for x in l.split()) for l in open(sys.argv[3]) if l.strip()]
gaps = [(b - a, a, b) for a, b in zip(times, times[1:])]
def near_gc(a, b):
    return any(a <= g2 + 500 * 10**6 and b >= g1 - 50 * 10**6 for g1, g2 in gcs)
outside = [g for g in gaps if not near_gc(g[1], g[2])]
mx = max(gaps)[0] / 1e6 if gaps else float("nan")
mo = max(outside)[0] / 1e6 if outside else float("nan")
print(f"pulses={len(times)} max_gap_ms={mx:.0f} max_gap_outside_forced_gc_ms={mo:.0f} gaps_over_1s={sum(1 for g in gaps if g[0] > 10**9)} gaps_over_100ms_outside_gc={sum(1 for g in outside if g[0] > 10**8)}")
print("verdict_memory_threads_fds=" + ("levels_off" if verdicts and all(verdicts) else "still_growing"))
PY
echo "alive_at_end=$alive uncaught_on_stderr=$uncaught warn_lines=$warns error_lines=$errors"
echo "statuses: $(grep -o 'wirewatch: WARN [A-Za-z]*' "$dir/out.log" | sort | uniq -c | sort -rn | head -5 | tr '\n' ';')"
