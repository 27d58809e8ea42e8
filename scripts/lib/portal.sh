# What the portal's benchmark scripts share (sourced, not run): building the jar when a source is newer, and a
# fresh data directory with a password made up for the run, both removed or stopped when the script exits.
# The sourcing script sets JAR and PID="" first; `fresh_run <prefix> <keep>` sets DATA, PASSWORD and LOG.

say() { printf '%s\n' "$*" >&2; }

# build_portal_if_stale <rebuild>: builds when the jar is missing, older than a main source or a POM, or <rebuild>
build_portal_if_stale() {
  if [ -n "${1:-}" ] || [ ! -f "$JAR" ] \
      || [ -n "$(find alliance-*/src/main pom.xml alliance-*/pom.xml -newer "$JAR" -type f -print -quit)" ]; then
    say "Building the portal (./mvnw -B -q -DskipTests package)..."
    ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
  fi
}

# fresh_run <prefix> <keep>: a new data directory and password; at exit the portal ($PID) is stopped and the
# directory removed, unless <keep> is set
fresh_run() {
  DATA=$(mktemp -d -t "alliance-$1-XXXXXX")
  PASSWORD="$1-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  LOG="$DATA/portal.log"
  KEEP_DATA="${2:-}"
  trap stop_portal_and_clean_up EXIT
}

stop_portal_and_clean_up() {
  if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  if [ -z "$KEEP_DATA" ]; then
    rm -rf "$DATA"
  else
    say "Data and log kept in $DATA"
  fi
}
