#!/usr/bin/env bash
# The README's test command: installs what the tests need on a bare Debian machine (Debian's Chromium and
# its chromedriver, for the browser tests), then runs every test with the Maven Wrapper. Arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "The browser tests need Debian's chromium and chromium-driver; install them as root:" >&2
    echo "  apt-get update && apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Debian's chromium and chromium-driver for the browser tests (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec ./mvnw -B verify "$@"
