#!/usr/bin/env bash
# The database-bound benchmarks next to PostgreSQL's own pgbench, on one embedded cluster as the product starts it:
#   ./mvnw -q -DskipTests package && bench/database-bench.sh                 # the product's default (durable)
#   EXTRA=--sunlight.database.embedded.durable=false bench/database-bench.sh   # no fsync, no synchronous commit
#   EXTRA=--sunlight.database.embedded.settings.commit-delay=100 bench/database-bench.sh
# Starts target/sunlight.jar on a fresh embedded database under WORK (default target/bench-database) with the embedded
# port PG_PORT, then against that same cluster: pgbench -i -s SCALE (default 10) and the TPC-B-like pgbench -c 8 -j 2
# -T SECONDS (default 30) in a database of its own, then AuditBenchmark and ImportBenchmark (BENCHMARKS) through Maven,
# each on a fresh database of the same cluster, then the same pgbench again. Needs psql and pgbench (Debian's
# postgresql-client).
set -eu
port=${PORT:-18091}
pg_port=${PG_PORT:-18092}
scale=${SCALE:-10}
seconds=${SECONDS_PGBENCH:-30}
benchmarks=${BENCHMARKS:-AuditBenchmark ImportBenchmark}
work=$(realpath -m "${WORK:-target/bench-database}")
jar=${JAR:-target/sunlight.jar}
url="postgresql://postgres@127.0.0.1:$pg_port"

rm -rf "$work"
mkdir -p "$work"
java -jar "$jar" --server.port="$port" \
    --sunlight.database.embedded.data-directory="$work/postgres" \
    --sunlight.database.embedded.port="$pg_port" \
    --sunlight.database.embedded.backup.cron=- \
    --sunlight.demo-data.history.enabled=false \
    --sunlight.audit.key-directory="$work/keys" \
    --sunlight.evidence.upload-directory="$work/uploads" \
    --sunlight.evidence.store.local-directory="$work/blobs" ${EXTRA:-} > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break
    kill -0 $server 2>/dev/null || { echo "server did not start:"; tail -30 "$work/server.log"; exit 1; }
    sleep 1
done
grep -o 'Embedded PostgreSQL durability: .*' "$work/server.log"

psql "$url/postgres" -qc 'create database pgbench'
pgbench -q -i -s "$scale" "$url/pgbench" 2>&1 | tail -1
echo "pgbench before the benchmarks:"
pgbench -c 8 -j 2 -T "$seconds" "$url/pgbench" 2>&1 | grep -E 'tps|latency average'

for benchmark in $benchmarks; do
    database=$(echo "$benchmark" | tr '[:upper:]' '[:lower:]')
    psql "$url/postgres" -qc "create database $database"
    ./mvnw -o -q test -Pbenchmark -Dspotless.check.skip=true -Dtest="$benchmark" \
        -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/$database" \
        -Dspring.datasource.username=postgres -Dsunlight.demo-data.mode=ALWAYS \
        > "$work/$benchmark.log" 2>&1 || { echo "$benchmark failed: see $work/$benchmark.log"; exit 1; }
    grep -h 'BENCHMARK' "$work/$benchmark.log" target/surefire-reports/*"$benchmark"*-output.txt 2>/dev/null | sort -u
done

# again after them: on a shared machine the load of others changes meanwhile, and the two bracket the benchmarks
echo "pgbench after the benchmarks:"
pgbench -c 8 -j 2 -T "$seconds" "$url/pgbench" 2>&1 | grep -E 'tps|latency average'
