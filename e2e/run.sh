#!/usr/bin/env bash
# End to end with real single sign-on: a Keycloak with the realm of docs/keycloak/, the packaged
# platform against it and a fresh PostgreSQL database, the REST API with Keycloak tokens (rest.mjs),
# and the console journey in headless Chromium (journey.mjs). Screenshots and logs go to
# e2e/results/<run>/. Exits non-zero when any step fails; Keycloak, the platform and the database
# are always cleaned up (trap), and a summary with timings is printed.
#
#   e2e/run.sh
#
# Settings (environment): E2E_KEYCLOAK_PORT (8180), E2E_PLATFORM_PORT (8280), E2E_MANAGEMENT_PORT (the
# platform's health and metrics, platform port + 1000), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), E2E_SKIP_BUILD=1 to reuse bootstrap/target/quarkus-app,
# E2E_JOURNEY=account to prove only the browser sign-in (against Keycloak's account console).
# The secrets below are the realm's demo secrets (demo only, never for a real deployment).
set -Eeuo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
E2E="$ROOT/e2e"
cd "$ROOT"

KC_VERSION=26.5.6
KC_PORT="${E2E_KEYCLOAK_PORT:-8180}"
APP_PORT="${E2E_PLATFORM_PORT:-8280}"
MANAGEMENT_PORT="${E2E_MANAGEMENT_PORT:-$((APP_PORT + 1000))}"
KC_URL="http://localhost:$KC_PORT"
APP_URL="http://localhost:$APP_PORT"
MANAGEMENT_URL="http://localhost:$MANAGEMENT_PORT"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
JOURNEY="${E2E_JOURNEY:-console}"
CACHE="$E2E/.cache"
KC_HOME="$CACHE/keycloak-$KC_VERSION"
RUN="$(date -u +%Y%m%d-%H%M%S)"
RESULTS="$E2E/results/$RUN"
DB="modelgate_e2e_$(date -u +%Y%m%d%H%M%S)_$$"
mkdir -p "$RESULTS" "$CACHE"

KC_PID=""
APP_PID=""
DB_CREATED=""
PHASE=""
PHASE_STARTED=0
TIMINGS=()
RESULT_LINES=()
START_NS=$(date +%s%N)

seconds_since() { # nanosecond timestamp → "12.3"
  local ms=$(( ($(date +%s%N) - $1) / 1000000 ))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}
