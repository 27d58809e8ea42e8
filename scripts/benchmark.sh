#!/usr/bin/env bash
# The portal's benchmark, one command: builds the portal if needed, starts it on a fresh embedded data directory
# with 50 times the seeds and their progress history (profile "generated") and the demo accounts (profile
# "demo"), signs in, then measures with wrk, one after the other in the same run, the dashboard, the item list
# with a search, an item page and a static file of the same server, and prints requests per second, median
# and 99th percentile latency and each page's throughput as a share of the static file's. Nothing is asserted.
#
# The item list and the item page are kept per version of the data (web/rendering/KeptBodies,
# web/actionitem/KeptItemPages), so repeating one URL measures them kept. Two more lines measure them as a
# first request after a change does: each request a search or an item not asked for before in the run (words
# from the items' titles in twelve orders and filters, and every item, four times the 500 kept at 50 times the
# seeds). They warm up on one half of their paths and are measured on the other.
#
#   scripts/benchmark.sh                     # 32 connections, 15 s per URL
#   BENCH_SECONDS=30 BENCH_USER=focal-cl scripts/benchmark.sh
#
# Settings (environment): BENCH_SECONDS (15), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_PORT (18080),
# BENCH_USER (secretariat), BENCH_SESSIONS (16 sign-ins of that user, taken in turns), BENCH_TIMEOUT (30 s: a
# slower response counts as a timeout, not in the latency), BENCH_WARMUP (15 s per URL and round, unmeasured,
# first), BENCH_WARMUP_ROUNDS (3: the JIT goes on compiling the request path for minutes on two cores, and
# figures taken after one round of 15 s came out up to twice lower), BENCH_QUERY (digital), BENCH_TIMES (50,
# times the seeds), BENCH_KEEP_DATA (unset: the data directory is removed at the end), BENCH_REBUILD (set:
# rebuild the jar even if it is up to date).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_URL=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-18080}
USER_NAME=${BENCH_USER:-secretariat}
SESSION_COUNT=${BENCH_SESSIONS:-16}
QUERY=${BENCH_QUERY:-digital}
TIMES=${BENCH_TIMES:-50}
TIMEOUT=${BENCH_TIMEOUT:-30}
WARMUP=${BENCH_WARMUP:-15}
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-3}
JAR=alliance-web/target/alliance-web.jar
BASE="http://localhost:$PORT"

PID=""
. scripts/lib/portal.sh

# 1. wrk, from Debian, when missing
if ! command -v wrk >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  say "Installing wrk..."
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk curl >/dev/null
fi

# 2. the portal's jar, built when missing or older than a source file
build_portal_if_stale "${BENCH_REBUILD:-}"

# 3. a fresh data directory, passwords made up for this run only
fresh_run bench "${BENCH_KEEP_DATA:-}"

say "Starting the portal on port $PORT with $TIMES times the seeds (data in $DATA; takes a minute or two)..."
ALLIANCE_DATA_DIR="$DATA/db" ALLIANCE_DEMO_PASSWORD="$PASSWORD" ALLIANCE_ADMIN_PASSWORD="$PASSWORD" PORT="$PORT" \
  java -jar "$JAR" --spring.profiles.active=demo,generated --alliance.generated.times="$TIMES" \
  --logging.level.root=WARN --logging.level.eu.lac.alliance.web.generator=INFO >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 900); do
  grep -q "Generated data ready" "$LOG" && break
  if ! kill -0 "$PID" 2>/dev/null; then
    say "The portal stopped before it was ready; its log:"
    tail -40 "$LOG" >&2
    exit 1
  fi
  sleep 1
done
grep -q "Generated data ready" "$LOG" || { say "The portal was not ready after 15 minutes; see $LOG"; exit 1; }
grep -o "Generated data ready.*" "$LOG" >&2

# 4. sign in as a person does (the form's CSRF token, then the post), several times: wrk's connections take
# turns over these sessions, as several people would, rather than all touching one session row
sign_in() {
  local jar="$DATA/cookies-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1
}
SESSIONS=()
for n in $(seq 1 "$SESSION_COUNT"); do
  session=$(sign_in "$n")
  [ -n "$session" ] || { say "Signing in as $USER_NAME failed"; exit 1; }
  SESSIONS+=("$session")
