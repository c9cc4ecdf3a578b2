#!/usr/bin/env bash
# Indicator benchmarks on PostgreSQL (docs/BENCHMARKS.md): ingest vs COPY, scorecard vs GROUP BY, recompute,
# freshness. Usage: bench/indicator-bench.sh [dossiers, default 1000000]. Needs PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists thidua_bench" -c "create database thidua_bench owner thidua"
./mvnw -B -q -ntp test-compile
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
THIDUA_DB_URL=jdbc:postgresql://127.0.0.1:5432/thidua_bench THIDUA_DB_USER=thidua THIDUA_DB_PASSWORD=thidua \
  java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.thidua.indicator.IndicatorBench "$N" 2>&1 | grep -E "^(generated|ingest|floor|scorecard|recompute|freshness)"
