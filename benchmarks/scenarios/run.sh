#!/usr/bin/env bash
# Fault scenarios 1–3 of issue #6 (docs/benchmarks.md, "Fault scenarios 1–3"), against the packaged jar,
# a counting OpenAI-compatible upstream stub and real PostgreSQL. Each scenario prints its figures and
# exits non-zero when an invariant fails.
#
#   benchmarks/scenarios/run.sh [1|2|3|all]
#
#   1  budget race: two instances on one database, 1,000 concurrent calls, a budget that pays for 50
#   2  database outage under steady load (own PostgreSQL cluster on port 55433, stopped and restarted)
#   3  kill -9 of the application under load, restart, compare the ledger with what the upstream served
#
# Settings (environment): PGHOST/PGPORT (default 127.0.0.1:5432, user postgres, trust auth) for 1 and 3;
# PG_BIN (default /usr/lib/postgresql/15/bin) and OUTAGE_SECONDS (40), OUTAGE_RATE (50/s) for 2;
# KILL_RATE (50/s) for 3. Ports used: 9101-9104 (apps), 9110 (stub), 55433 (scenario 2's cluster).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
which_scenario="${1:-all}"
jar="$root/bootstrap/target/quarkus-app/quarkus-run.jar"
work="${SCENARIO_WORK:-/tmp/mg-scenarios}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
stub_port=9110
month="$(TZ=Asia/Tokyo date +%Y-%m)"
cost_per_call=1867   # 21 + 7 tokens on mistral-7b-instruct on-premises, in micro-yen
pids=()
failures=0

if [[ ! -f "$jar" ]]; then
  ./mvnw -B -q package -DskipTests
fi
rm -rf "$work"
mkdir -p "$work/classes" "$work/data"
javac -d "$work/classes" benchmarks/scenarios/Harness.java
harness() { java -cp "$work/classes" Harness "$@"; }

cleanup() {
  for pid in "${pids[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  if [[ -f /tmp/mg-pg/postmaster.pid ]]; then
    su postgres -c "$pg_bin/pg_ctl -D /tmp/mg-pg -m fast stop" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
check() { # check "description" condition-exit-code
  if [[ "$2" == 0 ]]; then echo "  PASS  $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi
}
sql() { psql -X -q -At -d "$1" -c "$2"; }
fresh_db() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null; }
stub_stat() { curl -s "http://127.0.0.1:$stub_port/stats" | sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

start_stub() { # delay-ms
  java -cp "$work/classes" Harness stub "$stub_port" "${1:-0}" >"$work/stub.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$stub_port/stats" >/dev/null && return 0; sleep 0.2; done
  echo "stub did not start"; exit 2
}

start_app() { # name port jdbc-url → sets app_pid
  local name=$1 port=$2 url=$3
  QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  MODELGATE_DATA_DIR="$work/data" OLLAMA_URL="http://127.0.0.1:$stub_port/v1" \
    java -Xmx512m -Dquarkus.profile=local "-D%local.quarkus.http.port=$port" \
      "-Dquarkus.management.port=$((port + 1000))" \
      "-Dmodelgate.settlement.spool-dir=$work/spool-$name" -jar "$jar" >>"$work/app-$name.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  for _ in $(seq 150); do
    curl -s -o /dev/null "http://127.0.0.1:$port/q/openapi" && return 0
    sleep 0.2
  done
  echo "application $name did not start; see $work/app-$name.log"; tail -20 "$work/app-$name.log"; exit 2
}

stop_app() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

set_budget() { # db dept hard-limit-micros
  sql "$1" "INSERT INTO department_budget (department, month, currency, amount_minor, soft_alert_percent,
      hard_limit_minor, hard_limit_micros, spent_micros, reserved_micros, version)
      VALUES ('$2', '$month', 'JPY', $(( ($3 + 999999) / 1000000 )), 80, $(( ($3 + 999999) / 1000000 )), $3, 0, 0, 0)"
}