done
COOKIE="Cookie: SESSION=${SESSIONS[0]}"
# request_script <file> [path...]: a wrk script whose connections take turns over the sessions and, when paths
# are given, over them: each of wrk's threads takes every THREADS-th path from its own start, so no path is
# asked twice before all have been asked once
request_script() {
  local file=$1
  shift
  {
    printf 'local cookies = {'
    printf '"SESSION=%s",' "${SESSIONS[@]}"
    printf '}\nlocal paths = {'
    [ $# -gt 0 ] && printf '"%s",' "$@"
    printf '}\nlocal threads, counter, n = %s, 0, 0\n' "$THREADS"
    printf 'setup = function(thread) thread:set("offset", counter); counter = counter + 1 end\n'
    printf 'request = function()\n  n = n + 1\n  local path = nil\n'
    printf '  if #paths > 0 then path = paths[((n * threads + (offset or 0)) %% #paths) + 1] end\n'
    printf '  return wrk.format(nil, path, { ["Cookie"] = cookies[(n %% #cookies) + 1] })\nend\n'
  } >"$file"
}
request_script "$DATA/repeat.lua"
status() { curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$BASE$1"; }
[ "$(status /)" = "200" ] || { say "The dashboard does not answer 200 when signed in"; exit 1; }

# 5. the URLs (name|path|wrk script): an item page is the first one the search lists; the varied lines take
# their searches and items from the list's first pages
URLS=("dashboard|/|$DATA/repeat.lua")
URLS+=("item list, q=$QUERY|/action-items?q=$QUERY|$DATA/repeat.lua")
ITEM=$(curl -s -H "$COOKIE" "$BASE/action-items?q=$QUERY" | grep -o 'href="/action-items/[0-9][0-9]*"' | head -1 \
  | tr -dc '0-9')
[ -n "$ITEM" ] && [ "$(status "/action-items/$ITEM")" = "200" ] || { say "No item page found from the item list"; exit 1; }
URLS+=("item page|/action-items/$ITEM|$DATA/repeat.lua")
# every item, from the list's pages in turn
LISTED=""
for page in $(seq 1 1000); do
  listed=$(curl -s -H "$COOKIE" "$BASE/action-items?page=$page")
  grep -q 'href="/action-items/[0-9]' <<<"$listed" || break
  LISTED+="$listed"
done
mapfile -t ITEMS < <(grep -o 'href="/action-items/[0-9][0-9]*"' <<<"$LISTED" | tr -dc '0-9\n' | sort -u -n)
mapfile -t WORDS < <(grep -o '<a href="/action-items/[0-9]*">[^<]*</a>' <<<"$LISTED" | sed 's/<[^>]*>//g' \
  | tr 'A-Z' 'a-z' | grep -o '[a-z][a-z][a-z][a-z][a-z]*' | sort -u)
SEARCHES=()
for order in "" "&sort=title" "&sort=deadline" "&sort=status" "&sort=code&dir=desc" "&sort=title&dir=desc"; do
  for overdue in "" "&overdue=true"; do
    for word in "${WORDS[@]}"; do SEARCHES+=("/action-items?q=$word$order$overdue"); done
  done
done
# the varied lines warm up on one half of their paths and are measured on the other, so that the code a first
# request runs is compiled and what they measure was not asked for before
halves() { # halves <even|odd> <path...>
  local which=$1 i=0
  shift
  for path in "$@"; do
    if { [ "$which" = even ] && [ $((i % 2)) -eq 0 ]; } || { [ "$which" = odd ] && [ $((i % 2)) -eq 1 ]; }; then
      printf '%s\n' "$path"
    fi
    i=$((i + 1))
  done
}
mapfile -t WARM_SEARCHES < <(halves even "${SEARCHES[@]}")
mapfile -t NEW_SEARCHES < <(halves odd "${SEARCHES[@]}")
mapfile -t WARM_ITEMS < <(halves even "${ITEMS[@]/#//action-items/}")
mapfile -t NEW_ITEMS < <(halves odd "${ITEMS[@]/#//action-items/}")
request_script "$DATA/searches-warm.lua" "${WARM_SEARCHES[@]}"
request_script "$DATA/searches.lua" "${NEW_SEARCHES[@]}"
request_script "$DATA/items-warm.lua" "${WARM_ITEMS[@]}"
request_script "$DATA/items.lua" "${NEW_ITEMS[@]}"
say "Varied lines: ${#SEARCHES[@]} searches (${#WORDS[@]} words, 12 orders and filters), ${#ITEMS[@]} items; half of" \
  "each to warm up, half measured"
URLS+=("item list, each a new search|/action-items|$DATA/searches.lua")
URLS+=("item page, each a new item|/action-items|$DATA/items.lua")
URLS+=("static file|/css/portal.css|$DATA/repeat.lua")

# 6. wrk over each, one after the other, after a short warm-up
to_ms() { # wrk's "812.00us", "3.41ms", "1.02s" in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
    else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
# the JIT compiles the request path (templates' compiled SpEL included) during the first minutes of load on two
# cores: every URL is served for WARMUP seconds, WARMUP_ROUNDS times in turn, unmeasured, before any figure is
# taken (the varied lines on their other half of paths, so that the ones they measure are new then)
for round in $(seq 1 "$WARMUP_ROUNDS"); do
  for entry in "${URLS[@]}"; do
    name=${entry%%|*}
    rest=${entry#*|}
    script=${rest#*|}
    [[ "$name" == *", each a new "* ]] && script=${script%.lua}-warm.lua
    say "warm-up $round/$WARMUP_ROUNDS: $name, ${WARMUP}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${TIMEOUT}s" -s "$script" "$BASE${rest%%|*}" \
      >/dev/null
  done
done
declare -A RPS P50 P99 ERRORS
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for entry in "${URLS[@]}"; do
  name=${entry%%|*}
  rest=${entry#*|}
  path=${rest%%|*}
  script=${rest#*|}
  say "wrk: $name ($path), $CONNECTIONS connections, ${SECONDS_PER_URL}s"
  # five seconds more of warm-up, except for the varied lines, whose paths must be new when measured
  [[ "$name" == *", each a new "* ]] ||
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout "${TIMEOUT}s" -s "$script" "$BASE$path" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_URL}s" --timeout "${TIMEOUT}s" --latency -s "$script" \
    "$BASE$path")
  RPS[$name]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  P50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  ERRORS[$name]=$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors/ { print "socket:" $0 }' <<<"$out" | paste -sd' ')
done

# 7. the table
STATIC=${RPS[static file]}
echo
echo "Benchmark: $TIMES x the seeds, $SESSION_COUNT sessions of $USER_NAME, wrk -t$THREADS -c$CONNECTIONS" \
  "-d${SECONDS_PER_URL}s, $(nproc) cores, load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %10s %12s %12s %12s %s\n' "URL" "req/s" "median ms" "p99 ms" "vs static" "errors"
for entry in "${URLS[@]}"; do
  name=${entry%%|*}
  ratio=$(awk -v a="${RPS[$name]}" -v b="$STATIC" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-32s %10s %12s %12s %12s %s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "$ratio" \
    "${ERRORS[$name]:-none}"
done
