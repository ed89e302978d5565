#!/usr/bin/env bash
# kplan's JSON Schemas in the editor engines users have, not in a validator of our own:
#
# - taplo (the engine of VS Code's "Even Better TOML"): `taplo lint` passes on the TOML files of
#   the example plans (with `--schema`) and of a fresh `kplan init --format toml` scaffold in each
#   language (which finds its schema through the `#:schema ./schemas/…` line init writes, as in
#   VS Code), and fails on broken copies (a wrong enum value, an unknown field in a measure and in
#   kplan.toml, an id with a space, an unknown language).
# - yaml-language-server (the engine of Red Hat's YAML extension): yaml-completion.mjs asks for
#   completions inside a measure, at a new measure and at values, and checks that each one,
#   inserted, leaves valid YAML.
#
# Installs the pinned npm packages (package-lock.json) when missing; needs node and npm.
# Usage: tests/editor/run.sh        (from any directory)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [ ! -x "$here/node_modules/.bin/taplo" ] || [ ! -d "$here/node_modules/yaml-language-server" ] \
  || [ ! -d "$here/node_modules/yaml" ]; then
  echo "== npm ci in tests/editor"
  (cd "$here" && npm ci --no-audit --no-fund)
fi
taplo="$here/node_modules/.bin/taplo"

# The same build as tests/browser/run.sh (no PDF writer), so the two share it.
echo "== cargo build --release --locked --no-default-features"
cargo build --release --locked --no-default-features
kplan="$root/target/release/kplan"

work="$(mktemp -d "${TMPDIR:-/tmp}/kplan-editor.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=1
}
# taplo lint; "$@" are taplo's arguments.
lint() {
  RUST_LOG=error "$taplo" lint --no-auto-config --colors never "$@"
}
# Each taplo run takes a few seconds to start (WebAssembly), so files share runs and the runs
# that do not depend on each other run side by side.
for lang in nb nn en; do
  "$kplan" schema --lang "$lang" -o "$work/schemas-$lang" -q
  "$kplan" init "$work/init-$lang" --format toml --lang "$lang" --municipality "Testvik kommune" \
    -q </dev/null
done
manifest="file://$work/schemas-nb/kplan.schema.json"
plan="file://$work/schemas-nb/plan.schema.json"
plan_files=()
for file in examples/*/*.toml; do
  [ "$(basename "$file")" = kplan.toml ] || plan_files+=("$file")
done

# Broken copies of the bokmål scaffold, each with one mistake the schema must catch.
measures="$(cd "$work/init-nb" && grep -l '^\[\[measures\]\]' ./*.toml | head -1)"
broken() { # NAME FILE SED-SCRIPT: a copy with FILE edited; fails the check if the edit did nothing
  cp -r "$work/init-nb" "$work/broken-$1"
  sed -i "$3" "$work/broken-$1/$2"
  cmp -s "$work/init-nb/$2" "$work/broken-$1/$2" && fail "broken copy $1: the edit changed nothing"
  return 0
}
broken enum "$measures" '0,/^strategy = "[a-z-]*"/s//strategy = "devlop"/'
broken field "$measures" '0,/^id = "T1"/s//id = "T1"\ntitel = "x"/'
broken id "$measures" '0,/^id = "T1"/s//id = "T 1"/'
broken manifest-field kplan.toml '0,/^\[plan\]/s//[plan]\nsprak = "nb"/'
broken language kplan.toml '0,/^language = "nb"/s//language = "se"/'

echo "== taplo and yaml-language-server"
pids=()
run() { # NAME COMMAND…: in the background, its output in $work/NAME.log
  local name="$1"
  shift
  ("$@") >"$work/$name.log" 2>&1 &
  pids+=("$!:$name")
}
run examples-manifest lint --schema "$manifest" examples/*/kplan.toml
run examples-plan lint --schema "$plan" "${plan_files[@]}"
for lang in nb nn en; do
  run "init-$lang" bash -c "cd '$work/init-$lang' && RUST_LOG=error '$taplo' lint --no-auto-config --colors never ./*.toml"
  run "yaml-$lang" node "$here/yaml-completion.mjs" "$work/schemas-$lang/plan.schema.json" \
    examples/testvik-helse/6-tiltak.yaml
done
for name in enum field id; do
  run "broken-$name" bash -c "cd '$work/broken-$name' && ! RUST_LOG=error '$taplo' lint --no-auto-config --colors never '$measures'"
done
for name in manifest-field language; do
  run "broken-$name" bash -c "cd '$work/broken-$name' && ! RUST_LOG=error '$taplo' lint --no-auto-config --colors never kplan.toml"
done
for entry in "${pids[@]}"; do
  pid="${entry%%:*}"
  name="${entry#*:}"
  if wait "$pid"; then
    echo "ok: $name"
  else
    cat "$work/$name.log" >&2
    fail "$name"
  fi
done
# A broken copy must fail for the schema, not because taplo could not run.
for name in enum field id manifest-field language; do
  grep -q "schema validation failed" "$work/broken-$name.log" \
    || { cat "$work/broken-$name.log" >&2; fail "broken-$name: taplo did not report a schema error"; }
done
grep -h "completions give valid YAML" "$work"/yaml-*.log | sort | uniq -c

if [ "$failed" -ne 0 ]; then
  echo "editor check FAILED" >&2
  exit 1
fi
echo "editor check passed"
