#!/usr/bin/env bash
# Preview figures through the page, one command: builds the portal if needed, starts it with a 512 MB heap
# (-Xmx512m) on a fresh embedded data directory (profile "demo"), signs in as the admin with curl (the form's
# CSRF token), uploads each seed (seeds/*.txt) and a generated ~5 MB takeaways document to /admin/imports as
# an admin does, opens each preview page, and prints per file: the upload's and the page's HTTP status, the
# wall time of upload + preview page, the items the page shows, the JVM's heap after (jcmd GC.heap_info:
# used and committed) and the process's peak resident memory so far (VmHWM in /proc/PID/status).
# Nothing is asserted, but a failed upload (anything but a redirect to its preview) is reported as such.
#
#   scripts/preview-benchmark.sh
#   PREVIEW_SEEDS_IMPORTED=1 PREVIEW_MEGABYTES=10 scripts/preview-benchmark.sh
#
# Settings (environment): PREVIEW_MAX_SECONDS (1800, per upload), PREVIEW_HEAP (512m), PREVIEW_PORT (18170), PREVIEW_MEGABYTES (5, the generated
# document's size in millions of characters), PREVIEW_SEEDS_IMPORTED (unset: the database starts without the
# seeds, so each seed is previewed as a new dialogue, the whole dry run; set: the seeds are imported on start
# as on a first run, and previewing a seed finds it imported before), PREVIEW_KEEP_DATA (unset: the data
# directory is removed at the end), PREVIEW_REBUILD (set: rebuild the jar even if it is up to date).
# Needs curl, python3 (to write the large document) and the JDK's jcmd.
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${PREVIEW_HEAP:-512m}
PORT=${PREVIEW_PORT:-18170}
MEGABYTES=${PREVIEW_MEGABYTES:-5}
MAX_SECONDS=${PREVIEW_MAX_SECONDS:-1800}
JAR=alliance-web/target/alliance-web.jar
BASE="http://localhost:$PORT"

PID=""
. scripts/lib/portal.sh

# 1. the portal's jar, built when missing or older than a source file
build_portal_if_stale "${PREVIEW_REBUILD:-}"

# 2. a fresh data directory, a password made up for this run only
fresh_run preview "${PREVIEW_KEEP_DATA:-}"
JAR_COOKIES="$DATA/cookies"

# 3. the large document: the takeaways seed with its table repeated, sections renumbered so every copy is new
# content, until it reaches the size (as the importer's own benchmarks build it, ImporterBenchmark.largeTakeaways)
LARGE="$DATA/takeaways-${MEGABYTES}mb.txt"
python3 - "seeds/003_1ae2039a599a6bab.txt" "$MEGABYTES" "$LARGE" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
megabytes, out = int(sys.argv[2]), sys.argv[3]
start = text.index("1. GOVERNANCE")
head, table = text[:start], text[start:]
parts, length, copy = [head], len(head), 0
while length < megabytes * 1_000_000:
    copy += 1
    renumbered = table
    for section in (3, 2, 1):
        to = 3 * copy + section
        renumbered = (renumbered.replace(f"{section}. ", f"{to}. ")
                      .replace(f"{section}.1 ", f"{to}.1 ").replace(f"{section}.2 ", f"{to}.2 "))
    parts.append("\n" + renumbered)
    length += 1 + len(renumbered)
open(out, "w", encoding="utf-8").write("".join(parts))
PY

# 4. the portal, with the heap the issue names
# (from a copy of the jar: a rebuild meanwhile does not change what runs, and the process is told apart from
# other portals started from alliance-web.jar on the same machine)
cp "$JAR" "$DATA/preview-portal.jar"
if curl -s -o /dev/null "$BASE/" 2>/dev/null; then
  say "Something already answers on port $PORT: set PREVIEW_PORT to a free port"
  exit 1
fi
SEED_IMPORT=false
[ -n "${PREVIEW_SEEDS_IMPORTED:-}" ] && SEED_IMPORT=true
say "Starting the portal on port $PORT with -Xmx$HEAP (data in $DATA; seeds imported on start: $SEED_IMPORT)..."
ALLIANCE_DATA_DIR="$DATA/db" ALLIANCE_DEMO_PASSWORD="$PASSWORD" ALLIANCE_ADMIN_PASSWORD="$PASSWORD" PORT="$PORT" \
  ALLIANCE_SEEDS_DIR="$PWD/seeds" \
  java "-Xmx$HEAP" -XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$DATA" -jar "$DATA/preview-portal.jar" --spring.profiles.active=demo --alliance.seeds.import-on-empty="$SEED_IMPORT" \
  >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  if grep -q "Started AllianceApplication" "$LOG" \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = "200" ]; then
    break
  fi
  if ! kill -0 "$PID" 2>/dev/null; then
    say "The portal stopped before it was ready; its log:"
    tail -40 "$LOG" >&2
    exit 1
  fi
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = "200" ] \
  || { say "The portal was not ready after 10 minutes; see $LOG"; exit 1; }
