#!/usr/bin/env bash
# Store benchmarks (not tests: timings are reported, never asserted).
#   bench/store/run.sh ingest [ARTICLES]        ingest throughput with analysis, SQLite and PostgreSQL (default 2000)
#   bench/store/run.sh query [EVENTS] [QUERIES] query latency p50/p95 over a synthetic store (default 200000 events)
# Runs io.sitrep.store.bench.StoreBench from sitrep-store's test sources on the module's test class path.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
./mvnw -q -B -o test-compile dependency:build-classpath -pl sitrep-store -am \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
CP="sitrep-store/target/test-classes:sitrep-store/target/classes:$(cat sitrep-store/target/bench.classpath)"
exec java -Xmx6g -cp "$CP" io.sitrep.store.bench.StoreBench "$@"
