#!/usr/bin/env bash
# Measures the Spark cleaner in local[1] and local[2] against the archive cleaner, on one invented
# JSON-lines archive (the archive cleaner's SyntheticArchive: the same file for all four runs).
#   usage: examples/spark-cleaner/throughput.sh [SIZE_MB] [ROUNDS]     (from the repository root)
#   first: mvn -B -ntp -pl examples/archive-cleaner,examples/spark-cleaner -am package -DskipTests
# Uses spark-submit when it is on the PATH; else Spark's own SparkSubmit class from the Maven
# repository (the jars the tests use), which is what spark-submit runs. Wall times include JVM and
# Spark start-up. Prints `uptime` before and after: other load on the machine shows in the figures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JOB_JAR=$ROOT/examples/spark-cleaner/target/avid-spark-cleaner.jar
ARCHIVE_JAR=$ROOT/examples/archive-cleaner/target/avid-archive-cleaner.jar
SIZE=${1:-100}
RUNS=${2:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Java 17 needs these for Spark (org.apache.spark.launcher.JavaModuleOptions; spark-submit adds them itself)
JAVA_OPENS="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  JAVA_OPENS="$JAVA_OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
JAVA_OPENS="$JAVA_OPENS -Dio.netty.tryReflectionSetAccessible=true"

if command -v spark-submit >/dev/null; then
  SUBMIT=(spark-submit --driver-memory 2g)
else
  (cd "$ROOT" && mvn -B -ntp -q -pl examples/spark-cleaner -am compile dependency:build-classpath \
      -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=provided \
      -Dmdep.excludeGroupIds=se.avid,org.apache.lucene,org.apache.opennlp,org.languagetool,org.junit,org.opentest4j,org.apiguardian,net.jqwik)
  # shellcheck disable=SC2086
  SUBMIT=(java -Xmx2g $JAVA_OPENS -cp "$(cat "$WORK/cp.txt")" org.apache.spark.deploy.SparkSubmit)
fi

java -cp "$ARCHIVE_JAR" se.avid.examples.archive.SyntheticArchive jsonl "$SIZE" "$WORK/posts.jsonl"
BYTES=$(stat -c %s "$WORK/posts.jsonl")
echo "archive: $BYTES bytes; $(uptime)"

report() { # name start end
  awk -v name="$1" -v s="$2" -v e="$3" -v b="$BYTES" 'BEGIN { printf "%s: %.1f s, %.2f MB/s\n", name, e - s, b / 1e6 / (e - s) }'
}

spark() { # cores
  local start end
  start=$(date +%s.%N)
  "${SUBMIT[@]}" --master "local[$1]" --conf spark.ui.enabled=false \
    --conf spark.sql.files.maxPartitionBytes=16m --class se.avid.examples.spark.SparkCleaner "$JOB_JAR" \
    --columns text --format json --mode overwrite "$WORK/posts.jsonl" "$WORK/spark-out" \
    >"$WORK/spark-$1.log" 2>&1 || [ $? = 1 ] || { tail -20 "$WORK/spark-$1.log"; exit 1; }
  end=$(date +%s.%N)
  report "spark local[$1]" "$start" "$end"
  sed -n '/avid-spark-cleaner: done/,/input /p' "$WORK/spark-$1.log" | grep -E "rows|input"
}

archive_cleaner() { # threads
  local start end
  rm -f "$WORK"/out.jsonl*
  start=$(date +%s.%N)
  java -Xmx256m -jar "$ARCHIVE_JAR" --threads "$1" --progress 0 --quiet --fields text \
    "$WORK/posts.jsonl" "$WORK/out.jsonl"
  end=$(date +%s.%N)
  report "archive cleaner --threads $1" "$start" "$end"
}

# Each round runs the four; every other round in reverse order, so that a change of the machine's
# load during the measurement does not favour one of them.
for ((round = 1; round <= RUNS; round++)); do
  echo "round $round: $(uptime)"
  if ((round % 2 == 1)); then
    spark 1; spark 2; archive_cleaner 1; archive_cleaner 2
  else
    archive_cleaner 2; archive_cleaner 1; spark 2; spark 1
  fi
done
echo "after: $(uptime)"
