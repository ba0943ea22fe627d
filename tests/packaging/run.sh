#!/usr/bin/env bash
# Packaging test (run by ./test.sh): packs kgen's packages into a temporary folder feed, checks what
# is in them, installs the kgen tool from that feed and runs it on an example, builds and runs a
# consumer project (tests/packaging/consumer) against the packed libraries, and checks SourceLink.
# Needs no network beyond nuget.config's own source; the packed version is unique to this run, so
# nothing cached from an earlier run can stand in for it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
version="0.0.0-packaging.$(date +%s).$$"
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
cleanup() {
  rm -rf "$work"
  for id in kgen kgen.linux-x64 kgen.linux-arm64 kgen.osx-arm64 kgen.win-x64 kgen.any kgen.generator kgen.model kgen.store; do
    rm -rf "${packages:?}/$id/$version"
  done
}
trap cleanup EXIT
fail() { echo "packaging: FAIL: $*" >&2; exit 1; }
step() { echo "packaging: $*"; }
# Nothing in the temporary folder may inherit MSBuild settings from above it.
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"

feed="$work/feed"
step "dotnet pack $version"
dotnet pack "$root/Generator.sln" -c Release -o "$feed" -p:Version="$version" --nologo -v q >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; fail "dotnet pack failed"; }

# What each package must hold.
has() { # package file-in-package
  unzip -Z1 "$feed/$1" >"$work/listing" || fail "cannot read $1"
  grep -qxF "$2" "$work/listing" || fail "$1 has no $2 (it has: $(unzip -Z1 "$feed/$1" | tr '\n' ' '))"
}
for id in Kgen.Model Kgen.Generator Kgen.Store Kgen.Operations; do
  pkg="$id.$version.nupkg"
  has "$pkg" "lib/net10.0/$id.dll"
  has "$pkg" "lib/net10.0/$id.xml"
  has "$pkg" "README.md"
  has "$id.$version.snupkg" "lib/net10.0/$id.pdb"
done
# (Extracted to files first: grep -q closing a pipe early would fail the pipeline under pipefail.)
unzip -q -o "$feed/Kgen.Generator.$version.nupkg" Kgen.Generator.nuspec lib/net10.0/Kgen.Generator.dll -d "$work/generator"
grep -q "id=\"Kgen.Model\" version=\"$version\"" "$work/generator/Kgen.Generator.nuspec" \
  || fail "Kgen.Generator does not depend on Kgen.Model $version"
grep -aq "templates/terraform/aws_vpc.sbn" "$work/generator/lib/net10.0/Kgen.Generator.dll" \
  || fail "Kgen.Generator.dll does not embed the templates"
# The generator is pure: no cloud SDK. The store brings the AWS SDK and builds on the generator.
! grep -i "id=\"AWSSDK" "$work/generator/Kgen.Generator.nuspec" \
  || fail "Kgen.Generator depends on the AWS SDK (the lines above); only Kgen.Store may"
unzip -q -o "$feed/Kgen.Store.$version.nupkg" Kgen.Store.nuspec -d "$work/store"
grep -q "id=\"AWSSDK.S3\"" "$work/store/Kgen.Store.nuspec" || fail "Kgen.Store does not depend on AWSSDK.S3"
grep -q "id=\"Kgen.Generator\" version=\"$version\"" "$work/store/Kgen.Store.nuspec" \
  || fail "Kgen.Store does not depend on Kgen.Generator $version"
# The checks around apply (preflight, validate) bring the rest of the AWS SDK and the Kubernetes client.
unzip -q -o "$feed/Kgen.Operations.$version.nupkg" Kgen.Operations.nuspec -d "$work/operations"
for dep in AWSSDK.EC2 AWSSDK.SimpleSystemsManagement AWSSDK.KeyManagementService KubernetesClient Kgen.Store; do
  grep -q "id=\"$dep\"" "$work/operations/Kgen.Operations.nuspec" || fail "Kgen.Operations does not depend on $dep"
done
has "kgen.$version.nupkg" "README.md"
for rid in linux-x64 linux-arm64 osx-arm64 win-x64 any; do
  has "kgen.$rid.$version.nupkg" "tools/net10.0/$rid/kgen.dll"
done
step "packages: $(find "$feed" -mindepth 1 -printf '%f\n' | sed "s/\.$version//" | sort | tr '\n' ' ')"

# A NuGet configuration with the local feed next to the repository's own source.
sed "s|<clear />|<clear />\n    <add key=\"kgen-local\" value=\"$feed\" />|" "$root/nuget.config" > "$work/nuget.config"
grep -q kgen-local "$work/nuget.config" || fail "could not add the local feed to a copy of nuget.config"

