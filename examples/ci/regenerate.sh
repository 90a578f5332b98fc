#!/usr/bin/env bash
# Keeps the committed output of a HelmValues program in step with the C# that writes it, in CI.
#
#   regenerate.sh check    fails (exit code 1) when the committed output is stale; the change report and a diff go to the log
#   regenerate.sh commit   regenerates the output and, only when something changed, commits it with the Markdown change
#                          report as the commit body (pushing is the pipeline's job)
#
# HELMVALUES_APP     how to run the program, up to its own arguments (default: dotnet run app.cs --)
# HELMVALUES_OUTPUT  the committed output directory (default: out)
set -euo pipefail

app=${HELMVALUES_APP:-dotnet run app.cs --}
output=${HELMVALUES_OUTPUT:-out}

case "${1:-}" in
  check)
    # $app is a command line: split it into words on purpose.
    exec $app --check "$output"
    ;;
  commit)
    report=$(mktemp)
    trap 'rm -f "$report"' EXIT
    $app --out "$output" --report markdown > "$report"
    git add --all -- "$output"
    if git diff --cached --quiet -- "$output"; then
      echo "$output is up to date: nothing to commit."
      exit 0
    fi
    { printf 'Regenerate %s\n\n' "$output"; cat "$report"; } | git commit --quiet --file - -- "$output"
    git log -1 --format='Committed %h: %s'
    ;;
  *)
    echo "usage: $0 check|commit" >&2
    exit 2
    ;;
esac
