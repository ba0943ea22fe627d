#!/usr/bin/env bash
# Usage: conformance/run.sh [<dir>...]
#
# The conformance gate: judges generated output with other people's tools.
#   - folders with a kubernetes.tf:      check-terraform (HCL parser + AWS provider schema),
#                                        check-format (terraform fmt rules)
#   - folders with a cloudformation.json: check-cloudformation (resource schemas + cfn-lint)
#   - folders with data/*user_data*:     check-scripts (shellcheck, cloud-init schema)
#   - every folder:                       check-security (tfsec/Checkov AWS rules, accepted exceptions),
#                                        check-addons (configBase/addons/: kustomizations, sources, Kubernetes
#                                        objects against kubernetes-models' API schemas, pinned images)
# By default it checks every pinned case under tests/snapshots/*/ and the specs of cases.txt,
# generated on the fly into a temporary folder (generate-cases.sh) and removed afterwards.
# Installs the npm dependencies with `npm ci` when node_modules is missing.
#
# Exit status: 0 when every check passes, 1 when any check reports a problem,
# 2 on usage/setup errors (no directories, npm ci failed, shellcheck missing, kgen failed).

set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"

if [[ ! -d "$here/node_modules/@cdktf/hcl2json" || ! -f "$here/node_modules/@cdktf/provider-aws/.jsii" ||
  ! -d "$here/node_modules/cfn-lint" || ! -f "$here/node_modules/@aws-cdk/aws-service-spec/db.json.gz" ||
  ! -f "$here/node_modules/kubernetes-models/package.json" || ! -f "$here/node_modules/yaml/package.json" ]]; then
  echo "run.sh: installing npm dependencies (npm ci)" >&2
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    echo "run.sh: npm ci failed" >&2
    exit 2
  fi
fi

dirs=()
if (($# > 0)); then
  dirs=("$@")
else
  shopt -s nullglob
  for d in "$repo_root"/tests/snapshots/*/; do
    [[ -f "$d/kubernetes.tf" || -f "$d/cloudformation.json" ]] && dirs+=("${d%/}")
  done
  shopt -u nullglob
  generated="$(mktemp -d)"
  trap 'rm -rf "$generated"' EXIT
  echo "== generate-cases (cases.txt)" >&2
  if ! mapfile -t fresh < <(bash "$here/generate-cases.sh" "$generated"; echo "rc=$?"); then
    exit 2
  fi
  if [[ "${fresh[-1]}" != "rc=0" ]]; then
    echo "run.sh: generating the on-the-fly cases failed" >&2
    exit 2
  fi
  unset 'fresh[-1]'
  dirs+=("${fresh[@]}")
fi

tf_dirs=()
cfn_dirs=()
for d in "${dirs[@]}"; do
  if [[ ! -d "$d" ]]; then
    echo "run.sh: not a directory: $d" >&2
    exit 2
  fi
  [[ -f "$d/kubernetes.tf" ]] && tf_dirs+=("$d")
  [[ -f "$d/cloudformation.json" ]] && cfn_dirs+=("$d")
done
if ((${#tf_dirs[@]} + ${#cfn_dirs[@]} == 0)); then
  echo "run.sh: nothing to check: no kubernetes.tf or cloudformation.json in ${dirs[*]:-(no directories)}" >&2
  exit 2
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

if ((${#tf_dirs[@]} > 0)); then
  run_check check-terraform node "$here/check-terraform.mjs" "${tf_dirs[@]}"
  run_check check-format node "$here/check-format.mjs" "${tf_dirs[@]}"
fi
if ((${#cfn_dirs[@]} > 0)); then
  run_check check-cloudformation node "$here/check-cloudformation.mjs" "${cfn_dirs[@]}"
fi
run_check check-scripts bash "$here/check-scripts.sh" "${dirs[@]}"
# The security rules (tfsec/Checkov's AWS rules, lib/security-rules.mjs) with the accepted
# exceptions of security-exceptions.json; over the default set, a stale exception fails too.
security_args=()
(($# == 0)) && security_args+=(--report-unused)
run_check check-security node "$here/check-security.mjs" "${security_args[@]}" "${dirs[@]}"
# The files kgen owns of each add-on (configBase/addons/<name>/<digest>/), where a folder has them.
run_check check-addons node "$here/check-addons.mjs" "${dirs[@]}"

if ((status == 0)); then
  echo "run.sh: all checks passed: ${#tf_dirs[@]} Terraform and ${#cfn_dirs[@]} CloudFormation folder(s)" >&2
fi
exit "$status"
