#!/usr/bin/env bash
# Gateway overhead: what ModelGate adds to a chat completion, with every governance step on.
#
#   benchmarks/gateway-overhead.sh                 # rates 100 500 1000 2000, then higher until saturated
#   RATES="100 2000" SECONDS_PER_RUN=10 benchmarks/gateway-overhead.sh
#   PROFILE=1 benchmarks/gateway-overhead.sh       # also records a JFR profile of the gateway
#                                                  # (JFR_SETTINGS=path/to/some.jfc for another sampling rate)
#   DEPARTMENTS=8 benchmarks/gateway-overhead.sh   # spread the calls over 8 departments (8 budgets)
#   APP_DIR=path/to/quarkus-app benchmarks/gateway-overhead.sh   # measure another build (before/after)
#   SYNC_COMMIT=off benchmarks/gateway-overhead.sh # DIAGNOSTIC ONLY: the database acknowledges commits before
#                                                  # the WAL reaches disk, to show what commit latency costs
#
# It builds the packaged app and the benchmark jar if missing (REBUILD=1 forces it), creates a fresh
# PostgreSQL database on PGHOST (default 127.0.0.1:5432, user postgres), starts the upstream stub and
# ModelGate (packaged jar, local profile, the stub as the approved deployment's endpoint), gets the
# department an approval through the real review workflow and a budget through the REST API, then
# offers load at fixed rates with an open-loop generator (latency from the intended send time),
# alternating direct-to-stub and through-gateway runs at each rate. Writes
# benchmarks/results/gateway-overhead-<timestamp>.md and prints it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

RATES="${RATES:-100 500 1000 2000}"
EXTRA_RATES="${EXTRA_RATES-3000 4000 6000}"  # EXTRA_RATES="" tries none   # tried after RATES, in order, until the gateway saturates
SECONDS_PER_RUN="${SECONDS_PER_RUN:-15}"
WARMUP_PER_RUN="${WARMUP_PER_RUN:-3}"
APP_PORT="${APP_PORT:-9080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-$((APP_PORT + 1000))}"   # health and metrics: the management interface
STUB_PORT="${STUB_PORT:-9091}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
run="benchmarks/results/run-$stamp"
mkdir -p "$run/data"
db="modelgate_bench_$(echo "$stamp" | tr 'A-Z' 'a-z')"
jar=benchmarks/target/benchmarks.jar
APP_DIR="${APP_DIR:-bootstrap/target/quarkus-app}"
app="$APP_DIR/quarkus-run.jar"
DEPARTMENTS="${DEPARTMENTS:-1}"
SYNC_COMMIT="${SYNC_COMMIT:-on}"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# The database server is shared: a refused connection (too many clients) is retried, not fatal.
q() {
  local out
  for _ in $(seq 1 30); do
    if out="$(psql -X "$@" 2>/dev/null)"; then printf '%s\n' "$out"; return 0; fi
    sleep 1
  done
  psql -X "$@"
}

if [[ "${REBUILD:-0}" == 1 || ! -f "$jar" || ! -f "$app" ]]; then
  echo "== building the app and the benchmark jar"
  ./mvnw -B -q -o -Pbenchmarks package -DskipTests
fi

echo "== database $db"
q -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
if [[ "$SYNC_COMMIT" != on ]]; then
  q -q -d postgres -c "ALTER DATABASE $db SET synchronous_commit = $SYNC_COMMIT"
fi

echo "== upstream stub on :$STUB_PORT"
java -cp "$jar" io.modelgate.benchmarks.gateway.UpstreamStub "$STUB_PORT" > "$run/stub.log" 2>&1 &
pids+=($!)

profile_opts=()
if [[ "${PROFILE:-0}" == 1 ]]; then
  profile_opts=("-XX:StartFlightRecording=filename=$run/gateway.jfr,settings=${JFR_SETTINGS:-profile},dumponexit=true")
fi
echo "== ModelGate on :$APP_PORT (log: $run/app.log)"
# shellcheck disable=SC2086
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-postgres}" MODELGATE_DATA_DIR="$run/data" \
  OLLAMA_URL="http://127.0.0.1:$STUB_PORT/v1" \
  java ${APP_JAVA_OPTS:-} "${profile_opts[@]}" -Dquarkus.profile=local -Dquarkus.http.port="$APP_PORT" \
  -Dquarkus.management.port="$MANAGEMENT_PORT" -jar "$app" \
  > "$run/app.log" 2>&1 &
pids+=($!)
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "ModelGate did not start:"; tail -40 "$run/app.log"; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null

