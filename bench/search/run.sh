#!/usr/bin/env bash
# Search benchmark (by hand, not in CI): generates an archive of N articles (100,000 by default)
# from the seed articles, builds it with and without the search index (-Xmx1g), and prints the
# index's size, the bytes typical queries download and the time to first results in Chromium.
# Usage: bench/search/run.sh [N] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
WORK="${2:-bench/search/work}"
QUERIES=("trump" "intelligence" "russia" "classified" "shar" "white house" "trump russia"
  "intelligence sharing" "washington post" "\"oval office\"" "lavrov kislyak" "isis airline")
mvn -q -ntp package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
java bench/search/Generate.java "$WORK/articles" "$N" articles
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
WITHOUT=$(seconds java -Xmx1g -Dbroadsheet.bench.skipSearchIndex=true -jar target/broadsheet.jar \
  build -q -a "$WORK/articles" -o "$WORK/site-without" --clock 2026-01-01)
WITH=$(seconds java -Xmx1g -jar target/broadsheet.jar build -q -a "$WORK/articles" \
  -o "$WORK/site" --clock 2026-01-01)
echo "articles: $N"
echo "build without search index: ${WITHOUT} s; with: ${WITH} s; ratio $(echo "scale=2; $WITH / $WITHOUT" | bc)"
echo "index: $(find "$WORK/site/search" -type f | wc -l) files, $(du -sb "$WORK/site/search" | cut -f1) bytes" \
  "($(find "$WORK/site/search/t" -type f | wc -l) term shards, largest $(find "$WORK/site/search/t" -type f -printf '%s\n' | sort -n | tail -1) bytes;" \
  "article fragments $(du -sb "$WORK/site/search/d" | cut -f1) bytes)"
node bench/search/query-bytes.js "$WORK/site" "${QUERIES[@]}"
node bench/search/chromium-timing.js "$WORK/site" "${QUERIES[@]}"
