#!/usr/bin/env bash
# Renders the certificates of a decision with N recipients (default 1000) as one PDF, whole sheets and on blanks,
# against the baseline of one PDF per sheet, and prints pages per second. Needs no database.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
./mvnw -B -q -ntp test-compile
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.thidua.document.internal.CertificateBench "$N" 2>&1 | grep -E "pages|batch"
