#!/usr/bin/env bash
# Issue 15 §5, "An API a generator can use": starts the packaged app (local profile, its own ports and
# data directory), lints its served OpenAPI document with Redocly's recommended rules (0 errors and
# 0 warnings), generates TypeScript types from it (openapi-typescript), type-checks a client that uses
# them (openapi-fetch) and runs that client: it drafts a usage request and submits it, and the answer
# must carry the request's state. About 30 s; .ci/run calls it after ./mvnw -B verify.
#
#   tools/api-client/check.sh          (needs bootstrap/target/quarkus-app: ./mvnw -B package first)
#
# Settings (environment): API_CLIENT_PORT (18380), API_CLIENT_MANAGEMENT_PORT (19380); a configured
# QUARKUS_DATASOURCE_JDBC_URL is used as in the local profile, else an embedded PostgreSQL.
set -Eeuo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar"
PORT="${API_CLIENT_PORT:-18380}"
MANAGEMENT_PORT="${API_CLIENT_MANAGEMENT_PORT:-19380}"
BUILD="$HERE/build"
DATA="$(mktemp -d)"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B package first" >&2; exit 1; }

cd "$HERE"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
rm -rf "$BUILD" && mkdir -p "$BUILD"

echo "== packaged app on :$PORT (management :$MANAGEMENT_PORT)"
MODELGATE_DATA_DIR="$DATA" java -Dquarkus.profile=local -Dquarkus.http.port="$PORT" \
  -Dquarkus.management.port="$MANAGEMENT_PORT" -Dmodelgate.settlement.spool-dir="$DATA/spool" \
  -jar "$JAR" > "$BUILD/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/openapi?format=json" -o "$BUILD/openapi.json" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app did not start:"; tail -30 "$BUILD/app.log"; exit 1; }
  sleep 0.5
done
[ -s "$BUILD/openapi.json" ] || { echo "no OpenAPI document at :$PORT/q/openapi"; tail -30 "$BUILD/app.log"; exit 1; }

echo "== redocly lint (recommended rules) on the served document"
npx redocly lint --extends=recommended --format=json "$BUILD/openapi.json" > "$BUILD/lint.json" 2> "$BUILD/lint.log" || true
node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const errors = report.totals.errors, warnings = report.totals.warnings;
  for (const p of report.problems) console.log(`  ${p.severity} ${p.ruleId} ${p.location[0].pointer}: ${p.message}`);
  console.log(`redocly: ${errors} errors, ${warnings} warnings`);
  process.exit(errors + warnings === 0 ? 0 : 1);' "$BUILD/lint.json"

echo "== TypeScript client generated from the document"
npx openapi-typescript "$BUILD/openapi.json" -o "$BUILD/modelgate.d.ts" > /dev/null
npx tsc -p .
TOKEN="$(MODELGATE_DATA_DIR="$DATA" java -jar "$JAR" token --subject ts-client --roles requester --department ts-client)"
node build/js/src/submit-usage-request.js "http://127.0.0.1:$PORT" "$TOKEN"
