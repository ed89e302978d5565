#!/usr/bin/env bash
# Step 2 of the kplan action (action.yml): `kplan check --format github` on every plan (one per
# line of KPLAN_PATHS), which writes annotations and appends each plan's summary to the job
# summary; with KPLAN_FORMAT=sarif also one SARIF file per plan. The step itself always
# succeeds, so that the SARIF upload runs; the action's last step exits with the status kept in
# the output `status`: 2 if any plan could not be checked, else 1 if any failed, else 0.
set -uo pipefail

format="${KPLAN_FORMAT:-github}"
case "$format" in
  github | sarif) ;;
  *)
    echo "::error title=kplan::format must be \"github\" or \"sarif\", not \"$format\""
    echo "status=2" >>"$GITHUB_OUTPUT"
    exit 0
    ;;
esac
# (`${args[@]+…}` below: macOS's bash 3.2 calls an empty array unbound under `set -u`.)
args=()
case "${KPLAN_DENY_WARNINGS:-false}" in
  true) args+=(--deny-warnings) ;;
  false | "") ;;
  *)
    echo "::error title=kplan::deny-warnings must be \"true\" or \"false\", not \"$KPLAN_DENY_WARNINGS\""
    echo "status=2" >>"$GITHUB_OUTPUT"
    exit 0
    ;;
esac

sarif_dir=""
if [ "$format" = sarif ]; then
  sarif_dir="${RUNNER_TEMP:?}/kplan-sarif"
  rm -rf "$sarif_dir"
  mkdir -p "$sarif_dir"
  echo "sarif-dir=$sarif_dir" >>"$GITHUB_OUTPUT"
fi

worst=0
n=0
while IFS= read -r plan || [ -n "$plan" ]; do
  plan="${plan%$'\r'}"
  # Blank lines and surrounding spaces are not part of a folder's name here.
  plan="$(printf '%s' "$plan" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')"
  [ -z "$plan" ] && continue
  n=$((n + 1))
  echo "::group::kplan check $plan"
  kplan check "$plan" --format github ${args[@]+"${args[@]}"}
  status=$?
  echo "::endgroup::"
  if [ -n "$sarif_dir" ]; then
    kplan check "$plan" --format sarif ${args[@]+"${args[@]}"} >"$sarif_dir/plan-$n.sarif" 2>/dev/null
  fi
  if [ "$status" -eq 2 ] || { [ "$status" -eq 1 ] && [ "$worst" -ne 2 ]; }; then
    worst="$status"
  elif [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    worst=2
  fi
done <<<"${KPLAN_PATHS:-.}"

if [ "$n" -eq 0 ]; then
  echo "::error title=kplan::the input path names no plan folder"
  worst=2
fi
echo "status=$worst" >>"$GITHUB_OUTPUT"
