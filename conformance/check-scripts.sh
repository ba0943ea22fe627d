#!/usr/bin/env bash
# Usage: check-scripts.sh <dir> [<dir>...]
#
# Checks the instance user data that the generated Terraform ships as files:
# every file under <dir>/data/ whose name contains "user_data", the node scripts the user data fetches
# (<dir>/data/aws_s3_object_nodeup.*_content, and a snapshot's <dir>/configBase/**/*.sh; the add-ons' files
# in the config store are YAML and lists, which the add-on check judges)
#   - starting with "#!" and a shell interpreter  -> shellcheck (one line per finding)
#   - starting with "#cloud-config"               -> cloud-init schema --config-file
#     (skipped, with a message, when cloud-init is not installed)
#   - anything else (e.g. MIME multipart)          -> reported as not checked, not an error
#
# Exit status: 0 clean, 1 problems found, 2 usage error or shellcheck missing.

set -uo pipefail

if (($# == 0)); then
  echo "usage: check-scripts.sh <dir> [<dir>...]" >&2
  exit 2
fi
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "check-scripts: shellcheck is not installed (apt-get install shellcheck)" >&2
  exit 2
fi
have_cloud_init=0
if command -v cloud-init >/dev/null 2>&1; then
  have_cloud_init=1
fi

problems=0
shell_files=()
for dir in "$@"; do
  [[ "$dir" == */ && "$dir" != / ]] && dir="${dir%/}"
  if [[ ! -d "$dir" ]]; then
    echo "check-scripts: not a directory: $dir" >&2
    exit 2
  fi
  shell_count=0
  cloud_count=0
  cloud_skipped=0
  other_count=0
  if [[ -d "$dir/data" || -d "$dir/configBase" ]]; then
    while IFS= read -r -d '' file; do
      first_line=$(head -n 1 -- "$file")
      case "$first_line" in
        '#!'*)
          if [[ ! "$first_line" =~ ^\#\![[:space:]]*(/usr)?/bin/(env[[:space:]]+)?(ba|da|k)?sh([[:space:]]|$) ]]; then
            echo "check-scripts: $file: not a shell script ($first_line); not checked" >&2
            other_count=$((other_count + 1))
            continue
          fi
          shell_count=$((shell_count + 1))
          shell_files+=("$file")
          ;;
        '#cloud-config'*)
          if ((have_cloud_init == 0)); then
            cloud_skipped=$((cloud_skipped + 1))
            continue
          fi
          cloud_count=$((cloud_count + 1))
          if ! output=$(cloud-init schema --config-file "$file" 2>&1); then
            # cloud-init prints several lines (and an empty "deprecations:" header); make it one
            summary=$(tr '\n' ' ' <<<"$output" | tr -s ' ' | sed -e 's/Cloud config schema deprecations: *//' -e 's/ *$//')
            echo "$file: cloud-init schema: $summary"
            problems=$((problems + 1))
          fi
          ;;
        *)
          echo "check-scripts: $file: neither a #! script nor #cloud-config; not checked" >&2
          other_count=$((other_count + 1))
          ;;
      esac
    done < <(find "$dir/data" "$dir/configBase" -type f \( -name '*user_data*' -o -name 'aws_s3_object_nodeup.*_content' -o -path '*/configBase/*.sh' \) -print0 2>/dev/null | sort -z)
  fi
  if ((cloud_skipped > 0)); then
    echo "check-scripts: $dir: cloud-init is not installed; skipped $cloud_skipped #cloud-config file(s) (apt-get install cloud-init to check them)" >&2
  fi
  echo "check-scripts: $dir: checked $shell_count shell script(s), $cloud_count cloud-config file(s); $other_count not checkable" >&2
done

# Running shellcheck is slow (~0.3 s for a kops nodeup script), so do it in parallel
# batches; gcc format gives one line per finding: file:line:col: severity: message [SCxxxx]
if ((${#shell_files[@]} > 0)); then
  jobs=$(nproc 2>/dev/null || echo 2)
  findings=$(printf '%s\0' "${shell_files[@]}" |
    xargs -0 -n 4 -P "$jobs" shellcheck --format=gcc -- 2>&1)
  rc=$?
  if [[ -n "$findings" ]]; then
    sort -t: -k1,1 -k2,2n -k3,3n <<<"$findings"
  fi
  if ((rc != 0)); then
    problems=$((problems + 1))
  fi
fi

if ((problems > 0)); then
  exit 1
fi
exit 0
