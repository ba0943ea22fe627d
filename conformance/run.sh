#!/usr/bin/env bash
# Usage: conformance/run.sh [<dir>...]
#
# Runs the three conformance checks (check-terraform, check-format,
# check-scripts) over the given directories; by default over every folder under
# tests/snapshots/*/ (relative to the repository root) that contains a
# kubernetes.tf. Installs the npm dependencies with `npm ci` when node_modules
# is missing (the npm registry is the only network access needed).
#
# Exit status: 0 when every check passes, 1 when any check reports a problem,
# 2 on usage/setup errors (no directories, npm ci failed, shellcheck missing).

set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"

if (($# > 0)); then
  dirs=("$@")
else
  dirs=()
  shopt -s nullglob
  for tf in "$repo_root"/tests/snapshots/*/kubernetes.tf; do
    dirs+=("$(dirname "$tf")")
  done
  shopt -u nullglob
  if ((${#dirs[@]} == 0)); then
    echo "run.sh: no directories given and no tests/snapshots/*/kubernetes.tf found under $repo_root" >&2
    exit 2
  fi
fi

if [[ ! -d "$here/node_modules/@cdktf/hcl2json" || ! -f "$here/node_modules/@cdktf/provider-aws/.jsii" ]]; then
  echo "run.sh: installing npm dependencies (npm ci)" >&2
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    echo "run.sh: npm ci failed" >&2
    exit 2
  fi
fi

status=0
run_check() {
  local name="$1"
  shift
  echo "== $name" >&2
  "$@"
  local rc=$?
  if ((rc != 0)); then
    echo "== $name: FAILED (exit $rc)" >&2
    if ((rc > status)); then status=$rc; fi
  fi
}

run_check check-terraform node "$here/check-terraform.mjs" "${dirs[@]}"
run_check check-format node "$here/check-format.mjs" "${dirs[@]}"
run_check check-scripts bash "$here/check-scripts.sh" "${dirs[@]}"

if ((status == 0)); then
  echo "run.sh: all checks passed for ${#dirs[@]} director$( ((${#dirs[@]} == 1)) && echo y || echo ies)" >&2
fi
exit "$status"