# the seed import and the import history's start-up runner come after "Started": let them finish
if [ "$SEED_IMPORT" = true ]; then
  for _ in $(seq 1 300); do
    grep -q "earlier imports in the import history" "$LOG" && break
    sleep 1
  done
fi

# 5. sign in as a person does: the form's CSRF token, then the post
token() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1; }
CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | token)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE/admin/imports")" = "200" ] \
  || { say "Signing in as admin failed (the upload page does not answer 200)"; exit 1; }

heap() { # "used/committed MB" of the Java heap now
  jcmd "$PID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ {
    for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
    gsub(/[^0-9]/, "", t); gsub(/[^0-9]/, "", u); printf "%d/%d", u / 1024, t / 1024; exit }'
}
peak_rss() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }

# 6. each file: the upload (its page's CSRF token in the query string, as the form sends it), then its preview
FILES=(seeds/*.txt "$LARGE")
ROWS=()
for file in "${FILES[@]}"; do
  name=$(basename "$file")
  say "Uploading $name ($(stat -c %s "$file") bytes)..."
  csrf=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/admin/imports" | token)
  jstat -gc "$PID" 1000 >"$DATA/jstat.txt" 2>/dev/null &
  SAMPLER=$!
  start=$(date +%s.%N)
  upload=$(curl -s --max-time "$MAX_SECONDS" -o "$DATA/upload.html" -D "$DATA/upload.headers" -w '%{http_code}' \
    -b "$JAR_COOKIES" -c "$JAR_COOKIES" -H "Expect:" -F "files=@$file;type=text/plain" \
    "$BASE/admin/imports?_csrf=$csrf") || upload="failed ($upload)"

  location=$(awk 'tolower($1) == "location:" { print $2 }' "$DATA/upload.headers" | tr -d '\r' \
    | sed 's#^https\?://[^/]*##')
  page="-"
  items="-"
  if [ "$upload" = "302" ] && [[ "$location" == /admin/imports/previews/* ]]; then
    page=$(curl -s -o "$DATA/preview.html" -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$location" || echo "000")
    items=$(grep -c 'class="code"' "$DATA/preview.html" || true)
    grep -q 'id="preview-status"' "$DATA/preview.html" || page="$page (no preview)"
  else
    refusal=$(sed -n 's/.*<strong>\(.*\)<\/strong>.*/\1/p' "$DATA/upload.html" | head -1)
    say "  not previewed: HTTP $upload ${refusal:-}"
  fi
  seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  # the heap's highest occupancy seen while this file was uploaded and previewed (jstat -gc every second:
  # survivors, eden and old generation in use), garbage included; "-" when it took less than a sample
  peak_heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { if (m > 0) printf "%d", m / 1024; else printf "-" }' \
    "$DATA/jstat.txt")
  kill -0 "$PID" 2>/dev/null || { say "The portal died; its log:"; tail -40 "$LOG" >&2; exit 1; }
  ROWS+=("$(printf '| %s | %.3f | %s | %s | %s | %s | %s | %s | %s |' "$name" \
    "$(awk -v b="$(stat -c %s "$file")" 'BEGIN { print b / 1e6 }')" "$upload" "$page" "$items" "$seconds" \
    "$peak_heap" "$(heap)" "$(peak_rss)")")
done
if grep -q "OutOfMemoryError" "$LOG"; then
  say "The portal's log names an OutOfMemoryError:"
  grep -m3 "OutOfMemoryError" "$LOG" >&2
fi

# 7. the table (Markdown, as docs/imports.md keeps it)
echo
echo "Preview through the page: java -Xmx$HEAP, seeds imported on start: $SEED_IMPORT, $(nproc) cores," \
  "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| file | MB | upload HTTP | preview page HTTP | items shown | upload + preview s | heap peak MB | heap after, used/committed MB | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${ROWS[@]}"
