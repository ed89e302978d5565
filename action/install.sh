#!/usr/bin/env bash
# Step 1 of the kplan action (action.yml): download the kplan release archive for this runner,
# check it against the SHA-256 published beside it, and put kplan on PATH.
# Environment: KPLAN_REPOSITORY (owner/name), KPLAN_ACTION_REF (the action's ref, e.g. v1 or
# v0.2.0), KPLAN_VERSION (the input: "", "latest" or a version), RUNNER_OS, RUNNER_ARCH,
# RUNNER_TEMP, GITHUB_PATH (set by the runner). KPLAN_RELEASES_URL, if set, replaces
# https://github.com/OWNER/NAME/releases: a mirror inside a network that does not reach GitHub
# (https:// or file://; tests/action.rs uses a folder).
set -euo pipefail

repo="${KPLAN_REPOSITORY:?KPLAN_REPOSITORY names the repository of the action}"
version="${KPLAN_VERSION:-}"
if [ -z "$version" ]; then
  # kplan-no/kplan@v0.2.0 means kplan 0.2.0; a moving tag (v1) or a branch means the latest.
  if [[ "${KPLAN_ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    version="$KPLAN_ACTION_REF"
  else
    version=latest
  fi
fi
releases="${KPLAN_RELEASES_URL:-https://github.com/$repo/releases}"
releases="${releases%/}"
case "$releases" in
  https://* | file://*) ;;
  *)
    echo "::error title=kplan::KPLAN_RELEASES_URL must start with https:// or file://"
    exit 1
    ;;
esac
if [ "$version" = latest ]; then
  base="$releases/latest/download"
else
  if ! [[ "$version" =~ ^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
    echo "::error title=kplan::version must be like 0.2.0 or \"latest\", not \"$version\""
    exit 1
  fi
  base="$releases/download/v${version#v}"
fi

case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
  Linux/X64) target=x86_64-unknown-linux-musl ext=tar.xz ;;
  Linux/ARM64) target=aarch64-unknown-linux-musl ext=tar.xz ;;
  macOS/ARM64) target=aarch64-apple-darwin ext=tar.xz ;;
  macOS/X64) target=x86_64-apple-darwin ext=tar.xz ;;
  Windows/X64) target=x86_64-pc-windows-msvc ext=zip ;;
  *)
    echo "::error title=kplan::no kplan release is built for ${RUNNER_OS:-?} ${RUNNER_ARCH:-?}"
    exit 1
    ;;
esac

archive="kplan-$target.$ext"
work="${RUNNER_TEMP:?}/kplan-action"
rm -rf "$work"
mkdir -p "$work/bin"
fetch() {
  curl --fail --location --silent --show-error --retry 3 --proto '=https,file' --proto-redir '=https' --tlsv1.2 -o "$2" "$1"
}
echo "kplan: $base/$archive"
fetch "$base/$archive" "$work/$archive"
fetch "$base/$archive.sha256" "$work/$archive.sha256"

expected="$(awk '{print $1; exit}' "$work/$archive.sha256")"
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$work/$archive" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$work/$archive" | awk '{print $1}')"
fi
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  echo "::error title=kplan::$archive does not match its SHA-256 (expected ${expected:-nothing}, got $actual)"
  exit 1
fi

case "$ext" in
  zip)
    # Git Bash on GitHub's Windows runners has unzip; 7-Zip and PowerShell are there too.
    if command -v unzip >/dev/null 2>&1; then
      unzip -q "$work/$archive" -d "$work/unpacked"
    elif command -v 7z >/dev/null 2>&1; then
      7z x -y -o"$work/unpacked" "$work/$archive" >/dev/null
    else
      powershell -NoProfile -Command "Expand-Archive -LiteralPath '$work/$archive' -DestinationPath '$work/unpacked'"
    fi
    ;;
  *) mkdir -p "$work/unpacked" && tar -xJf "$work/$archive" -C "$work/unpacked" ;;
esac
binary="$(find "$work/unpacked" -type f \( -name kplan -o -name kplan.exe \) | head -n 1)"
if [ -z "$binary" ]; then
  echo "::error title=kplan::$archive holds no kplan binary"
  exit 1
fi
installed="$work/bin/$(basename "$binary")"
mv "$binary" "$installed"
chmod +x "$installed"
echo "$work/bin" >>"$GITHUB_PATH"
"$installed" --version
