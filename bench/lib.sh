# Shared by the bench/*.sh scripts: set-up, one subject under its own Xvfb, and what is read off it.
# Source it; it cds to the project root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
WORK=${BENCH_WORK:-/tmp/wirewatch-bench}
mkdir -p "$WORK"

# Installs what the benchmarks need from Debian's packages (once), then builds the jar and the
# test classpath (the references live in src/test/java/org/wirewatch/bench).
bench_setup() {
  local need=()
  command -v Xvfb >/dev/null || need+=(xvfb xauth)
  command -v chromium >/dev/null || need+=(chromium)
  [ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || [ -e /usr/lib/aarch64-linux-gnu/libgtk-3.so.0 ] || need+=(libgtk-3-0)
  if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >&2
  fi
  if [ -z "${BENCH_NO_BUILD:-}" ]; then
    mvn -B -q package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true >&2
    mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
      -Djacoco.skip=true >&2
  fi
  JAR=$ROOT/target/wirewatch.jar
  CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/bench.classpath")"
  python3 - "$ROOT/assets/demo/demo-script.json" > "$WORK/headlines.txt" <<'PY'
import json, sys
steps = json.load(open(sys.argv[1]))["steps"]
print("\n".join(s["item"]["title"] for s in steps if s.get("action") == "publish" and "item" in s))
PY
}

# Starts an Xvfb of its own for one subject (so its CPU is that subject's alone): sets XPID, DISPLAY.
start_x() {
  local n=$1
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  XPID=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X$n" ] && return 0
    sleep 0.1
  done
  echo "Xvfb :$n did not start" >&2
  return 1
}

stop_x() { kill "$XPID" 2>/dev/null || true; wait "$XPID" 2>/dev/null || true; }

# CPU ticks (user + system, 1/100 s) of every process in process group $1 (a subject started with setsid).
group_ticks() {
  local total=0 pid
  for pid in $(pgrep -g "$1" 2>/dev/null); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $total
}

pid_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# Proportional set size in MB of every process in process group $1.
group_pss_mb() {
  local total=0 pid kb
  for pid in $(pgrep -g "$1" 2>/dev/null); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

now_ms() { date +%s%3N; }

# Waits until file $1 exists (at most $2 seconds); prints nothing, fails on timeout.
wait_for_file() {
  local i
  for i in $(seq $(( $2 * 20 ))); do
    [ -s "$1" ] && return 0
    sleep 0.05
  done
  return 1
}

# Stops a subject's whole process group and waits for it (the probe writes its pulses on the way out).
stop_group() {
  kill -TERM -- "-$1" 2>/dev/null || true
  local i
  for i in $(seq 100); do
    pgrep -g "$1" >/dev/null 2>&1 || return 0
    sleep 0.1
  done
  kill -KILL -- "-$1" 2>/dev/null || true
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }

JAVA_SW=(-Dprism.order=sw -Dprism.verbose=false)

# Launches subject $1 in directory $2 (fresh config, data and home), in its own process group, on
# the current DISPLAY; sets SPID. Subjects: app faces (window, wall, bar), the JavaFX references
# (ref1080, ref120, bare) and the browser reference (chromium). Extra app arguments: BENCH_APP_ARGS.
launch() {
  local name=$1 dir=$2 font=${BENCH_FONT:-19.5} speed=${BENCH_SPEED:-90}
  rm -rf "$dir"; mkdir -p "$dir/cfg" "$dir/data" "$dir/home"
  # A restart rather than a first start: the data and home of an earlier run, when BENCH_SEED names one.
  if [ -n "${BENCH_SEED:-}" ]; then cp -a "$BENCH_SEED/data/." "$dir/data/"; cp -a "$BENCH_SEED/home/." "$dir/home/"; fi
  local probe=(-Dwirewatch.bench.dir="$dir")
  # FACE-nocache: the same face with the crawl's bitmap cache off (the A/B for that change).
  if [[ $name == *-nocache ]]; then
    name=${name%-nocache}
    probe+=(-Dwirewatch.crawl.cache=false)
  fi
  case $name in
    ref1080|ref120|bare)
      local size=1920x1080 extra=()
      [ "$name" = ref120 ] && size=1920x120
      [ "$name" = bare ] && extra=(--bare)
      setsid java "${JAVA_SW[@]}" "${probe[@]}" -cp "$CP" org.wirewatch.bench.MinimalCrawl \
        --size $size --headlines "$WORK/headlines.txt" --font "$font" --speed "$speed" "${extra[@]}" \
        >"$dir/out.log" 2>&1 &
      ;;
    window|wall|bar)
      printf 'window.x=0\nwindow.y=0\nwindow.width=1920\nwindow.height=1080\nwindow.maximized=true\n' \
        >"$dir/cfg/ui.properties"
      local face=()
      [ "$name" = wall ] && face=(--wall)
      [ "$name" = bar ] && face=(--bar)
      # shellcheck disable=SC2086
      HOME="$dir/home" setsid java "${JAVA_SW[@]}" "${probe[@]}" ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
        --config-dir "$dir/cfg" --data-dir "$dir/data" "${face[@]}" ${BENCH_APP_ARGS:-} \
        >"$dir/out.log" 2>&1 &
      ;;
    chromium)
      python3 - "$WORK/headlines.txt" "$font" "$speed" "$ROOT/bench/ticker.html" > "$dir/ticker.html" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1]) if l.strip()]
spans = "".join(f"<span>{html.escape(lines[i % len(lines)])}</span>" for i in range(200))
page = open(sys.argv[4]).read()
print(page.replace("SPANS", spans).replace("FONT", sys.argv[2]).replace("SPEED", sys.argv[3])
      .replace("DUR", "600").replace("LENGTH", "20000"))
PY
      HOME="$dir/home" setsid chromium --no-sandbox --kiosk --window-size=1920,1080 \
        --window-position=0,0 --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --disable-features=Translate,MediaRouter \
        --noerrdialogs --password-store=basic --user-data-dir="$dir/profile" \
        --enable-logging=stderr --v=0 "file://$dir/ticker.html" >"$dir/out.log" 2>&1 &
      ;;
    *) echo "unknown subject $name" >&2; return 1 ;;
  esac
  SPID=$!
}

# Waits for subject $1's first frame (in $2) for at most $3 seconds; prints its epoch ms.
first_frame() {
  local name=$1 dir=$2 limit=$3 i
  for i in $(seq $((limit * 50))); do
    if [ "$name" = chromium ]; then
      local at
      at=$(grep -o 'FIRST [0-9]*' "$dir/out.log" 2>/dev/null | head -1 | cut -d' ' -f2 || true)
      [ -n "$at" ] && { echo "$at" > "$dir/first-frame.txt"; echo "$at"; return 0; }
    elif [ -s "$dir/first-frame.txt" ]; then
      cat "$dir/first-frame.txt"; return 0
    fi
    sleep 0.02
  done
  echo "no first frame from $name in ${limit}s; see $dir/out.log" >&2
  return 1
}

# After a subject stopped: its pulses as epoch nanoseconds in $2/pulses.txt.
collect_pulses() {
  local name=$1 dir=$2
  if [ "$name" = chromium ]; then
    python3 - "$dir/out.log" > "$dir/pulses.txt" <<'PY'
import re, sys
for m in re.finditer(r'"P ([0-9. ]*)"', open(sys.argv[1], errors="replace").read()):
    for t in m.group(1).split():
        print(int(float(t) * 1_000_000))
PY
  else
    wait_for_file "$dir/pulses.txt" 10 || true
  fi
}
