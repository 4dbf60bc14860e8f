#!/usr/bin/env bash
# Bounded load test of `sitrep serve` on loopback (127.0.0.1 only): a fresh server over a store of the dev
# articles, CLIENTS concurrent clients sending a mix of analyze (1 in 4) and query requests for SECONDS or up to
# MAX_REQUESTS requests; then a body over the limit (413), malformed JSON (400), a request without the token
# (401), a binary body (400) and a client that never finishes its body (seconds until the server hangs up).
# Prints requests/s, p50/p99 latency per kind, errors, and the heap after GC before and after the run.
#
#   bench/load/run.sh [SECONDS=30] [CLIENTS=16] [MAX_REQUESTS=200000]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CP_FILE="$ROOT/sitrep-server/target/load-classpath.txt"
# one reactor run: the server module is built last, so its class path is the one left in CP_FILE
./mvnw -q -B test-compile dependency:build-classpath -pl sitrep-server -am -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CP_FILE" >&2
CP="$ROOT/sitrep-server/target/test-classes:$ROOT/sitrep-server/target/classes:$(cat "$CP_FILE")"
# the reactor's own modules come from their target/classes, not from a local repository
for m in sitrep-core sitrep-store sitrep-situation; do CP="$ROOT/$m/target/classes:$CP"; done
exec java -Xmx1g -XX:+UseG1GC -Dsitrep.dev="$ROOT/../shared/examples/dev" -cp "$CP" \
  io.sitrep.serve.load.LoadHarness "${1:-30}" "${2:-16}" "${3:-200000}"