token() { # subject roles department
  MODELGATE_DATA_DIR="$run/data" java -jar "$app" token --subject "$1" --roles "$2" --department "$3" --minutes 240
}
echo "== approvals and budgets for $DEPARTMENTS department(s) bench-1… through the REST API"
requesters=""
for n in $(seq 1 "$DEPARTMENTS"); do requesters="$requesters $(token "req-bench-$n" requester "bench-$n")"; done
REQUESTERS="$requesters" \
SECURITY="$(token security-lead security-reviewer security)" \
LEGAL="$(token legal-lead legal-reviewer legal)" \
FINANCE="$(token finance-lead finance-reviewer finance)" \
ADMIN="$(token admin-bench admin ai-coe)" \
BASE="http://127.0.0.1:$APP_PORT" python3 - <<'PY'
import json, os, urllib.request, datetime, zoneinfo

base = os.environ["BASE"]

def call(method, path, token, body=None, expect=(200, 201)):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        assert r.status in expect, (path, r.status)
        text = r.read()
        return json.loads(text) if text else None

for n, req in enumerate(os.environ["REQUESTERS"].split(), start=1):
  dept = "bench-%d" % n
  created = call("POST", "/api/v1/usage-requests", req, {
      "modelId": "mistral-7b-instruct", "deployment": "ON_PREMISES",
      "useCase": {"purpose": "Gateway overhead benchmark", "taskCategory": "REPORT_GENERATION",
                  "audience": "INTERNAL", "commercial": False, "redistributesModel": False, "fineTunes": False,
                  "expectedMonthlyActiveUsers": 20, "highestClassification": "INTERNAL",
                  "volume": {"requestsPerMonth": 1000, "averageInputTokens": 500, "averageOutputTokens": 200}}})
  submitted = call("POST", "/api/v1/usage-requests/%s/submit" % created["id"], req)
  for kind in submitted["requiredReviews"]:
      call("POST", "/api/v1/usage-requests/%s/reviews" % created["id"], os.environ[kind.upper()],
           {"kind": kind, "outcome": "APPROVE"})
  state = call("GET", "/api/v1/usage-requests/%s" % created["id"], req)
  assert state.get("approvalId"), state
  month = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Tokyo")).strftime("%Y-%m")
  call("PUT", "/api/v1/departments/%s/budgets/%s" % (dept, month), os.environ["ADMIN"], {
      "amount": {"amount": "1000000000", "currency": "JPY"}, "softAlertPercent": 100,
      "hardLimit": {"amount": "1000000000", "currency": "JPY"}})
  print("%s: approval %s after reviews %s; budget for %s set" % (
      dept, state["approvalId"], submitted["requiredReviews"], month))
PY

tokens="$run/tokens.txt"
: > "$tokens"
for n in $(seq 1 "$DEPARTMENTS"); do token "svc-bench-$n" gateway-client "bench-$n" >> "$tokens"; done
client_token="$(head -1 "$tokens")"
body="$run/body.json"
cat > "$body" <<'JSON'
{"model": "auto", "max_tokens": 64, "messages": [
  {"role": "system", "content": "You are a concise assistant for the sales team. Answer in two sentences."},
  {"role": "user", "content": "今週の東日本エリアの売上をまとめてください。Summarise this week's sales figures for the eastern region, compared with last week, and name the two products that moved the most."}]}
JSON
direct_url="http://127.0.0.1:$STUB_PORT/direct/v1/chat/completions"
gateway_url="http://127.0.0.1:$APP_PORT/gateway/v1/chat/completions"
gw_headers=(--tokens "$tokens" --header "X-Data-Classification: INTERNAL"
            --header "X-Task-Category: REPORT_GENERATION")

echo "== one call through the gateway"
curl -fsS -D "$run/first-call.headers" -o "$run/first-call.json" -H "Authorization: Bearer $client_token" \
  -H "X-Data-Classification: INTERNAL" -H "X-Task-Category: REPORT_GENERATION" -H "Content-Type: application/json" \
  --data-binary @"$body" "$gateway_url"
grep -i '^x-modelgate' "$run/first-call.headers"