snapshot="$root/tests/snapshots/ha-private"
example="$root/examples/ha-private.yaml"
key="$root/examples/ssh/id_ed25519.pub"

step "dotnet tool install kgen from the local feed"
dotnet tool install kgen --version "$version" --tool-path "$work/tool" --configfile "$work/nuget.config" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; fail "dotnet tool install failed"; }
info=$(dotnet --info)
rid=$(sed -n 's/^ *RID: *//p;T;q' <<<"$info")  # the first RID line only, without a pipe that may close early
installed=$(find "$work/tool/.store/kgen/$version" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | tr '\n' ' ')
# On a platform with a ReadyToRun package, the pointer package must resolve to it.
case "$rid" in
  linux-x64 | linux-arm64 | osx-arm64 | win-x64)
    [[ -d "$work/tool/.store/kgen/$version/kgen.$rid" ]] || fail "the kgen package did not resolve to kgen.$rid on $rid (installed: $installed)" ;;
esac
mkdir -p "$work/run-tool"
(cd "$work/run-tool" && "$work/tool/kgen" --target=terraform --out=out -f "$example" --ssh-public-key "$key" >"$work/tool-run.log" 2>&1) \
  || { cat "$work/tool-run.log"; fail "the installed kgen failed"; }
# The snapshot's configBase/ pins the node scripts, which kgen writes to the config store (here the example's
# default file store), not into --out: they are compared with what the installed kgen wrote there (without the
# file store's lock files).
diff -r -x cloudformation.json -x explain.md -x configBase "$snapshot" "$work/run-tool/out" >"$work/tool.diff" \
  || { head -40 "$work/tool.diff"; fail "the installed kgen's output differs from $snapshot"; }
diff -r -x ".*.lock" "$snapshot/configBase/nodeup" "$work/run-tool/state/acme.k8s.local/nodeup" >"$work/tool-store.diff" \
  || { head -40 "$work/tool-store.diff"; fail "the node scripts the installed kgen wrote to its config store differ from $snapshot/configBase"; }
step "installed kgen (${installed% }) generated the pinned ha-private output"

step "consumer project against Kgen.Generator and Kgen.Store $version"
cp -r "$root/tests/packaging/consumer" "$work/consumer"
mkdir -p "$work/house/terraform"
sed 's/^enable_dns_support = .*/&\n# house rule/' "$root/templates/terraform/aws_vpc.sbn" > "$work/house/terraform/aws_vpc.sbn"
grep -q '# house rule' "$work/house/terraform/aws_vpc.sbn" || fail "the house template has no marker: templates/terraform/aws_vpc.sbn no longer has an enable_dns_support line"
dotnet build "$work/consumer" -p:KgenVersion="$version" --configfile "$work/nuget.config" --nologo -v q >"$work/consumer-build.log" 2>&1 \
  || { cat "$work/consumer-build.log"; fail "the consumer project does not build against the packages"; }
mkdir -p "$work/run-consumer"
(cd "$work/run-consumer" && dotnet run --project "$work/consumer" --no-build -p:KgenVersion="$version" -- "$example" "$key" out "$work/house" | tee "$work/consumer-run.log") \
  || fail "the consumer project failed"
grep -q "applied: True" "$work/consumer-run.log" || fail "the house template was not applied"
[[ -f "$work/run-consumer/state/acme.k8s.local/pki/ca.crt" ]] || fail "ClusterSecrets.EnsureAsync wrote no CA into the configBase"
diff -r -x explain.md -x configBase "$snapshot" "$work/run-consumer/out" >"$work/consumer.diff" \
  || { head -40 "$work/consumer.diff"; fail "the consumer's output differs from $snapshot"; }
step "consumer project generated the pinned ha-private output (both targets)"

# SourceLink: built from a clone whose origin is on a hosting service, the PDB maps every source
# file to its URL at the built commit. The origin below only exercises the mapping.
git clone -q --depth 1 "file://$root" "$work/clone" 2>/dev/null || fail "could not clone $root"
git -C "$work/clone" remote set-url origin https://github.com/example/kgen.git
commit=$(git -C "$work/clone" rev-parse HEAD)
dotnet build "$work/clone/src/Generator/Kgen.Generator.csproj" -c Release --nologo -v q >"$work/sourcelink.log" 2>&1 \
  || { cat "$work/sourcelink.log"; fail "building the clone failed"; }
grep -aq "https://raw.githubusercontent.com/example/kgen/$commit/\*" "$work/clone/src/Generator/bin/Release/net10.0/Kgen.Generator.pdb" \
  || fail "Kgen.Generator.pdb holds no SourceLink map to the built commit"
step "SourceLink maps sources to raw.githubusercontent.com/…/$commit"
echo "packaging: ok"
