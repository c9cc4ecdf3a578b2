#!/usr/bin/env bash
# Pre-screens 100,000 people against a 15-criterion campaign: the CEL engine (with and without explanations)
# against a hand-written Java check of the same criteria, measured in the same run, facts read from PostgreSQL.
# Usage: bench/eligibility-prescreen.sh [subjects] [rounds]
# Environment: PGHOST (127.0.0.1), PGPORT (5432), BENCH_DB (thidua_elig), PGUSER (thidua), PGPASSWORD (thidua).
set -euo pipefail
cd "$(dirname "$0")/.."
SUBJECTS=${1:-100000}
ROUNDS=${2:-3}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
BENCH_DB=${BENCH_DB:-thidua_elig}
export PGUSER=${PGUSER:-thidua}
export PGPASSWORD=${PGPASSWORD:-thidua}

echo "== facts of $SUBJECTS people into $BENCH_DB (deterministic pseudo-random, ~8% of values missing)"
psql -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -d "$BENCH_DB" <<SQL
drop table if exists bench_elig_facts;
create table bench_elig_facts as
select g as id,
       (array['AGENCY','COMMUNE','SUBUNIT','PROVINCE'])[1 + g % 4] as level,
       case when g % 13 = 0 then null else ((g * 7) % 3)::bigint end as httnv,
       case when g % 17 = 0 then null else ((g * 11) % 2)::bigint end as ldtt,
       case when g % 19 = 0 then null else 80 + ((g * 37) % 200) / 10.0 end::float8 as online,
       case when g % 23 = 0 then null else 30 + ((g * 53) % 300) / 10.0 end::float8 as payment,
       case when g % 29 = 0 then null else 85 + ((g * 71) % 150) / 10.0 end::float8 as dvctt,
       case when g % 31 = 0 then null else 70 + ((g * 13) % 300) / 10.0 end::float8 as digitised,
       case when g % 37 = 0 then null else 90 + ((g * 17) % 100) / 10.0 end::float8 as on_time,
       case when g % 41 = 0 then null else (1 + (g * 3) % 40)::bigint end as dti,
       case when g % 43 = 0 then null else ((g * 5) % 3)::bigint end as giay_khen,
       (2020 + g % 6)::bigint as year,
       (g % 97 = 0) as discipline,
       (g % 89 = 0) as investigation,
       ((g * 19) % 3)::bigint as initiatives,
       case when g % 47 = 0 then null else ((g * 23) % 2)::bigint end as excellent
from generate_series(1, $SUBJECTS) g;
SQL

if [ ! -f target/test-classes/vn/thidua/eligibility/internal/PrescreenBenchmark.class ]; then
  ./mvnw -B -q -o test-compile
fi
if [ ! -s target/bench-classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
echo "== java $(java -version 2>&1 | head -1), $(nproc) cores"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.thidua.eligibility.internal.PrescreenBenchmark \
  "jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" "$PGUSER" "$PGPASSWORD" "$ROUNDS"
psql -q -h "$PGHOST" -p "$PGPORT" -d "$BENCH_DB" -c "drop table bench_elig_facts"