load() { # target rate seconds warmup
  local url=() extra=()
  if [[ "$1" == direct ]]; then url=(--url "$direct_url"); else url=(--url "$gateway_url"); extra=("${gw_headers[@]}"); fi
  java -cp "$jar" io.modelgate.benchmarks.gateway.OpenLoopLoad "${url[@]}" "${extra[@]}" --body "$body" \
    --rate "$2" --seconds "$3" --warmup "$4"
}
cpu_ticks() { # user + system CPU of the gateway process so far, in clock ticks
  awk '{print $14 + $15}' "/proc/$app_pid/stat"
}
dbstats() {
  q -At -d postgres -c "SELECT xact_commit, tup_returned + tup_fetched, tup_inserted + tup_updated + tup_deleted
                             FROM pg_stat_database WHERE datname = '$db'"
}

# Calls the gateway has queued finish before anything else is measured or compared (at most 60 s):
# a step that fell behind must not leave its backlog to the next one. Done when nothing is reserved any
# more, or when the ledger has not grown for 3 s (a reservation that is never settled stays visible in
# the consistency line).
drain() {
  local last="" same=0 now open
  for _ in $(seq 1 60); do
    now="$(q -At -d "$db" -c "SELECT coalesce(sum(reserved_micros), 0) || '/' || (SELECT count(*) FROM usage_record)
                              FROM department_budget")"
    open="${now%%/*}"
    [[ "$open" == 0 ]] && return 0
    if [[ "$now" == "$last" ]]; then same=$((same + 1)); else same=0; fi
    (( same >= 3 )) && { echo "   ($open micro-yen stay reserved though the ledger stopped growing)"; return 0; }
    last="$now"
    sleep 1
  done
  echo "   (the gateway still had calls in flight after 60 s)"
}

WARMUP_SECONDS="${WARMUP_SECONDS:-30}"
WARMUP_RATE="${WARMUP_RATE:-100}"
echo "== warm-up (not recorded): gateway $WARMUP_SECONDS s at $WARMUP_RATE req/s, direct 10 s at 300 req/s"
load gateway "$WARMUP_RATE" "$WARMUP_SECONDS" 0 > "$run/warmup-gateway.json"
drain
load direct 300 10 0 > "$run/warmup-direct.json"

results="$run/results.jsonl"
: > "$results"
step=0
measure() { # rate
  local rate=$1 first second
  if (( step % 2 == 0 )); then first=direct; second=gateway; else first=gateway; second=direct; fi
  step=$((step + 1))
  for target in "$first" "$second"; do
    local load_avg before after
    load_avg="$(cut -d' ' -f1 /proc/loadavg)"
    sleep 1
    before="$(dbstats)"
    local out cpu_before cpu_after
    cpu_before="$(cpu_ticks)"
    out="$(load "$target" "$rate" "$SECONDS_PER_RUN" "$WARMUP_PER_RUN")"
    [[ "$target" == gateway ]] && drain
    cpu_after="$(cpu_ticks)"
    sleep 1
    after="$(dbstats)"
    echo "{\"target\":\"$target\",\"load\":$load_avg,\"dbBefore\":\"$before\",\"dbAfter\":\"$after\",\"appCpuTicks\":$((cpu_after - cpu_before)),\"r\":$out}" \
      >> "$results"
    echo "   $target @ $rate/s: $out (load $load_avg)"
  done
}
saturated() { # rate: the gateway kept up at this rate?
  python3 - "$results" "$1" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
r = [x["r"] for x in rows if x["target"] == "gateway" and x["r"]["offered"] == float(sys.argv[2])][-1]
errors = r["non2xx"] + r["timeouts"] + r["otherErrors"]
sys.exit(0 if r["achieved"] < 0.95 * r["offered"] or errors > 0.001 * r["sent"] else 1)
PY
}

echo "== measuring: ${SECONDS_PER_RUN} s per run after ${WARMUP_PER_RUN} s unrecorded, direct and gateway alternating"
# Once the gateway falls behind, higher rates only pile up a backlog: they are skipped.
stopped=""
for rate in $RATES $EXTRA_RATES; do
  if [[ -n "$stopped" ]]; then echo "   $rate req/s skipped: the gateway fell behind at $stopped req/s"; continue; fi
  measure "$rate"
  if saturated "$rate"; then stopped="$rate"; fi
done

drain
sleep 1
stub_stats="$(curl -fs "http://127.0.0.1:$STUB_PORT/stats")"
ledger="$(q -At -d "$db" -c "SELECT count(*), coalesce(sum(input_tokens + output_tokens), 0),
           count(*) FILTER (WHERE outcome <> 'SUCCESS'), (SELECT count(*) FROM audit_event)
           FROM usage_record WHERE department LIKE 'bench-%'")"
budget="$(q -At -d "$db" -c "SELECT coalesce(sum(reserved_micros), 0) FROM department_budget
           WHERE department LIKE 'bench-%'")"

