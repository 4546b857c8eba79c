#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/org/wirewatch/bench) in one JVM fork each.
# Usage: bench/run.sh [JMH options, e.g. a benchmark regex or -prof gc]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main "${@:-org.wirewatch.bench}"
