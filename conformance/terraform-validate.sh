#!/usr/bin/env bash
# Usage: conformance/terraform-validate.sh [<dir>...]
#
# Runs the real `terraform validate` (the AWS provider's own validation: value patterns,
# conflicts, types) over generated folders — when this machine has a terraform binary and a
# local filesystem mirror of the hashicorp/aws provider (no registry access is needed or
# attempted). Default dirs: tests/snapshots/*/ with a kubernetes.tf. The mirror is
# $KGEN_TF_PROVIDER_MIRROR or /opt/tf-plugins. The folders are validated as copies whose
# provider version constraint is relaxed to the mirrored version, so a 5.x mirror can judge
# output written for ~> 6.0 (schema differences between the two are then reported as errors).
#
# Exit status: 0 valid (or the tools are not on this machine, which it says), 1 invalid.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
mirror="${KGEN_TF_PROVIDER_MIRROR:-/opt/tf-plugins}"

if ! command -v terraform >/dev/null || [[ ! -d "$mirror/registry.terraform.io/hashicorp/aws" ]]; then
  echo "terraform-validate: not run: needs a terraform binary and a provider mirror at $mirror (neither is installable here); the schema checks of check-terraform.mjs still ran" >&2
  exit 0
fi

if (($# > 0)); then
  dirs=("$@")
else
  dirs=()
  for tf in "$repo_root"/tests/snapshots/*/kubernetes.tf; do dirs+=("$(dirname "$tf")"); done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/terraformrc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
}
plugin_cache_dir = "$work/plugin-cache"
RC
mkdir -p "$work/plugin-cache"
export TF_CLI_CONFIG_FILE="$work/terraformrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1

status=0
for dir in "${dirs[@]}"; do
  name="$(basename "$dir")"
  copy="$work/$name"
  mkdir -p "$copy"
  cp -r "$dir"/. "$copy"/
  find "$copy" -name '*.received' -delete
  sed -i -E 's/version( +)= "~> 6\.0"/version\1= ">= 5.0"/' "$copy/kubernetes.tf"
  if ! (cd "$copy" && terraform init -backend=false -input=false -no-color >"$work/$name.init.log" 2>&1); then
    echo "terraform-validate: $name: terraform init failed:" >&2
    cat "$work/$name.init.log" >&2
    status=1
    continue
  fi
  if out=$(cd "$copy" && terraform validate -no-color 2>&1); then
    echo "terraform-validate: $name: valid" >&2
  else
    echo "terraform-validate: $name: INVALID" >&2
    echo "$out"
    status=1
  fi
done
exit "$status"
