#!/usr/bin/env bash
# Microsoft's SARIF multitool (`validate`, with the SARIF and the GitHub rule sets) over the
# SARIF that `kplan check --format sarif` writes: for both example plans, for a plan with
# findings in a folder whose name needs URI encoding ("min plan, æ"), and for a run that cannot
# check at all (exit status 2). Any result of level error or warning fails; the notes the tool
# also gives (no version-control details, ids that are not like "KP1001", help links it cannot
# reach from a closed network) are printed, not counted. tests/sarif.rs validates the same kinds
# of output against the SARIF 2.1.0 JSON Schema; this is the tool GitHub's own docs point to.
#
# Usage: tests/sarif/run.sh        (from any directory; installs the pinned npm package)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

multitool="$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -f "$multitool" ]; then
  echo "== npm ci in tests/sarif"
  (cd "$here" && npm ci --no-audit --no-fund)
fi
# npm does not run the package's install script (a chmod) unless told to.
chmod u+x "$multitool"

# The binary `cargo test` builds (with the test build's features), so that after `cargo test` in
# CI nothing is compiled again.
echo "== cargo test --locked --no-run"
cargo test --locked --no-run -q
kplan="$root/target/debug/kplan"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

plan="$work/min plan, æ"
mkdir -p "$plan"
cp -r tests/rules/_base/. "$plan/"
# Findings with related locations (duplicate-id) and without (unknown-reference).
cp tests/rules/unknown-reference/misspelled-role/measures.yaml "$plan/"
cp tests/rules/duplicate-id/same-kind-twice/*.yaml "$plan/" 2>/dev/null || true

status=0
run() { # name, then the kplan arguments; the exit status of kplan is not the test's
  local name="$1"
  shift
  (cd "$work" && "$kplan" check "$@" --format sarif --today 2026-12-01 >"$work/$name.sarif" 2>/dev/null) || true
}
run testvik-helse "$root/examples/testvik-helse"
run fjordvik-oppvekst "$root/examples/fjordvik-oppvekst"
run findings "min plan, æ"
run cannot-check "no such folder"
# The gate itself can fail: the findings' log with a path not encoded must be rejected.
python3 - "$work/findings.sarif" "$work/broken.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "min plan, æ/x y.yaml"
json.dump(log, open(sys.argv[2], "w"))
PY

for name in testvik-helse fjordvik-oppvekst findings cannot-check broken; do
  file="$work/$name.sarif"
  "$multitool" validate "$file" --rule-kind "Sarif;Gh" --level "Error;Warning;Note" \
    -o "$work/$name.validation.sarif" --log ForceOverwrite --quiet >/dev/null
  expect=0
  [ "$name" = broken ] && expect=1
  got=0
  python3 - "$name" "$file" "$work/$name.validation.sarif" <<'PY' || got=1
import json, sys
name, file, report = sys.argv[1:]
log = json.load(open(file))
run = log["runs"][0]
results = json.load(open(report))["runs"][0]["results"]
bad = [r for r in results if r.get("level", "warning") in ("error", "warning")]
notes = sorted({r["ruleId"] for r in results} - {r["ruleId"] for r in bad})
print(f"{name}: {len(run['results'])} kplan results, "
      f"executionSuccessful={run['invocations'][0]['executionSuccessful']}; "
      f"validator: {len(bad)} errors/warnings, notes {', '.join(notes) or 'none'}")
for r in bad:
    print(f"  {r['level']} {r['ruleId']}: {r['message'].get('arguments')}")
if name == "findings" and not run["results"]:
    print("  the plan with findings gave none"); sys.exit(1)
if name == "cannot-check" and run["invocations"][0]["executionSuccessful"]:
    print("  the failed run says it succeeded"); sys.exit(1)
sys.exit(1 if bad else 0)
PY
  if [ "$got" != "$expect" ]; then
    [ "$name" = broken ] && echo "  the validator accepted a path that is not a URI reference"
    status=1
  fi
done
exit "$status"