out="benchmarks/results/gateway-overhead-$stamp.md"
java_version="$(java -version 2>&1 | head -1)"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
python3 - "$results" "$stamp" "$stub_stats" "$ledger" "$budget" "$(nproc)" "$cpu" "$java_version" \
  "$SECONDS_PER_RUN" "$WARMUP_PER_RUN" "$DEPARTMENTS" "$SYNC_COMMIT" "$(git rev-parse --short HEAD)" "$APP_DIR" \
  > "$out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
stamp, stub, ledger, budget, nproc, cpu, java, secs, warm, depts, sync, commit, app_dir = sys.argv[2:15]
stub = json.loads(stub)
calls, tokens, not_success, audit_rows = (int(x) for x in ledger.split("|"))
ms = lambda us: "%.2f" % (us / 1000)
rates = sorted({x["r"]["offered"] for x in rows})
by = {(x["target"], x["r"]["offered"]): x for x in rows}
def errors(r): return r["non2xx"] + r["timeouts"] + r["otherErrors"]
def per_call(x):
    b = [int(v) for v in x["dbBefore"].split("|")]; a = [int(v) for v in x["dbAfter"].split("|")]
    n = max(x["r"]["sent"] + int(x["r"]["offered"] * float(warm)), 1)
    return [(a[i] - b[i]) / n for i in range(3)]
print("## Gateway overhead run %s" % stamp)
print()
print("Machine: %s × `%s`, `%s`. Each run: %s s unrecorded, then %s s recorded; latency in ms from each request's "
      "intended send time (open loop). Gateway calls spread over %s department(s); app from `%s` (harness at %s); "
      "synchronous_commit=%s%s." % (nproc, cpu, java, warm, secs, depts, app_dir, commit, sync,
      "" if sync == "on" else " (DIAGNOSTIC: commits not durable)"))
print()
print("| offered req/s | direct p50 / p90 / p99 / max | gateway p50 / p90 / p99 / max | **added** p50 / p90 / p99 / max "
      "| achieved direct / gateway req/s | errors direct / gateway | load avg (d / g) |")
print("|---:|---|---|---|---|---|---|")
saturation = None
for rate in rates:
    d, g = by.get(("direct", rate)), by.get(("gateway", rate))
    if not d or not g: continue
    dr, gr = d["r"], g["r"]
    added = [gr[k] - dr[k] for k in ("p50us", "p90us", "p99us", "maxus")]
    print("| %d | %s | %s | **%s** | %.0f / %.0f | %d / %d | %.2f / %.2f |" % (
        rate, " / ".join(ms(dr[k]) for k in ("p50us", "p90us", "p99us", "maxus")),
        " / ".join(ms(gr[k]) for k in ("p50us", "p90us", "p99us", "maxus")),
        " / ".join(ms(a) for a in added), dr["achieved"], gr["achieved"], errors(dr), errors(gr),
        d["load"], g["load"]))
    if saturation is None and (gr["achieved"] < 0.95 * rate or errors(gr) > 0.001 * gr["sent"]):
        saturation = rate
print()
sustained = [r for r in rates if saturation is None or r < saturation]
print("Saturation: %s" % ("the gateway kept up with every offered rate (highest %d req/s)" % max(rates)
      if saturation is None else "the gateway fell behind at %d req/s (achieved < 95 %% of offered or errors "
      "> 0.1 %%); highest sustained step %s req/s" % (saturation, max(sustained) if sustained else "none")))
print()
print("Database work per gateway call (pg_stat_database deltas over each gateway run incl. its warm-up):")
print()
print("| offered req/s | commits / call | rows read / call | rows written / call | gateway CPU ms / call |")
print("|---:|---:|---:|---:|---:|")
for rate in rates:
    g = by.get(("gateway", rate))
    if g:
        c = per_call(g)
        n = max(g["r"]["sent"] + int(g["r"]["offered"] * float(warm)), 1)
        print("| %d | %.1f | %.1f | %.1f | %.2f |" % (rate, c[0], c[1], c[2], g["appCpuTicks"] * 10.0 / n))
print()
print("Consistency after the run: upstream served %d completions (%d tokens) through the gateway; the ledger holds "
      "%d calls for the departments (%d tokens, %d not SUCCESS), %d audit events; %s micro-yen still reserved." % (
      stub["gatewayCompletions"], stub["gatewayTokens"], calls, tokens, not_success, audit_rows, budget))
PY
cat "$out"
echo
echo "written to $out (raw figures: $results, app log: $run/app.log)"
