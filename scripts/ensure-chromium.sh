#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the demo and the real-browser tests. Playwright cannot
# download its own browser on these machines, so we use the distribution's build.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# chromium-l10n carries the locale packs: without it Chromium (and chrome.i18n) is English-only,
# and Pantau's Indonesian UI could not be shown or tested.
LOCALE_PACK=/usr/lib/chromium/locales/id.pak
if [ -x "$CHROMIUM_PATH" ] && { [ -f "$LOCALE_PACK" ] || [ "$CHROMIUM_PATH" != /usr/bin/chromium ]; }; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium or its locale packs are missing: installing Debian's chromium and chromium-l10n (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-l10n >/dev/null
  [ -x "$CHROMIUM_PATH" ] && [ -f "$LOCALE_PACK" ] && { echo "Installed $("$CHROMIUM_PATH" --version 2>/dev/null)"; exit 0; }
fi
cat >&2 <<MSG
Chromium (with its locale packs) was not found at $CHROMIUM_PATH and could not be installed automatically.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium chromium-l10n
or point CHROMIUM_PATH at a Chromium (not branded Chrome 137+, which ignores --load-extension).
MSG
exit 1
