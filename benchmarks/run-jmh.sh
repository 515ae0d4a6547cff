#!/usr/bin/env bash
# Builds the JMH uber-jar and runs the domain benchmarks with short settings suited to a small (2-core)
# machine, then prints the results as a markdown table.
#
#   benchmarks/run-jmh.sh                    # all benchmarks
#   benchmarks/run-jmh.sh RoutingBenchmark   # a subset (JMH regexp); further JMH options may follow
#
# JMH_OPTS overrides the default run settings. Results: benchmarks/results/jmh.json (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

./mvnw -B -q -Pbenchmarks package -DskipTests -pl benchmarks -am

mkdir -p benchmarks/results
json="benchmarks/results/jmh.json"
read -r -a opts <<< "${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s}"

java -jar benchmarks/target/benchmarks.jar "${opts[@]}" -rf json -rff "$json" "$@"

python3 - "$json" <<'PY'
import json, sys

with open(sys.argv[1]) as f:
    results = json.load(f)

print()
print("| Benchmark | Parameters | Mode | Score | ± Error (99.9%) | Unit |")
print("|---|---|---|---:|---:|---|")
for r in results:
    name = r["benchmark"].rsplit(".", 2)
    name = name[-2] + "." + name[-1]
    params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items()) or "–"
    m = r["primaryMetric"]
    err = m.get("scoreError")
    err = "–" if err is None or err != err else f"{err:,.3f}"
    print(f"| {name} | {params} | {r['mode']} | {m['score']:,.3f} | {err} | {m['scoreUnit']} |")
PY
