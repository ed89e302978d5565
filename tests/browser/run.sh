#!/usr/bin/env bash
# Real-browser check of `kplan render --format html`.
#
# Builds kplan, renders the example plans (nb, plus testvik-helse in en and nn)
# and runs check.mjs on every plan.html in headless Chromium. Installs Chromium
# (Debian package) and the pinned npm packages if they are missing.
#
# Usage: tests/browser/run.sh        (from any directory)
# Environment:
#   KPLAN_RENDER_OUT=DIR  render into DIR and keep it (default: a temp dir, removed on exit)
#   KPLAN_SCREENSHOT=1    also write full-page PNGs next to each plan.html (plan.png at
#                         1280 px, plan-390.png at a phone's 390 px)
# pdftotext (poppler-utils) lets check.mjs read the page numbers of the printed pages; without
# it the check only finds the page-number rule in the stylesheet.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium (Debian package)"
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
fi

if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
  echo "== npm ci in tests/browser"
  (cd "$here" && npm ci --no-audit --no-fund)
fi

# The browser reads the HTML only: build without the PDF writer (typst), which would add minutes
# to every CI run for nothing this test looks at.
echo "== cargo build --release --locked --no-default-features"
cargo build --release --locked --no-default-features

if [ -n "${KPLAN_RENDER_OUT:-}" ]; then
  out="$KPLAN_RENDER_OUT"
  mkdir -p "$out"
else
  out="$(mktemp -d "${TMPDIR:-/tmp}/kplan-browser.XXXXXX")"
  trap 'rm -rf "$out"' EXIT
fi

kplan="$root/target/release/kplan"
today="2026-11-27"

echo "== rendering into $out"
"$kplan" render examples/testvik-helse -o "$out/testvik-helse" --format html --today "$today"
"$kplan" render examples/fjordvik-oppvekst -o "$out/fjordvik-oppvekst" --format html --today "$today"
"$kplan" render examples/testvik-helse -o "$out/testvik-helse-en" --format html --lang en --today "$today"
"$kplan" render examples/testvik-helse -o "$out/testvik-helse-nn" --format html --lang nn --today "$today"
# Appendix B (--since) against an earlier version in which one cost was different.
mkdir -p "$out/earlier"
cp -r examples/testvik-helse "$out/earlier/plan"
rm -rf "$out/earlier/plan/build"
sed -i '0,/amount: 150000/s//amount: 120000/' "$out/earlier/plan/6-tiltak.yaml"
"$kplan" render examples/testvik-helse -o "$out/testvik-helse-since" --format html --since "$out/earlier/plan" --today "$today"

echo "== browser check"
node "$here/check.mjs" \
  "$out/testvik-helse/plan.html" \
  "$out/fjordvik-oppvekst/plan.html" \
  "$out/testvik-helse-en/plan.html" \
  "$out/testvik-helse-nn/plan.html" \
  "$out/testvik-helse-since/plan.html"
