#!/usr/bin/env bash
# Measures the archive cleaner on 1 core against 2 cores (taskset), on an invented JSON-lines archive.
#   usage: examples/archive-cleaner/throughput.sh [SIZE_MB] [RUNS]     (after mvn package)
# Prints each run's wall time and the median and best of each; the speed-up is 1-core time / 2-core time.
# Wall time includes JVM start-up (about 0.4 s). Other load on the machine shows up as noise: look at the best runs.
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/avid-archive-cleaner.jar
SIZE=${1:-500}
RUNS=${2:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp "$JAR" se.avid.examples.archive.SyntheticArchive jsonl "$SIZE" "$WORK/posts.jsonl"
for cores in 1 2; do
  cpus=$([ "$cores" = 1 ] && echo 0 || echo 0,1)
  times=()
  for ((i = 0; i < RUNS; i++)); do
    rm -f "$WORK"/out.jsonl*
    start=$(date +%s.%N)
    taskset -c "$cpus" java -Xmx256m -jar "$JAR" --threads "$cores" --progress 0 --quiet --fields text \
      "$WORK/posts.jsonl" "$WORK/out.jsonl"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "cores=$cores runs: $(echo $sorted) median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p") best=$(echo "$sorted" | head -1) (s for $SIZE MB)"
done