wait_settled() { # db dept seconds → waits until nothing is reserved and no call is in flight
  for _ in $(seq $(( $3 * 5 ))); do
    local open
    open=$(sql "$1" "SELECT (SELECT reserved_micros FROM department_budget WHERE department='$2' AND month='$month')
        + (SELECT count(*) FROM call_reservation WHERE department='$2')" 2>/dev/null || echo 1)
    [[ "$open" == 0 ]] && return 0
    sleep 0.2
  done
  return 1
}

# --- 1. budget race ------------------------------------------------------------------------------------
scenario_1() {
  echo "== Scenario 1: budget race, 1,000 concurrent calls over two instances, budget pays for 50"
  local db=mg_scenario_race url="jdbc:postgresql://$PGHOST:$PGPORT/mg_scenario_race" dept=race
  fresh_db $db
  start_stub 0
  start_app a 9101 "$url"; local a=$app_pid
  start_app b 9102 "$url"; local b=$app_pid
  local token; token=$(harness setup http://127.0.0.1:9101 "$work/data" $dept)
  local limit=$((50 * cost_per_call))
  set_budget $db $dept $limit
  local stub_before; stub_before=$(stub_stat calls)
  local started; started=$(now_ms)
  harness burst http://127.0.0.1:9101,http://127.0.0.1:9102 "$token" 1000 >"$work/burst.txt"
  local took=$(( $(now_ms) - started ))
  wait_settled $db $dept 20 || true
  local ok refused other spent reserved rows open served
  ok=$(grep -oP 'status_200=\K[0-9]+' "$work/burst.txt" || echo 0)
  refused=$(grep -oP 'status_402=\K[0-9]+' "$work/burst.txt" || echo 0)
  shed=$(grep -oP 'status_503=\K[0-9]+' "$work/burst.txt" || echo 0)
  other=$(( 1000 - ok - refused - shed ))
  read -r spent reserved < <(sql $db "SELECT spent_micros, reserved_micros FROM department_budget
      WHERE department='$dept' AND month='$month'" | tr '|' ' ')
  rows=$(sql $db "SELECT count(*) FROM usage_record WHERE department='$dept' AND outcome='SUCCESS'")
  open=$(sql $db "SELECT count(*) FROM call_reservation WHERE department='$dept'")
  served=$(( $(stub_stat calls) - stub_before ))
  echo "  1000 calls in ${took} ms: $ok answered (200), $refused refused (402), $shed shed (503, no database"\
       "connection within the pool's acquisition timeout, refused before reserving), $other other"
  echo "  spent $spent of $limit micro-yen, reserved $reserved, open in-flight rows $open"
  echo "  ledger SUCCESS rows $rows, upstream calls served $served"
  check "at most 50 succeed ($ok)" "$([[ $ok -le 50 && $ok -gt 0 ]]; echo $?)"
  check "every call answered 200, 402 or 503 ($other other)" "$([[ $other -eq 0 ]]; echo $?)"
  check "spent <= limit ($spent <= $limit)" "$([[ $spent -le $limit ]]; echo $?)"
  check "spent = answered x cost ($spent = $ok x $cost_per_call)" "$([[ $spent -eq $((ok * cost_per_call)) ]]; echo $?)"
  check "no reservation left (reserved $reserved, rows $open)" "$([[ $reserved -eq 0 && $open -eq 0 ]]; echo $?)"
  check "ledger rows = upstream calls = answered ($rows = $served = $ok)" \
    "$([[ $rows -eq $served && $served -eq $ok ]]; echo $?)"
  stop_app "$a"; stop_app "$b"
  kill "${pids[0]}" 2>/dev/null || true; pids=()
}

# --- 2. database outage ---------------------------------------------------------------------------------
pg_own() { su postgres -c "$pg_bin/pg_ctl -D /tmp/mg-pg -o '-p 55433 -k /tmp' -l /tmp/mg-pg.log -w $*" >/dev/null; }

scenario_2() {
  local outage="${OUTAGE_SECONDS:-40}" rate="${OUTAGE_RATE:-50}"
  echo "== Scenario 2: database outage of ${outage} s under ${rate} calls/s"
  if [[ ! -d /tmp/mg-pg ]]; then
    su postgres -c "$pg_bin/initdb -D /tmp/mg-pg -A trust" >/dev/null
  fi
  pg_own start
  psql -X -q -h /tmp -p 55433 -U postgres -d postgres -c "DROP DATABASE IF EXISTS mg_outage WITH (FORCE)" \
    -c "CREATE DATABASE mg_outage" >/dev/null
  local db="postgresql://postgres@127.0.0.1:55433/mg_outage" dept=outage
  start_stub 0
  start_app c 9103 "jdbc:postgresql://127.0.0.1:55433/mg_outage"; local c=$app_pid
  local token; token=$(harness setup http://127.0.0.1:9103 "$work/data" $dept)
  set_budget "$db" $dept 1000000000000
  local stub_before; stub_before=$(stub_stat calls)
  local before=20 after=30
  harness load http://127.0.0.1:9103 "$token" "$rate" $((before + outage + after)) "$work/outage-events.txt" \
    >"$work/outage-load.txt" &
  local load=$!
  sleep "$before"
  pg_own stop -m fast
  local t_stop; t_stop=$(now_ms)
  sleep 0.5
  local stub_at_stop; stub_at_stop=$(stub_stat calls)
  sleep "$(echo "$outage - 0.5" | bc)"
  local stub_at_start; stub_at_start=$(stub_stat calls)
  local t_start; t_start=$(now_ms)
  pg_own start
  wait "$load"
  wait_settled "$db" $dept 30 || true
  # Calls sent while the database was down and answered before it was back must all be 503. A call sent
  # in the last second may still be waiting for a connection when the database returns: it is served (200).
  local down ok503 max503 other late recovered last_non200 total200 rows reserved open served
  read -r down ok503 max503 other late < <(awk -v s="$t_stop" -v e="$t_start" '$1 >= s && $1 < e {
      if ($1 + $3 / 1000 < e) { n++; if ($2 == 503) { r++; if ($3 > m) m = $3 } else o++ } else if ($2 == 200) l++ }
      END { printf "%d %d %d %d %d\n", n, r, m / 1000, o, l }' "$work/outage-events.txt")
  local p50 p99
  read -r p50 p99 < <(awk -v s="$t_stop" -v e="$t_start" '$1 >= s && $1 + $3 / 1000 < e && $2 == 503 { print $3 }' \
      "$work/outage-events.txt" | sort -n | awk '{ v[NR] = $1 } END { printf "%d %d\n", v[int(NR * 0.5) + 1] / 1000,
      v[int(NR * 0.99) + 1] / 1000 }')
  local waiting; waiting=$(grep -oP '\d+(?= settlement\(s\) wait in the spool)' "$work/app-c.log" | head -1 || true)
  recovered=$(awk -v e="$t_start" '$1 >= e && $2 == 200 { print $1 - e; exit }' "$work/outage-events.txt")
  last_non200=$(awk -v e="$t_start" '$1 >= e && $2 != 200 { l = $1 - e } END { print l + 0 }' "$work/outage-events.txt")
  total200=$(awk '$2 == 200' "$work/outage-events.txt" | wc -l)
  rows=$(sql "$db" "SELECT count(*) FROM usage_record WHERE department='$dept' AND outcome='SUCCESS'")
  reserved=$(sql "$db" "SELECT reserved_micros FROM department_budget WHERE department='$dept' AND month='$month'")
  open=$(sql "$db" "SELECT count(*) FROM call_reservation")
  served=$(( $(stub_stat calls) - stub_before ))
  echo "  load: $(tr '\n' ' ' < "$work/outage-load.txt")"
  echo "  during the outage: $down calls sent and answered, $ok503 of them 503 (slowest ${max503} ms), $other otherwise;"\
       "$late sent just before the restart waited for a connection and were answered 200 after it"
  echo "  503 latency: p50 ${p50} ms, p99 ${p99} ms, max ${max503} ms (the first calls wait for the pool's 1 s"\
       "acquisition timeout; then a probe knows the database is away and calls are refused at once)"
  echo "  upstream calls during the outage (0.5 s after the stop .. restart): $((stub_at_start - stub_at_stop))"
  echo "  settlements of answered calls that waited for the database: ${waiting:-0} (committed after the restart)"
  echo "  after restart: first 200 after ${recovered:-never} ms, last non-200 at ${last_non200} ms"
  echo "  answered 200: $total200; ledger SUCCESS rows $rows; upstream calls served $served;" \
       "reserved $reserved; open in-flight rows $open"
  check "every call during the outage answered 503 ($ok503 of $down)" "$([[ $down -gt 0 && $ok503 -eq $down ]]; echo $?)"
  check "503 within 2 s (slowest ${max503} ms)" "$([[ $max503 -le 2000 ]]; echo $?)"
  check "no upstream call during the outage" "$([[ $stub_at_start -eq $stub_at_stop ]]; echo $?)"
  check "service resumed by itself (first 200 after ${recovered:-never} ms)" "$([[ -n "$recovered" ]]; echo $?)"
  check "ledger rows = upstream calls = answered ($rows = $served = $total200)" \
    "$([[ $rows -eq $served && $served -eq $total200 ]]; echo $?)"
  check "no reservation left (reserved $reserved, rows $open)" "$([[ $reserved -eq 0 && $open -eq 0 ]]; echo $?)"
  local errors; errors=$(awk '$2 != 200 && $2 != 503' "$work/outage-events.txt" | wc -l)
  check "no call answered otherwise than 200 or 503 over the whole run ($errors)" "$([[ $errors -eq 0 ]]; echo $?)"
  stop_app "$c"
  kill "${pids[0]}" 2>/dev/null || true; pids=()
  pg_own stop -m fast
}

# --- 3. kill -9 -------------------------------------------------------------------------------------------
scenario_3() {
  local rate="${KILL_RATE:-50}"
  echo "== Scenario 3: kill -9 under ${rate} calls/s (upstream answers in 500 ms), restart, reconcile"
  local db=mg_scenario_kill url="jdbc:postgresql://$PGHOST:$PGPORT/mg_scenario_kill" dept=killed
  fresh_db $db
  start_stub 500
  start_app d 9104 "$url"; local d=$app_pid
  local token; token=$(harness setup http://127.0.0.1:9104 "$work/data" $dept)
  set_budget $db $dept 1000000000000
  harness load http://127.0.0.1:9104 "$token" "$rate" 25 "$work/kill-events.txt" >"$work/kill-load.txt" &
  local load=$!
  # Kill in the middle of steady work: once the upstream has served 300 calls.
  for _ in $(seq 300); do [[ $(stub_stat calls) -ge 300 ]] && break; sleep 0.1; done
  local inflight; inflight=$(sql $db "SELECT count(*) FROM call_reservation")
  kill -9 "$d"
  local t_kill; t_kill=$(now_ms)
  wait "$d" 2>/dev/null || true
  local left; left=$(cat "$work"/spool-d/settlements-*.spool 2>/dev/null | wc -l)
  local open_at_kill; open_at_kill=$(sql $db "SELECT count(*) FROM call_reservation")
  start_app d 9104 "$url"; d=$app_pid
  local t_up; t_up=$(now_ms)
  wait "$load"
  local settled=1
  wait_settled $db $dept 60 && settled=0
  local t_reconciled; t_reconciled=$(now_ms)
  local served tokens ok rows ledger_tokens interrupted charged_interrupted dup reserved open
  served=$(stub_stat calls); tokens=$(stub_stat tokens)
  ok=$(awk '$2 == 200' "$work/kill-events.txt" | wc -l)
  read -r rows ledger_tokens < <(sql $db "SELECT count(*), coalesce(sum(input_tokens + output_tokens), 0)
      FROM usage_record WHERE department='$dept' AND outcome='SUCCESS'" | tr '|' ' ')
  read -r interrupted charged_interrupted < <(sql $db "SELECT count(*), coalesce(sum(cost_micros), 0)
      FROM usage_record WHERE department='$dept' AND outcome='INTERRUPTED'" | tr '|' ' ')
  dup=$(sql $db "SELECT count(*) FROM (SELECT entity_id FROM audit_event WHERE action='GATEWAY.CALL'
      GROUP BY entity_id HAVING count(*) > 1) d")
  reserved=$(sql $db "SELECT reserved_micros FROM department_budget WHERE department='$dept' AND month='$month'")
  open=$(sql $db "SELECT count(*) FROM call_reservation")
  local replayed; replayed=$(grep -oP '\d+(?= settlement\(s\) left by the previous process)' "$work/app-d.log" | tail -1 || true)
  echo "  load: $(tr '\n' ' ' < "$work/kill-load.txt")(0 = no HTTP answer: cut by the kill, or refused while the process was down)"
  echo "  at the kill: $inflight calls in flight shortly before, $open_at_kill open reservations, $left spooled lines left"
  echo "  after restart: ${replayed:-0} settlements replayed from the spool; nothing reserved any more" \
       "$((t_reconciled - t_up)) ms after the restart (the load runs on until its end)"
  echo "  upstream served $served calls = $tokens tokens; clients got $ok answers (200)"
  echo "  ledger: $rows SUCCESS rows = $ledger_tokens tokens; $interrupted INTERRUPTED rows (tokens unknown," \
       "charged their reservations: $charged_interrupted micro-yen)"
  echo "  difference: $((tokens - ledger_tokens)) tokens = $(( (tokens - ledger_tokens) / 28 )) calls the upstream" \
       "answered but the killed process never settled; each is one of the $interrupted INTERRUPTED rows"
  echo "  duplicate audit events: $dup; reserved $reserved; open in-flight rows $open"
  check "every answered call is in the ledger ($ok answered <= $rows rows)" "$([[ $ok -le $rows ]]; echo $?)"
  check "no usage counted that the upstream did not serve ($ledger_tokens <= $tokens)" \
    "$([[ $ledger_tokens -le $tokens ]]; echo $?)"
  check "no lost call: served <= SUCCESS + INTERRUPTED ($served <= $rows + $interrupted)" \
    "$([[ $served -le $((rows + interrupted)) ]]; echo $?)"
  check "no duplicates ($dup)" "$([[ $dup -eq 0 ]]; echo $?)"
  check "reservations reconciled (reserved $reserved, rows $open)" "$([[ $settled -eq 0 && $reserved -eq 0 && $open -eq 0 ]]; echo $?)"
  stop_app "$d"
  kill "${pids[0]}" 2>/dev/null || true; pids=()
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr)," \
     "$(java -version 2>&1 | head -1), PostgreSQL $(psql -X -At -d postgres -c 'SHOW server_version')"
case "$which_scenario" in
  1) scenario_1 ;;
  2) scenario_2 ;;
  3) scenario_3 ;;
  all) scenario_1; scenario_2; scenario_3 ;;
  *) echo "usage: $0 [1|2|3|all]"; exit 2 ;;
esac
if [[ $failures -gt 0 ]]; then
  echo "$failures invariant(s) failed"
  exit 1
fi
echo "all invariants held"
