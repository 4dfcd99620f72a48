#!/usr/bin/env bash
# Scale curve: grades generated batches of 1k, 10k and 100k answers with `./assay grade` under a
# fixed heap limit and prints, per batch, the time, answers/s, the heap (from the JVM's GC log) and
# the process's peak RSS (from /usr/bin/time -v). Cost should grow linearly with the batch and the
# heap stay flat.
#
#   benchmarks/scale-curve.sh                      # 1000 10000 100000, 2 threads, -Xmx512m
#   SIZES="1000 10000" THREADS=1 benchmarks/scale-curve.sh
#   WORK=/tmp/scale benchmarks/scale-curve.sh       # keep the files; TABLE_ONLY=1 reprints their table
#   ASSAY=/copy/of/assay benchmarks/scale-curve.sh # run a copy of the launcher and jars (rebuild meanwhile)
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
  gc="$work/gc-$n.log"
  if [ "${TABLE_ONLY:-0}" != 1 ]; then # TABLE_ONLY=1 WORK=dir: print the table of an earlier run again
    [ -f "$in" ] || java -cp "$bench_jar" dev.assay.benchmarks.GenerateAnswers "$n" "$in" 2>/dev/null
    ASSAY_JAVA_OPTS="$heap -Xlog:gc:file=$gc" /usr/bin/time -v -o "$work/time-$n.txt" \
      "$assay" grade --bank "$bank" --answers "$in" --out "$work/graded-$n.jsonl" --threads "$threads" -q \
      2> "$work/summary-$n.txt"
  fi
  summary="$(grep '^graded' "$work/summary-$n.txt" | tail -1)"
  graded="$(sed -E 's/^graded ([0-9]+).*/\1/' <<<"$summary")"
  errors="$(sed -E 's/.*errors ([0-9]+).*/\1/' <<<"$summary")"
  secs="$(sed -E 's/.*errors [0-9]+, ([0-9.]+) s.*/\1/' <<<"$summary")"
  rate="$(sed -E 's/.* ([0-9.]+) answers\/s.*/\1/' <<<"$summary")"
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time-$n.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$work/time-$n.txt")"
  # CPU time of the whole process (user + system): steadier than wall time when others load the cores
  cpu="$(awk -F': ' '/User time|System time/{s+=$2} END{printf "%.1f", s}' "$work/time-$n.txt")"
  pct="$(awk -F': ' '/Percent of CPU/{print $2}' "$work/time-$n.txt")"
  # G1 lines: "... Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M) 5.1ms"
  read -r before after committed gcs < <(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$gc" \
    | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' \
    | awk 'BEGIN{b=0;a=0;c=0;n=0} {n++; if($1>b)b=$1; if($2>a)a=$2; if($3>c)c=$3} END{print b, a, c, n}')
  rows+=("$(printf '%8s %8s %7s %9s %11s %8s %10s %9s %12s %11s %12s %6s %7s' "$n" "$graded" "$errors" "$secs" "$rate" \
    "$(awk -v s="$secs" -v g="$graded" 'BEGIN{ if (g > 0) printf "%.2f", 1000 * s / g; else printf "-" }')" \
    "$cpu" "$(awk -v s="$cpu" -v g="$graded" 'BEGIN{ if (g > 0) printf "%.2f", 1000 * s / g; else printf "-" }')" \
    "$pct" "$before" "$after" "$gcs" "$rss")")
done
printf '%8s %8s %7s %9s %11s %8s %10s %9s %12s %11s %12s %6s %7s\n' answers graded errors seconds answers/s "s/1k" \
  "CPU s" "CPU s/1k" "CPU of cores" "peak heap M" "max live M" GCs "RSS M"
printf '%s\n' "${rows[@]}"
echo "(seconds: grading only, as ./assay grade reports it; CPU s: the whole process, user + system, from"
echo " /usr/bin/time, start-up included; peak heap: most in use before a GC, max live: most left after one,"
echo " both from the JVM's GC log; wall times and GC logs in $work)"
