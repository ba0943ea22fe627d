#!/usr/bin/env bash
# Runs every test of kgen: the .NET suite (snapshots, journeys, bad input, determinism, kops
# parity), the packaging test (the packed library and tool, used as a platform team would), then
# the conformance checks that judge the pinned output with other people's tools (HashiCorp's HCL
# parser, the AWS provider schema, CloudFormation's schemas and cfn-lint, shellcheck, cloud-init,
# and `terraform validate` plus a mocked `terraform apply` where this machine has terraform and a
# provider mirror) and the checkers' own tests.
set -euo pipefail
cd "$(dirname "$0")"

# The S3 state-store tests start s3rver from tests/s3rver; the add-on conformance test runs conformance's checker.
if [[ ! -d tests/s3rver/node_modules/s3rver ]]; then
  (cd tests/s3rver && npm ci --no-audit --no-fund --loglevel=error)
fi
if [[ ! -d conformance/node_modules/@cdktf/hcl2json || ! -d conformance/node_modules/kubernetes-models ]]; then
  (cd conformance && npm ci --no-audit --no-fund --loglevel=error)
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Generator.sln --nologo --verbosity quiet 2>&1 | tee "$log"
dotnet_passed=$(grep -oE 'Passed: +[0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')

for tool in shellcheck cloud-init unzip; do
  if ! command -v "$tool" >/dev/null; then
    echo "test.sh: $tool is missing (apt-get install $tool); .ci/run installs it" >&2
    exit 1
  fi
done

# Packages: pack, install the tool from a local feed, build a consumer project against the library.
bash tests/packaging/run.sh

bash conformance/run.sh
bash conformance/terraform-engine.sh
(cd conformance && npm test --silent) 2>&1 | tee "$log"
node_passed=$(grep -oE '^# pass [0-9]+' "$log" | grep -oE '[0-9]+$')

echo "$((dotnet_passed + node_passed)) passed, 0 failed"
