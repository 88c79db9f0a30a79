#!/usr/bin/env bash
# Prints one checksum per (sample set, output format) pair, plus the eval tables, so that a refactor
# can be shown to change no output: run it before and after, and diff the two listings.
# Usage: bash scripts/snapshot.sh > before.txt; ...; bash scripts/snapshot.sh | diff before.txt -
set -euo pipefail
cd "$(dirname "$0")/.."
for set in samples samples/dev2 samples/world; do
  for args in "-f csv" "-f csv -r events" "-f csv -r entities" "-f json --explain" "-f jsonl" "-f geojson" "-f html" "-f text"; do
    # shellcheck disable=SC2086
    sum=$(node bin/extract.js "$set"/*.txt $args -q --jobs 1 | sha256sum | cut -c1-16)
    echo "$set $args $sum"
  done
done
node scripts/eval.mjs
