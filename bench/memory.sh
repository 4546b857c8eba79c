#!/usr/bin/env bash
# Memory over time: the app's faces on the demo against the minimal JavaFX crawl (ref1080), each
# under an Xvfb of its own at 1920x1080, software pipeline. In each round all subjects run at the
# same time (same machine load), for MINUTES (default 60); ROUNDS rounds (default 3), the order of
# launch rotating. Every INTERVAL s (30): PSS of the subject's process group, heap used and
# committed after the last GC (from the subject's own -Xlog:gc, so nothing is forced), and threads.
# PSS is also split: pss_shm_mb, the X server's shared frame images (SysV shm), and pss_own_mb,
# the rest. One key=value line per sample in $WORK/memory-samples.txt, then medians over rounds and ratios.
# Subjects: window, wall, bar (the jar built now), window-before, wall-before, bar-before (the
# same faces from $BEFORE_JAR, e.g. a jar of an earlier commit), ref1080. A face may carry a
# variant, FACE+V (e.g. window+serial), which adds the JVM options in $OPTS_V to $BENCH_JAVA_OPTS.
# Usage: bench/memory.sh [MINUTES] [ROUNDS] [SUBJECTS...]   e.g. bench/memory.sh 60 1 ref1080 window
source "$(dirname "$0")/lib.sh"
MINUTES=${1:-60}; shift || true
ROUNDS=${1:-3}; shift || true
SUBJECTS=("$@")
[ ${#SUBJECTS[@]} -gt 0 ] || SUBJECTS=(ref1080 window)
INTERVAL=${INTERVAL:-30}
# Warm-up: what happens before it is not judged for flatness (the first fifth, at most 10 min).
WARMUP_S=${WARMUP_S:-$(( MINUTES * 60 / 5 < 600 ? MINUTES * 60 / 5 : 600 ))}
DISPLAY_BASE=${DISPLAY_BASE:-71}
bench_setup
# The run outlives rebuilds of the worktree: it runs copies of the jar and the classes.
SNAP=$WORK/memory-snapshot; rm -rf "$SNAP"; mkdir -p "$SNAP"
cp "$JAR" "$SNAP/wirewatch.jar"; JAR=$SNAP/wirewatch.jar; NOW_JAR=$JAR
cp -r "$ROOT/target/test-classes" "$ROOT/target/classes" "$SNAP/"
CP="$SNAP/test-classes:$SNAP/classes:$(cat "$ROOT/target/bench.classpath")"
if printf '%s\n' "${SUBJECTS[@]}" | grep -q -- '-before'; then
  [ -s "${BEFORE_JAR:-}" ] || { echo "set BEFORE_JAR to the jar the *-before subjects run" >&2; exit 1; }
  cp "$BEFORE_JAR" "$SNAP/before.jar"
fi
SAMPLES=$WORK/memory-samples.txt; : > "$SAMPLES"

# Heap used and committed (MB) after the last GC in a -Xlog:gc file: "... 24M->8M(64M) 3.4ms".
heap_after_gc() {
  grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" 2>/dev/null | tail -1 |
    sed 's/.*->\([0-9]*\)M(\([0-9]*\)M)/\1 \2/' || true
}

# PSS (MB) of process group $1 in System V shared memory: the MIT-SHM images GTK shares with the X
# server to put frames on it (counted half to each side), as large in the reference as in the app.
group_pss_shm_mb() {
  local total=0 pid kb
  for pid in $(pgrep -g "$1" 2>/dev/null); do
    kb=$(awk '/^[0-9a-f]+-[0-9a-f]+ / {shm = ($6 ~ /^\/SYSV/)} shm && /^Pss:/ {s += $2} END {print s + 0}' \
      "/proc/$pid/smaps" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

group_threads() {
  local total=0 pid
  for pid in $(pgrep -g "$1" 2>/dev/null); do
    total=$((total + $(awk '/^Threads:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo $total
}

for round in $(seq "$ROUNDS"); do
  n=${#SUBJECTS[@]}
  declare -A SP=() XP=() DIR=()
  for i in $(seq 0 $((n - 1))); do
    name=${SUBJECTS[$(( (i + round - 1) % n ))]}
    face=${name%%+*}; variant=${name#"$face"}; variant=${variant#+}
    opts=${BENCH_JAVA_OPTS:-}
    if [ -n "$variant" ]; then v="OPTS_$variant"; opts="$opts ${!v:-}"; fi
    face=${face%-before}
    dir=$WORK/memory-${name//+/_}-$round
    start_x $((DISPLAY_BASE + i))
    JAR=$NOW_JAR; case $name in *-before*) JAR=$SNAP/before.jar ;; esac
    rm -f "$dir".gc.log*
    JAVA_TOOL_OPTIONS="-Xlog:gc:file=$dir.gc.log" BENCH_JAVA_OPTS="$opts" launch "$face" "$dir"
    SP[$name]=$SPID; XP[$name]=$XPID; DIR[$name]=$dir
  done
  for name in "${SUBJECTS[@]}"; do
    first_frame window "${DIR[$name]}" 120 >/dev/null || echo "no first frame: $name" >&2
  done
  t0=$(now_ms)
  for s in $(seq 1 $(( MINUTES * 60 / INTERVAL ))); do
    sleep $(( t0 / 1000 + s * INTERVAL - $(now_ms) / 1000 )) 2>/dev/null || true
    t=$(( ($(now_ms) - t0) / 1000 ))
    for name in "${SUBJECTS[@]}"; do
      read -r used committed <<<"$(heap_after_gc "${DIR[$name]}.gc.log") "
      pss=$(group_pss_mb "${SP[$name]}"); shm=$(group_pss_shm_mb "${SP[$name]}")
      line="subject=$name round=$round t_s=$t pss_mb=$pss pss_shm_mb=$shm pss_own_mb=$((pss - shm)) heap_after_gc_mb=${used:-0} heap_committed_mb=${committed:-0} threads=$(group_threads "${SP[$name]}")"
      echo "$line"; echo "$line" >> "$SAMPLES"
    done
  done
  for name in "${SUBJECTS[@]}"; do
    stop_group "${SP[$name]}"; XPID=${XP[$name]} stop_x
  done
done
python3 - "$SAMPLES" "$WARMUP_S" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(sys.argv[1]) if l.strip()]
warm = int(sys.argv[2])
def slope(pts):  # least squares, MB per hour
    if len(pts) < 2:
        return 0.0
    mx = statistics.mean(p[0] for p in pts); my = statistics.mean(p[1] for p in pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return 3600 * sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else 0.0
med = {}
for name in dict.fromkeys(r["subject"] for r in rows):
    per_round = []
    for rnd in dict.fromkeys(r["round"] for r in rows if r["subject"] == name):
        rs = [r for r in rows if r["subject"] == name and r["round"] == rnd]
        after = [r for r in rs if int(r["t_s"]) >= warm] or rs
        pts = [(int(r["t_s"]), float(r["pss_mb"])) for r in after]
        per_round.append({
            "pss_warm": float(after[0]["pss_mb"]), "pss_end": float(rs[-1]["pss_mb"]),
            "pss_max": max(p[1] for p in pts), "pss_slope_mb_h": slope(pts),
            "own_end": float(rs[-1].get("pss_own_mb", rs[-1]["pss_mb"])),
            "own_max": max(float(r.get("pss_own_mb", r["pss_mb"])) for r in after),
            "own_slope_mb_h": slope([(int(r["t_s"]), float(r.get("pss_own_mb", r["pss_mb"]))) for r in after]),
            "heap_end": float(rs[-1]["heap_after_gc_mb"]),
            "committed_end": float(rs[-1]["heap_committed_mb"]),
            "threads_end": float(rs[-1]["threads"])})
    med[name] = {k: statistics.median(p[k] for p in per_round) for k in per_round[0]}
    print("median subject=%s rounds=%d " % (name, len(per_round))
          + " ".join(f"{k}={v:.1f}" for k, v in med[name].items()))
for name in med:
    if name != "ref1080" and "ref1080" in med:
        print(f"ratio {name}/ref1080 pss_end={med[name]['pss_end'] / med['ref1080']['pss_end']:.2f}"
              f" pss_max={med[name]['pss_max'] / med['ref1080']['pss_max']:.2f}"
              f" own_end={med[name]['own_end'] / max(1, med['ref1080']['own_end']):.2f}")
PY
