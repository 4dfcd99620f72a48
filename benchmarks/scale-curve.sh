#!/usr/bin/env bash
# Scale curve: grades generated batches of 1k, 10k and 100k answers with `./assay grade` under a
# fixed heap limit and prints, per batch, the time, answers/s, the heap (from the JVM's GC log) and
# the process's peak RSS (from /usr/bin/time -v). Cost should grow linearly with the batch and the
# heap stay flat.
#
#   benchmarks/scale-curve.sh                      # 1000 10000 100000, 2 threads, -Xmx512m
#   SIZES="1000 10000" THREADS=1 benchmarks/scale-curve.sh
#
# Needs the built jars (mvn -q -pl benchmarks,cli -am package -DskipTests). Batches are made by
# dev.assay.benchmarks.GenerateAnswers from the interview answers: answer i is answer i mod 130 with a
# new id; one line in a hundred is broken on purpose and comes back as an error record.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${SIZES:-1000 10000 100000}"
threads="${THREADS:-2}"
heap="${HEAP:--Xmx512m}"
assay="${ASSAY:-$root/assay}" # the launcher; point it at a copy to keep rebuilding while this runs
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/assay-scale.XXXXXX")}"
mkdir -p "$work"
bank="$root/corpus/src/main/resources/banks/interview-bank.yaml"
bench_jar="$root/benchmarks/target/assay-benchmarks.jar"
[ -f "$bench_jar" ] && [ -f "$root/cli/target/assay-cli.jar" ] || {
  echo "build first: mvn -q -pl benchmarks,cli -am package -DskipTests" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }

echo "scale curve: $(nproc) cores, $(java -version 2>&1 | head -1), ASSAY_JAVA_OPTS=$heap, --threads $threads, files in $work" >&2
rows=()
for n in $sizes; do
  in="$work/answers-$n.jsonl"
  [ -f "$in" ] || java -cp "$bench_jar" dev.assay.benchmarks.GenerateAnswers "$n" "$in" 2>/dev/null
  gc="$work/gc-$n.log"
  ASSAY_JAVA_OPTS="$heap -Xlog:gc:file=$gc" /usr/bin/time -v -o "$work/time-$n.txt" \
    "$assay" grade --bank "$bank" --answers "$in" --out "$work/graded-$n.jsonl" --threads "$threads" -q \
    2> "$work/summary-$n.txt"
  summary="$(grep '^graded' "$work/summary-$n.txt" | tail -1)"
  graded="$(sed -E 's/^graded ([0-9]+).*/\1/' <<<"$summary")"
  errors="$(sed -E 's/.*errors ([0-9]+).*/\1/' <<<"$summary")"
  secs="$(sed -E 's/.*errors [0-9]+, ([0-9.]+) s.*/\1/' <<<"$summary")"
  rate="$(sed -E 's/.* ([0-9.]+) answers\/s.*/\1/' <<<"$summary")"
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time-$n.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$work/time-$n.txt")"
  # G1 lines: "... Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M) 5.1ms"
  read -r before after committed gcs < <(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$gc" \
    | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' \
    | awk 'BEGIN{b=0;a=0;c=0;n=0} {n++; if($1>b)b=$1; if($2>a)a=$2; if($3>c)c=$3} END{print b, a, c, n}')
  rows+=("$(printf '%8s %8s %7s %9s %11s %10s %12s %13s %10s %6s %9s' "$n" "$graded" "$errors" "$secs" "$rate" \
    "$(awk -v s="$secs" -v g="$graded" 'BEGIN{ if (g > 0) printf "%.2f", 1000 * s / g; else printf "-" }')" \
    "$before" "$after" "$committed" "$gcs" "$rss")")
done
printf '%8s %8s %7s %9s %11s %10s %12s %13s %10s %6s %9s\n' answers graded errors seconds answers/s "s/1k" \
  "peak heap M" "max live M" "committed M" GCs "RSS M"
printf '%s\n' "${rows[@]}"
echo "(seconds: grading only, as ./assay grade reports it; wall times and GC logs in $work)"
