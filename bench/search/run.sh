#!/usr/bin/env bash
# Search benchmark (by hand, not in CI): generates an archive of N articles (100,000 by default)
# from the seed articles, builds it (-Xmx1g) printing the time of each stage, and prints the
# index's size, the bytes typical queries download and the time to first results in Chromium.
# The index's cost is spread over stages: its terms are counted as articles are read ("load"),
# each article's fragment is written with its page ("articles"), the shards last ("search").
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
echo "articles: $N"
java -Xmx1g -jar target/broadsheet.jar build -v -a "$WORK/articles" -o "$WORK/site" \
  --clock 2026-01-01 2>&1 | grep -E '^(stage|Built)'
echo "index: $(find "$WORK/site/search" -type f | wc -l) files, $(du -sb "$WORK/site/search" | cut -f1) bytes" \
  "($(find "$WORK/site/search/t" -type f | wc -l) term shards, largest $(find "$WORK/site/search/t" -type f -printf '%s\n' | sort -n | tail -1) bytes;" \
  "article fragments $(du -sb "$WORK/site/search/d" | cut -f1) bytes)"
node bench/search/query-bytes.js "$WORK/site" "${QUERIES[@]}"
node bench/search/chromium-timing.js "$WORK/site" "${QUERIES[@]}"
