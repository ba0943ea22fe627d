#!/usr/bin/env bash
# Usage: conformance/generate-cases.sh OUTDIR
#
# Generates every spec in cases.txt with the kgen CLI built from this checkout: per case,
# `kgen create cluster … --dry-run -o yaml` writes the spec, then `kgen -f spec.yaml` generates
# each target in KGEN_CONFORMANCE_TARGETS (default: terraform cloudformation) into OUTDIR/<case>-<target>/.
# kgen runs inside OUTDIR, so whatever it keeps locally (a file:// state store) stays there.
# Prints the generated directories, one per line. Exit status: 0 ok, 2 when kgen fails.

set -euo pipefail

if (($# != 1)); then
  echo "usage: generate-cases.sh OUTDIR" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
read -r -a targets <<<"${KGEN_CONFORMANCE_TARGETS:-terraform cloudformation}"

# An incremental build: after the .NET tests this only checks that kgen is up to date.
if ! build_log=$(dotnet build "$repo_root/src/Cli" --nologo -v q 2>&1); then
  echo "$build_log" >&2
  echo "generate-cases: building kgen failed" >&2
  exit 2
fi
kgen_dll=$(find "$repo_root/src/Cli/bin/Debug" -name kgen.dll -print -quit)
[[ -n "$kgen_dll" ]] || { echo "generate-cases: no kgen.dll under src/Cli/bin/Debug" >&2; exit 2; }

ssh_key="$repo_root/examples/ssh/id_ed25519.pub"
while read -r name flags; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  read -r -a args <<<"$flags"
  spec="$out/$name.yaml"
  if ! (cd "$out" && dotnet "$kgen_dll" create cluster "${args[@]}" --ssh-public-key "$ssh_key" --dry-run -o yaml >"$spec"); then
    echo "generate-cases: case $name: kgen create cluster failed" >&2
    exit 2
  fi
  for target in "${targets[@]}"; do
    dir="$out/$name-$target"
    if ! (cd "$out" && dotnet "$kgen_dll" --target="$target" --out="$dir" -f "$spec" --ssh-public-key "$ssh_key" >&2); then
      echo "generate-cases: case $name: kgen --target=$target failed" >&2
      exit 2
    fi
    echo "$dir"
  done
done <"$here/cases.txt"
