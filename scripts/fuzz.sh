#!/usr/bin/env bash
# Coverage-guided fuzzing of Sitrep's input handling with Jazzer, for longer than the suite's short run.
#
#   scripts/fuzz.sh [SECONDS] [TARGET]
#
# SECONDS defaults to 600. TARGET is a fuzz test as Class#method (e.g. TokenizerFuzzTest#tokenize, see
# sitrep-core/src/test/java/io/sitrep/fuzz/); without it every target runs behind AllTargetsFuzzer.
# The corpus persists in sitrep-core/target/fuzz-corpus/; findings (crashing inputs and Java reproducers)
# land in sitrep-core/target/fuzz-findings/. Turn each into a regression input: copy the file into
# sitrep-core/src/test/resources/io/sitrep/fuzz/<Class>Inputs/<method>/ (for AllTargetsFuzzer findings,
# drop the first 4 bytes' choice of target by re-running it through the named target), fix, commit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TO_RUN="${1:-600}"
TARGET="${2:-}"
cd "$ROOT"
./mvnw -q -B test-compile -pl sitrep-core -am >&2
CP_FILE="$ROOT/sitrep-core/target/fuzz-classpath.txt"
./mvnw -q -B dependency:build-classpath -pl sitrep-core -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >&2
CORPUS="$ROOT/sitrep-core/target/fuzz-corpus/${TARGET:-all}"
FINDINGS="$ROOT/sitrep-core/target/fuzz-findings"
mkdir -p "$CORPUS" "$FINDINGS"
if [ -n "$TARGET" ]; then
  TARGET_ARGS=(--target_class="io.sitrep.fuzz.${TARGET%%#*}" --target_method="${TARGET##*#}")
else
  TARGET_ARGS=(--target_class=io.sitrep.fuzz.AllTargetsFuzzer)
fi
cd "$FINDINGS"
exec java -Xmx1g -Xss4m -cp "$ROOT/sitrep-core/target/test-classes:$ROOT/sitrep-core/target/classes:$(cat "$CP_FILE")" \
  com.code_intelligence.jazzer.Jazzer "${TARGET_ARGS[@]}" \
  --instrumentation_includes='io.sitrep.**' --reproducer_path="$FINDINGS" \
  -max_total_time="$SECONDS_TO_RUN" -timeout=20 -rss_limit_mb=2048 -max_len=8192 \
  -artifact_prefix="$FINDINGS/" "$CORPUS"
