#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is there for the Firefox real-browser tests (the Firefox build in
# Firefox, driven by puppeteer-core, which downloads no browser). The same way as ensure-chromium.sh.
set -euo pipefail
FIREFOX_PATH="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
# firefox-esr-l10n-id carries the Indonesian language pack: without it Firefox (and browser.i18n)
# is English-only, and Pantau's Indonesian UI could not be shown or tested.
LANGPACK=/usr/lib/firefox-esr/browser/extensions/langpack-id@firefox-esr.mozilla.org.xpi
if [ -x "$FIREFOX_PATH" ] && { [ -f "$LANGPACK" ] || [ "$FIREFOX_PATH" != /usr/bin/firefox-esr ]; }; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Firefox ESR or its Indonesian language pack is missing: installing Debian's firefox-esr and firefox-esr-l10n-id (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq firefox-esr firefox-esr-l10n-id >/dev/null
  [ -x "$FIREFOX_PATH" ] && [ -f "$LANGPACK" ] && { echo "Installed $("$FIREFOX_PATH" --version 2>/dev/null)"; exit 0; }
fi
cat >&2 <<MSG
Firefox ESR (with its Indonesian language pack) was not found at $FIREFOX_PATH and could not be installed automatically.
Install it with:   sudo apt-get update && sudo apt-get install -y firefox-esr firefox-esr-l10n-id
or point FIREFOX_PATH at a Firefox (140 or later).
MSG
exit 1
