#!/usr/bin/env bash
# Makes sure the end-to-end tests have a browser: Debian's chromium (or CHROMIUM_PATH when set).
# Missing and running as root on Debian/Ubuntu: installs it (apt-get update && apt-get install -y chromium, 20-40 s).
# Missing otherwise: stops at once, printing the one command to run. --dry-run says what it would do, changing nothing.
# DEBIAN_CHROMIUM is where Debian's package puts it (/usr/bin/chromium); tests point it elsewhere.
set -u
DEBIAN_CHROMIUM="${DEBIAN_CHROMIUM:-/usr/bin/chromium}"
INSTALL='apt-get update && apt-get install -y chromium'
dry=0; [ "${1:-}" = "--dry-run" ] && dry=1

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "!! CHROMIUM_PATH=$CHROMIUM_PATH is not a browser that can run: point it at chromium, or unset it to use Debian's ($DEBIAN_CHROMIUM)"
  exit 1
fi
[ -x "$DEBIAN_CHROMIUM" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the end-to-end tests: $INSTALL"
  [ $dry = 1 ] && exit 0
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$DEBIAN_CHROMIUM" ] && exit 0
  echo "!! chromium did not install: run $INSTALL and read what apt says"
  exit 1
fi
echo "!! The end-to-end tests need Debian's chromium, which is not installed. Run this, then npm test again:"
echo "   sudo sh -c '$INSTALL'"
exit 1
