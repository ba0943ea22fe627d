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
# elsewhere it says "not run" and exits 0. Config-store guards (terraform_data preconditions): one that
# always refuses (a store outside S3: an offline example) must stop the mocked apply with its message,
# and the folder is then judged without it; one that checks an S3 listing gets a listing that holds
# its key for the mocked apply, and a plan with an empty listing that it must stop.
# Default dirs: every tests/snapshots/*/ with a kubernetes.tf, and the Terraform of every spec in cases.txt, generated on the fly. Folders are
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
  cp -r "$here/terraform/mocks" "$copy/tests/mocks"
  # The config-store guards (terraform_data with a precondition): NAME, KIND (refuses: always, the
  # store is not in S3; lookup: the S3 listing must hold KEY), and the message or the listing and key.
  guards=$(awk '
    /^resource "terraform_data" / { name = $3; gsub(/"/, "", name); next }
    name != "" && /condition *= *contains\(data\.aws_s3_objects\./ {
      lookup = $0; sub(/.*data\.aws_s3_objects\./, "", lookup); sub(/\.keys.*/, "", lookup)
      key = $0; sub(/^[^"]*"/, "", key); sub(/".*/, "", key)
      printf "%s\tlookup\t%s\t%s\n", name, lookup, key; name = ""; next
    }
    name != "" && /error_message *= *"/ { msg = $0; sub(/^[^"]*"/, "", msg); sub(/"$/, "", msg); printf "%s\trefuses\t%s\n", name, msg; name = "" }
    /^}/ { name = "" }
  ' "$copy/kubernetes.tf")
  # The mocked apply, with each S3 listing holding its key; and a plan where the listing lacks it,
  # which the guard must stop (expect_failures).
  cp "$here/terraform/mocked-apply.tftest.hcl" "$copy/tests/"
  refusing=()
  checked=""
  while IFS=$'\t' read -r guard kind a b; do
    [[ -z "$guard" ]] && continue
    if [[ "$kind" == refuses ]]; then
      refusing+=("$guard"$'\t'"$a")
      continue
    fi
    checked+="; the guard $guard stops a plan whose listing lacks $b"
    cat >>"$copy/tests/mocked-apply.tftest.hcl" <<HCL

# The config store holds the cluster CA: the guard $guard lets the apply go on.
override_data {
  target = data.aws_s3_objects.$a
  values = { keys = ["$b"] }
}

# Without it, the guard stops the plan.
run "missing_${guard//-/_}" {
  command = plan
  override_data {
    target = data.aws_s3_objects.$a
    values = { keys = [] }
  }
  expect_failures = [terraform_data.$guard]
}
HCL
  done <<<"$guards"
  if ! (cd "$copy" && terraform init -backend=false -input=false -no-color >"$work/$name.init.log" 2>&1); then
    echo "terraform-engine: $name: terraform init failed:" >&2
    cat "$work/$name.init.log" >&2
    status=1
    continue
  fi
  # A guard that always refuses (the store is not in S3: an offline example) must stop the mocked
  # apply with its message; the rest is then judged on a copy without the guard.
  guard_failed=0
  for entry in "${refusing[@]}"; do
    guard=${entry%%$'\t'*}
    message=${entry#*$'\t'}
    out=$(cd "$copy" && terraform test -no-color 2>&1)
    flat=$(tr -s ' \n' '  ' <<<"$out")
    if [[ "$out" == *"Resource precondition failed"* && "$flat" == *"$(tr -s ' ' <<<"$message")"* ]]; then
      echo "terraform-engine: $name: the guard $guard refuses the apply, as it must: $message" >&2
    else
      echo "terraform-engine: $name: the guard $guard did NOT refuse the mocked apply with its message" >&2
      echo "$out" | awk '/^Error:/ { show = 1 } /tearing down/ { exit } show'
      guard_failed=1
    fi
    awk -v header="resource \"terraform_data\" \"$guard\" {" '
      $0 == header { skip = 1; next }
      skip && /^}/ { skip = 0; drop_blank = 1; next }
      skip { next }
      drop_blank && /^$/ { drop_blank = 0; next }
      { drop_blank = 0; print }
    ' "$copy/kubernetes.tf" >"$copy/kubernetes.tf.judged" && mv "$copy/kubernetes.tf.judged" "$copy/kubernetes.tf"
  done
  if ((guard_failed)); then
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
    echo "terraform-engine: $name: valid; mocked apply passed$checked" >&2
  else
    echo "terraform-engine: $name: mocked apply (terraform test) FAILED" >&2
    # The failing run's errors, without the resource list terraform prints while tearing down.
    echo "$out" | awk '/^Error:/ { show = 1 } /tearing down/ { exit } show'
    status=1
  fi
done
exit "$status"
