#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/org/wirewatch/bench) in one JVM fork each.
# Usage: bench/run.sh [JMH options, e.g. a benchmark regex or -prof gc]
#        bench/run.sh IngestBenchmark -prof gc   bytes to timeline per format, in updates/s
#        bench/run.sh MergeScalingBenchmark      one update merged with 1k, 10k, 100k held
#        bench/run.sh ingest-cpu [S]  the ingest documents in CPU time, S seconds each (default 5)
#        bench/run.sh footprint [N]   heap held by a full timeline
#        bench/run.sh store [N]       history: bursts, search over N stored updates, file size
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ "${1:-}" = store ]; then
  exec java -cp "$cp" org.wirewatch.bench.StoreBenchmark "${@:2}"
fi
if [ "${1:-}" = ingest-cpu ]; then
  exec java -cp "$cp" org.wirewatch.bench.IngestCpuTime "${@:2}"
fi
if [ "${1:-}" = footprint ]; then
  exec java -cp "$cp" org.wirewatch.bench.TimelineFootprint "${@:2}"
fi
java -cp "$cp" org.openjdk.jmh.Main "${@:-org.wirewatch.bench}"
