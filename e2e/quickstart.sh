#!/usr/bin/env bash
# Runs the README's quick start as written: extracts every ```bash block that follows a
# `<!-- quickstart -->` marker (and `<!-- quickstart: build -->` unless QUICKSTART_SKIP_BUILD=1, when the
# jar is packaged already) and runs them in order in one bash, as a newcomer would paste them, from the
# repository root. It gives the run what a newcomer's machine has and a CI machine lacks:
#   - a fresh data directory (MODELGATE_DATA_DIR, a temporary one) and no QUARKUS_DATASOURCE_* (so the
#     embedded PostgreSQL is used, as in the README);
#   - QUICKSTART_PORT (default 8080) replaces 8080 in the blocks, for a machine where 8080 is taken.
# Also runs docs/api.md's blocks marked <!-- api-example --> before the README's last block.
# Prints each step's output, then "quickstart: N passed, M failed"; exits non-zero when a step failed or the
# governed completion did not come from the demo upstream.
set -uo pipefail
cd "$(dirname "$0")/.."

port="${QUICKSTART_PORT:-8080}"
work="$(mktemp -d)"
script="$work/quickstart.sh"
out="$work/output.txt"
trap 'rm -rf "$work"' EXIT

awk -v skip_build="${QUICKSTART_SKIP_BUILD:-0}" '
  /^<!-- quickstart(: build)? -->$/ { armed = 1; build = ($0 ~ /build/); next }
  armed && /^```bash$/ { inblock = 1; armed = 0; step++; if (!(build && skip_build == "1")) print "echo \"::step " step " begins\""; next }
  inblock && /^```$/ { inblock = 0; if (!(build && skip_build == "1")) print "echo \"::step " step " ok\""; next }
  inblock { if (!(build && skip_build == "1")) print; next }
' README.md > "$script.body"

# docs/api.md's runnable examples (marked <!-- api-example -->) use the quick start's variables: they run
# just before the README's last block, which stops the platform.
awk '
  /^<!-- api-example -->$/ { armed = 1; next }
  armed && /^```bash$/ { inblock = 1; armed = 0; n++; print "echo \"::step api-" n " begins\""; next }
  inblock && /^```$/ { inblock = 0; print "echo \"::step api-" n " ok\""; next }
  inblock { print }
' docs/api.md > "$script.api"
last=$(grep -n '^echo "::step [0-9]* begins"' "$script.body" | tail -n 1 | cut -d: -f1)
{ head -n $(( last - 1 )) "$script.body"; cat "$script.api"; tail -n +"$last" "$script.body"; } > "$script.all"
mv "$script.all" "$script.body"

steps=$(grep -c '^echo "::step [0-9a-z-]* begins"' "$script.body")
if [ "$steps" -lt 9 ]; then
  echo "quickstart: found only $steps quick-start blocks in README.md"
  echo "quickstart: 0 passed, 1 failed"
  exit 1
fi
{
  echo 'set -euo pipefail'
  # stop the platform if a step fails before the README stops it
  echo 'trap '"'"'[ -n "${MODELGATE_PID:-}" ] && kill "$MODELGATE_PID" 2>/dev/null; true'"'"' EXIT'
  if [ "$port" = 8080 ]; then
    cat "$script.body"
  else
    sed -e "s/8080/$port/g" -e "s/java -Dquarkus.profile=local/java -Dquarkus.profile=local -D%local.quarkus.http.port=$port/" \
      "$script.body"
  fi
} > "$script"

echo "Running $steps README quick-start blocks (port $port, data in $work/data)"
env -u QUARKUS_DATASOURCE_JDBC_URL -u QUARKUS_DATASOURCE_USERNAME -u QUARKUS_DATASOURCE_PASSWORD \
  MODELGATE_DATA_DIR="$work/data" timeout 600 bash "$script" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

passed=$(grep -c '^::step [0-9a-z-]* ok$' "$out")
failed=$(( steps - passed ))
if [ "$status" -eq 0 ] && ! grep -q 'local demo upstream' "$out"; then
  echo "quickstart: the call was not answered by the local demo upstream"
  failed=$(( failed + 1 ))
fi
if [ "$status" -ne 0 ] && [ -f modelgate.log ]; then
  echo "--- last lines of modelgate.log"
  tail -n 40 modelgate.log
fi
rm -f headers.txt
echo "quickstart: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