begin() { PHASE="$1"; PHASE_STARTED=$(date +%s%N); echo "== $1"; }
end() { TIMINGS+=("$(printf '  %-60s %7s s' "$PHASE" "$(seconds_since "$PHASE_STARTED")")"); PHASE=""; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# Stops a process started with setsid and everything it started (its process group).
stop_group() {
  local pid="$1" name="$2"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || { echo "stopped $name"; return 0; }; sleep 0.25; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  echo "killed $name"
}

cleanup() {
  local status=$?
  set +e
  [ -n "$PHASE" ] && TIMINGS+=("$(printf '  %-60s %7s s  (FAILED)' "$PHASE" "$(seconds_since "$PHASE_STARTED")")")
  echo "== cleanup"
  stop_group "$APP_PID" "platform"
  stop_group "$KC_PID" "Keycloak"
  if [ -n "$DB_CREATED" ]; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
      && echo "dropped database $DB"
  fi
  echo
  echo "================ e2e summary (run $RUN) ================"
  printf '%s\n' "${TIMINGS[@]}"
  printf '  %-60s %7s s\n' "total" "$(seconds_since "$START_NS")"
  [ ${#RESULT_LINES[@]} -gt 0 ] && printf '  %s\n' "${RESULT_LINES[@]}"
  echo "  screenshots and logs: $RESULTS"
  if [ "$status" -eq 0 ]; then echo "E2E PASSED"; else echo "E2E FAILED (exit $status)"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # url seconds pid name
  local url="$1" limit="$2" pid="$3" name="$4" started=$SECONDS
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || fail "$name exited while starting (log: $RESULTS/$name.log)"
    [ $((SECONDS - started)) -lt "$limit" ] || fail "$name not ready after ${limit}s at $url (log: $RESULTS/$name.log)"
    sleep 0.5
  done
}

begin "prerequisites (java, node, psql, chromium)"
for tool in java node npm psql curl unzip; do command -v "$tool" >/dev/null || fail "$tool is missing"; done
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
# Japanese labels need a Japanese font in the screenshots; without one they show as boxes (not fatal).
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ja 2>/dev/null)" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-ipafont-gothic \
    || echo "warning: no Japanese font; Japanese text in screenshots will show as boxes"
fi
pg_isready -h "$PGHOST" -p "$PGPORT" -q || fail "PostgreSQL does not answer on $PGHOST:$PGPORT"
for port in "$KC_PORT" "$APP_PORT" "$MANAGEMENT_PORT"; do
  port_in_use "$port" && fail "port $port is already in use (a Keycloak or platform left running?)"
done
end

begin "Keycloak $KC_VERSION unpacked (cached in e2e/.cache)"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  ZIP="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -f "$ZIP" ]; then
    # Through Maven (Maven Central, or ~/.m2 when it is there already).
    DEP=(dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "-DoutputDirectory=$CACHE")
    ./mvnw -B -q -o "${DEP[@]}" 2>/dev/null || ./mvnw -B -q "${DEP[@]}"
  fi
  unzip -q -o "$ZIP" -d "$CACHE"
fi
# A fresh realm every run: the realm under test is exactly the one in docs/keycloak/.
rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
mkdir -p "$KC_HOME/data/import"
# Only the platform's port may differ (the realm allows redirects to :8280 and :8080).
sed "s#http://localhost:8280#$APP_URL#g" "$ROOT/docs/keycloak/modelgate-realm.json" \
  >"$KC_HOME/data/import/modelgate-realm.json"
end

begin "Keycloak started (boots while the platform builds)"
setsid "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --import-realm \
  >"$RESULTS/keycloak.log" 2>&1 </dev/null &
KC_PID=$!
KC_BOOT_NS=$(date +%s%N)
end

begin "platform packaged (mvnw package -DskipTests)"
if [ "${E2E_SKIP_BUILD:-}" = 1 ] && [ -f bootstrap/target/quarkus-app/quarkus-run.jar ]; then
  echo "E2E_SKIP_BUILD=1: reusing bootstrap/target/quarkus-app"
else
  ./mvnw -B -q -o package -DskipTests >"$RESULTS/build.log" 2>&1 \
    || ./mvnw -B -q package -DskipTests >"$RESULTS/build.log" 2>&1 \
    || { tail -40 "$RESULTS/build.log"; fail "the platform does not build (log: $RESULTS/build.log)"; }
fi
end

begin "playwright-core installed (cached in e2e/node_modules)"
LOCK_SUM="$(sha256sum "$E2E/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$E2E/node_modules/.modelgate-lock.sha256" 2>/dev/null)" != "$LOCK_SUM" ]; then
  (cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_SUM" >"$E2E/node_modules/.modelgate-lock.sha256"
fi
end

begin "database $DB created"
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $DB"
DB_CREATED=1
end

begin "Keycloak ready with realm modelgate"
wait_for "$KC_URL/realms/modelgate/.well-known/openid-configuration" 300 "$KC_PID" keycloak
grep -q "Realm 'modelgate' imported" "$RESULTS/keycloak.log" || fail "Keycloak did not import the realm"
echo "Keycloak ready $(seconds_since "$KC_BOOT_NS") s after its start"
end

begin "platform started on port $APP_PORT"
QUARKUS_HTTP_PORT="$APP_PORT" \
QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
MODELGATE_PUBLIC_URL="$APP_URL" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-postgres}" \
QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/modelgate" \
QUARKUS_OIDC_CONSOLE_CREDENTIALS_SECRET="${E2E_CONSOLE_SECRET:-demo-console-secret}" \
  setsid java -jar bootstrap/target/quarkus-app/quarkus-run.jar >"$RESULTS/platform.log" 2>&1 </dev/null &
APP_PID=$!
wait_for "$MANAGEMENT_URL/q/health/ready" 120 "$APP_PID" platform
end

begin "prod defaults: management port, no Swagger UI, console headers"
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
[ "$(status "$MANAGEMENT_URL/q/health/ready")" = 200 ] || fail "no readiness on the management port"
[ "$(status "$MANAGEMENT_URL/q/metrics")" = 200 ] || fail "no metrics on the management port"
for path in /q/health/ready /q/metrics /q/swagger-ui/; do
  [ "$(status "$APP_URL$path")" = 404 ] || fail "$path is served on the public port $APP_PORT in prod"
done
[ "$(status "$APP_URL/q/openapi")" = 200 ] || fail "the OpenAPI document is not on the public port"
HEADERS="$(curl -s -D - -o /dev/null "$APP_URL/console")"
for header in "Content-Security-Policy: .*frame-ancestors 'none'" "X-Content-Type-Options: nosniff" \
    "Referrer-Policy: " "Cache-Control: no-store"; do
  grep -qi "^$header" <<<"$HEADERS" || fail "console page without $header"
done
[ "$(status -H 'Host: evil.example.com' "$APP_URL/console")" = 421 ] || fail "the console answers a foreign Host"
echo "health and metrics on :$MANAGEMENT_PORT only, Swagger UI off, console headers present, foreign Host refused"
end

export KEYCLOAK_URL="$KC_URL" PLATFORM_URL="$APP_URL" RESULTS_DIR="$RESULTS"
FAILED=0

begin "REST API with Keycloak tokens (rest.mjs)"
set +e
node "$E2E/rest.mjs" 2>&1 | tee "$RESULTS/rest.log"
REST_STATUS=${PIPESTATUS[0]}
set -e
RESULT_LINES+=("$(tail -n 1 "$RESULTS/rest.log")")
[ "$REST_STATUS" -eq 0 ] || FAILED=1
end

begin "browser journey in headless Chromium (journey.mjs $JOURNEY)"
set +e
node "$E2E/journey.mjs" "$JOURNEY" 2>&1 | tee "$RESULTS/journey.log"
JOURNEY_STATUS=${PIPESTATUS[0]}
set -e
RESULT_LINES+=("$(tail -n 1 "$RESULTS/journey.log")")
[ "$JOURNEY_STATUS" -eq 0 ] || FAILED=1
end

[ "$FAILED" -eq 0 ] || fail "a REST check or a journey step failed (see above and $RESULTS)"
