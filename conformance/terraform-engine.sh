#!/usr/bin/env bash
# Usage: conformance/terraform-engine.sh [<dir>...]
#
# Judges generated Terraform with the real engine and the real AWS provider, offline:
#   - `terraform validate`: the provider's schema and its static value checks;
#   - `terraform test` with `mock_provider "aws"` (terraform/mocked-apply.tftest.hcl): a whole
#     mocked `apply`, where every expression is evaluated and the provider's value checks run on
#     every planned value (ids and ARNs of mocked resources are shaped as AWS shapes them, see
#     terraform/mocks/aws.tfmock.hcl).
# It runs when this machine has a terraform binary and a filesystem mirror of the hashicorp/aws
# provider ($KGEN_TF_PROVIDER_MIRROR, default /opt/tf-plugins; no registry is ever asked);
# elsewhere it says "not run" and exits 0. Default dirs: every tests/snapshots/*/ with a
# kubernetes.tf, and the Terraform of every spec in cases.txt, generated on the fly. Folders are
# judged as copies whose provider constraint is relaxed to the mirrored version, so a 5.x mirror
# can judge output written for ~> 6.0 (schema differences between the two then show as errors).
#
# Exit status: 0 all passed (or not run, which it says), 1 a folder failed, 2 setup failed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
mirror="${KGEN_TF_PROVIDER_MIRROR:-/opt/tf-plugins}"

if ! command -v terraform >/dev/null || [[ ! -d "$mirror/registry.terraform.io/hashicorp/aws" ]]; then
  echo "terraform-engine: not run: needs a terraform binary and a provider mirror at $mirror (neither is installable here); the schema checks of check-terraform.mjs still ran" >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if (($# > 0)); then
  dirs=("$@")
else
  dirs=()
  for tf in "$repo_root"/tests/snapshots/*/kubernetes.tf; do dirs+=("$(dirname "$tf")"); done
  if ! mapfile -t fresh < <(KGEN_CONFORMANCE_TARGETS=terraform bash "$here/generate-cases.sh" "$work/cases"; echo "rc=$?"); then
    exit 2
  fi
  if [[ "${fresh[-1]}" != "rc=0" ]]; then
    echo "terraform-engine: generating the on-the-fly cases failed" >&2
    exit 2
  fi
  unset 'fresh[-1]'
  dirs+=("${fresh[@]}")
fi

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
  copy="$work/judge/$name"
  mkdir -p "$copy"
  cp -r "$dir"/. "$copy"/
  find "$copy" -name '*.received' -delete
  sed -i -E 's/version( +)= "~> 6\.0"/version\1= ">= 5.0"/' "$copy/kubernetes.tf"
  mkdir -p "$copy/tests"
  cp "$here/terraform/mocked-apply.tftest.hcl" "$copy/tests/"
  cp -r "$here/terraform/mocks" "$copy/tests/mocks"
  if ! (cd "$copy" && terraform init -backend=false -input=false -no-color >"$work/$name.init.log" 2>&1); then
    echo "terraform-engine: $name: terraform init failed:" >&2
    cat "$work/$name.init.log" >&2
    status=1
    continue
  fi
  if ! out=$(cd "$copy" && terraform validate -no-color 2>&1); then
    echo "terraform-engine: $name: terraform validate: INVALID" >&2
    echo "$out"
    status=1
    continue
  fi
  if out=$(cd "$copy" && terraform test -no-color 2>&1); then
    echo "terraform-engine: $name: valid; mocked apply passed" >&2
  else
    echo "terraform-engine: $name: mocked apply (terraform test) FAILED" >&2
    # The failing run's errors, without the resource list terraform prints while tearing down.
    echo "$out" | awk '/^Error:/ { show = 1 } /tearing down/ { exit } show'
    status=1
  fi
done
exit "$status"
