#!/usr/bin/env bash
# Every documented form of provider endpoint configuration, in the packaged application as an operator
# starts it (docs/gateway.md, "Configuring providers"):
#   1. config/application.properties in the working directory (not next to the jar);
#   2. a file named by QUARKUS_CONFIG_LOCATIONS;
#   3. an environment variable that alone defines an endpoint (…__LLAMA_3_SWALLOW_8B_ON_PREMISES__URL);
#   4. an environment variable that overrides a shipped entry (…__MISTRAL_7B_INSTRUCT_ON_PREMISES__URL);
#   5. a malformed entry: the start stops, saying what to write instead.
# Each is read back from GET /api/v1/endpoints. Local profile, its own temporary data directory and
# working directory, embedded PostgreSQL. Ends with "config-forms: N passed, M failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/bootstrap/target/quarkus-app/quarkus-run.jar"
port="${CONFIG_FORMS_PORT:-8283}"
management_port="${CONFIG_FORMS_MANAGEMENT_PORT:-$((port + 1000))}"  # health lives on the management port
work="$(mktemp -d)"
pid=""
passed=0
failed=0
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; }

[ -f "$jar" ] || { echo "no $jar: run ./mvnw -B -q package -DskipTests first"; echo "config-forms: 0 passed, 1 failed"; exit 1; }
mkdir -p "$work/run/config" "$work/etc"
cat > "$work/run/config/application.properties" <<'PROPS'
modelgate.gateway.endpoints."gemma-2-9b/PRIVATE_CLOUD".url=http://gemma.cloud.internal:8000/v1
modelgate.gateway.endpoints."gemma-2-9b/PRIVATE_CLOUD".upstream-model=google/gemma-2-9b-it
PROPS
cat > "$work/etc/endpoints.properties" <<'PROPS'
modelgate.gateway.endpoints."tsuzumi-7b/ON_PREMISES".url=http://tsuzumi.internal:8000/v1
modelgate.gateway.endpoints."tsuzumi-7b/ON_PREMISES".api-key-env=TSUZUMI_KEY
PROPS

start() {  # start the jar from the working directory with the given extra environment
  (cd "$work/run" && exec env -u QUARKUS_DATASOURCE_JDBC_URL -u QUARKUS_DATASOURCE_USERNAME -u QUARKUS_DATASOURCE_PASSWORD \
    MODELGATE_DATA_DIR="$work/data" QUARKUS_MANAGEMENT_PORT="$management_port" "$@" java -Dquarkus.profile=local \
    "-D%local.quarkus.http.port=$port" \
    -jar "$jar" > "$work/app.log" 2>&1) &
  pid=$!
}

start QUARKUS_CONFIG_LOCATIONS="$work/etc/endpoints.properties" TSUZUMI_KEY=canary-not-logged \
  MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__URL=http://swallow.internal:8000/v1 \
  MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__UPSTREAM_MODEL=tokyotech-llm/Swallow-8B \
  MODELGATE_GATEWAY_ENDPOINTS__MISTRAL_7B_INSTRUCT_ON_PREMISES__URL=http://mistral.internal:8000/v1
for _ in $(seq 120); do curl -sf "http://localhost:$management_port/q/health/ready" > /dev/null && break; sleep 1; done
token=$(MODELGATE_DATA_DIR="$work/data" java -jar "$jar" token --subject ops --roles admin)
list=$(curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/endpoints")
url() { echo "$list" | jq -r --arg m "$1" --arg d "$2" '.[] | select(.model == $m and .deployment == $d) | .url'; }

[ "$(url gemma-2-9b PRIVATE_CLOUD)" = "http://gemma.cloud.internal:8000/v1" ] \
  && ok "config/application.properties in the working directory" || fail "config/application.properties: $(url gemma-2-9b PRIVATE_CLOUD)"
[ "$(url tsuzumi-7b ON_PREMISES)" = "http://tsuzumi.internal:8000/v1" ] \
  && [ "$(echo "$list" | jq -r '.[] | select(.model == "tsuzumi-7b" and .deployment == "ON_PREMISES") | .key')" = PRESENT ] \
  && ok "a file named by QUARKUS_CONFIG_LOCATIONS, its key from an environment variable" || fail "QUARKUS_CONFIG_LOCATIONS"
[ "$(url llama-3-swallow-8b ON_PREMISES)" = "http://swallow.internal:8000/v1" ] \
  && ok "an environment variable alone defines an endpoint" || fail "environment-only endpoint: $(url llama-3-swallow-8b ON_PREMISES)"
[ "$(url mistral-7b-instruct ON_PREMISES)" = "http://mistral.internal:8000/v1" ] \
  && ok "an environment variable overrides a shipped entry" || fail "environment override: $(url mistral-7b-instruct ON_PREMISES)"
grep -q "llama-3-swallow-8b/ON_PREMISES → OPENAI_COMPATIBLE http://swallow.internal:8000" "$work/app.log" \
  && ! grep -q "canary-not-logged" "$work/app.log" \
  && ok "the start-up log lists the endpoints, without the key" || fail "start-up log"
kill "$pid"; wait "$pid" 2>/dev/null; pid=""

start MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISE__URL=http://swallow.internal:8000/v1
code=0
for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then code=running; else wait "$pid"; code=$?; fi
pid=""
[ "$code" != running ] && [ "$code" != 0 ] && grep -q "does not say which deployment it serves: name it model/DEPLOYMENT" "$work/app.log" \
  && ok "a malformed entry stops the start, saying what to write" || { fail "malformed entry (exit $code)"; tail -n 20 "$work/app.log"; }

echo "config-forms: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
