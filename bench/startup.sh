#!/usr/bin/env bash
# Startup: from the script's clock just before exec to the first frame showing updates (the probe's
# first-frame.txt), the reading window against a bare JavaFX window (one label, same probe), each
# under an Xvfb of its own at 1920x1080, software pipeline, alternating, ROUNDS rounds (default 3).
# Subjects: bare; cold (a first start: empty data and home, so the first poll of the demo brings
# the updates and JavaFX unpacks its native libraries); warm (a restart with a copy of the data and
# home of one earlier run on the demo: the updates are restored from history before any poll);
# cold-before, warm-before (the same from $BEFORE_JAR); warm+cds (warm, with an AppCDS archive of
# the classes a run loaded, made once here with -XX:ArchiveClassesAtExit).
# Usage: bench/startup.sh [ROUNDS] [SUBJECTS...]   e.g. bench/startup.sh 5 bare warm warm+cds
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-3}; shift || true
SUBJECTS=("$@")
[ ${#SUBJECTS[@]} -gt 0 ] || SUBJECTS=(bare cold warm)
DISPLAY_N=${DISPLAY_N:-81}
bench_setup
# The run outlives rebuilds of the worktree: it runs copies of the jar and the classes.
SNAP=$WORK/startup-snapshot; rm -rf "$SNAP"; mkdir -p "$SNAP"
cp "$JAR" "$SNAP/wirewatch.jar"; NOW_JAR=$SNAP/wirewatch.jar
cp -r "$ROOT/target/test-classes" "$ROOT/target/classes" "$SNAP/"
CP="$SNAP/test-classes:$SNAP/classes:$(cat "$ROOT/target/bench.classpath")"
if printf '%s\n' "${SUBJECTS[@]}" | grep -q -- '-before'; then
  [ -s "${BEFORE_JAR:-}" ] || { echo "set BEFORE_JAR to the jar the *-before subjects run" >&2; exit 1; }
fi

# One run of the window on the demo (first frame, then SEED_S s of polling), stopped: its data
# and home are what every warm start copies.
seed() {
  local jar=$1 out=$2 opts=${3:-}
  start_x "$DISPLAY_N"
  JAR=$jar BENCH_JAVA_OPTS="$opts" launch window "$out"
  first_frame window "$out" 120 >/dev/null || { stop_group "$SPID"; stop_x; return 1; }
  sleep "${SEED_S:-15}"
  stop_group "$SPID"; stop_x
}
seed "$NOW_JAR" "$WORK/startup-seed"
if printf '%s\n' "${SUBJECTS[@]}" | grep -q -- '-before'; then seed "$BEFORE_JAR" "$WORK/startup-seed-before"; fi
if printf '%s\n' "${SUBJECTS[@]}" | grep -q -- '+cds'; then
  rm -f "$WORK/wirewatch.jsa"
  BENCH_SEED=$WORK/startup-seed seed "$NOW_JAR" "$WORK/startup-cds-dump" "-XX:ArchiveClassesAtExit=$WORK/wirewatch.jsa"
  ls -l "$WORK/wirewatch.jsa" >&2
fi

RESULTS=$WORK/startup-results.txt; : > "$RESULTS"
for round in $(seq "$ROUNDS"); do
  for name in "${SUBJECTS[@]}"; do
    dir=$WORK/startup-${name//+/_}-$round
    kind=${name%%+*}; kind=${kind%-before}
    jar=$NOW_JAR seedDir=$WORK/startup-seed opts=
    case $name in *-before*) jar=$BEFORE_JAR seedDir=$WORK/startup-seed-before ;; esac
    case $name in *+cds*) opts="-XX:SharedArchiveFile=$WORK/wirewatch.jsa" ;; esac
    [ "$kind" = warm ] || seedDir=
    face=window; [ "$kind" = bare ] && face=bare
    start_x "$DISPLAY_N"
    t0=$(now_ms)
    JAR=$jar BENCH_SEED=$seedDir BENCH_JAVA_OPTS="$opts" launch "$face" "$dir"
    if ff=$(first_frame "$face" "$dir" 120); then
      line="subject=$name round=$round first_frame_ms=$((ff - t0))"
      echo "$line"; echo "$line" >> "$RESULTS"
    fi
    stop_group "$SPID"; stop_x
  done
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(sys.argv[1]) if l.strip()]
med = {}
for name in dict.fromkeys(r["subject"] for r in rows):
    runs = [float(r["first_frame_ms"]) for r in rows if r["subject"] == name]
    med[name] = statistics.median(runs)
    print(f"median subject={name} runs={len(runs)} first_frame_ms={med[name]:.0f}")
for name in med:
    if name != "bare" and "bare" in med:
        print(f"ratio {name}/bare first_frame={med[name] / med['bare']:.2f}")
PY
