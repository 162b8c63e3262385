#!/usr/bin/env bash
# The tests look at PDFs the way a reader does: poppler (pdftotext, pdftoppm, pdfinfo) for text
# and pictures and its pdfsig for digital signatures, zbar (zbarimg) to scan the QR codes, qpdf to
# check the files. The tool itself needs none of them; Chromium's headless shell runs the web
# pages' browser tests. Installs them when missing and we may (root, as in CI); otherwise says how.
set -euo pipefail
need=()
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 &&
  command -v pdfsig >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
# Info-ZIP's unzip extracts a group's ZIP as an office computer would (names it cannot write fail).
command -v unzip >/dev/null 2>&1 || need+=(unzip)
# The web pages' end-to-end tests drive Debian's Chromium, its headless shell (the browser's engine
# without the desktop around it: half the CPU), through playwright-core (test/serve/chromium.ts).
command -v chromium-headless-shell >/dev/null 2>&1 || need+=(chromium-headless-shell)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test tools: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "The tests need: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
