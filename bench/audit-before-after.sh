#!/usr/bin/env bash
# AuditBenchmark of two builds, alternately, on one durable embedded cluster started as the product starts it, with
# pgbench TPC-B (8 clients, 30 s) before the first and after each run (compare within one run: the machine is shared).
#   git clone -q . /tmp/before && (cd /tmp/before && git checkout -q <commit> && ./mvnw -o -q package -DskipTests)
#   BEFORE=/tmp/before bench/audit-before-after.sh
# ORDER (default "before after after before") names the runs; "after" is this working tree. The cluster is started
# from BEFORE's target/sunlight.jar; each run gets a fresh database of it. Needs psql and pgbench.
set -eu
port=${PORT:-18191}; pg_port=${PG_PORT:-18192}
after=$(pwd)
before=$(realpath "${BEFORE:?the directory of the build to compare with}")
work=$(realpath -m "${WORK:-target/bench-audit}")
jar=$before/target/sunlight.jar
url="postgresql://postgres@127.0.0.1:$pg_port"
rm -rf "$work"; mkdir -p "$work"
java -jar "$jar" --server.port="$port" \
    --sunlight.database.embedded.data-directory="$work/postgres" \
    --sunlight.database.embedded.port="$pg_port" \
    --sunlight.database.embedded.backup.cron=- \
    --sunlight.demo-data.history.enabled=false \
    --sunlight.audit.key-directory="$work/keys" \
    --sunlight.evidence.upload-directory="$work/uploads" \
    --sunlight.evidence.store.local-directory="$work/blobs" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break
    kill -0 $server 2>/dev/null || { echo "server did not start"; tail -30 "$work/server.log"; exit 1; }
    sleep 1
done
grep -o 'Embedded PostgreSQL durability: .*' "$work/server.log"
psql "$url/postgres" -qc 'create database pgbench'
pgbench -q -i -s 10 "$url/pgbench" 2>&1 | tail -1
pg() { echo "pgbench ($(cut -d' ' -f1-3 /proc/loadavg)):"; pgbench -c 8 -j 2 -T 30 "$url/pgbench" 2>&1 | grep -E '^tps|latency average'; }
pg
n=0
for variant in ${ORDER:-before after after before}; do
    n=$((n+1))
    dir=$before; [ "$variant" = after ] && dir=$after
    database=audit_${variant}_$n
    psql "$url/postgres" -qc "create database $database"
    echo "== $variant (run $n, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M))"
    (cd $dir && ./mvnw -o -q test -Pbenchmark -Dspotless.check.skip=true -Dtest=AuditBenchmark \
        -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/$database" \
        -Dspring.datasource.username=postgres -Dsunlight.demo-data.mode=ALWAYS > "$work/$database.log" 2>&1) \
        || { echo "failed: $work/$database.log"; }
    grep -h 'BENCHMARK' "$work/$database.log" $dir/target/surefire-reports/*AuditBenchmark*-output.txt 2>/dev/null | sort -u
    psql "$url/$database" -Atc "select pg_size_pretty(pg_total_relation_size('audit.entry')), (select count(*) from pg_indexes where schemaname='audit' and tablename='entry')" || true
    if [ "$variant" = after ] && [ -n "${EXPLAIN:-}" ]; then
        psql "$url/$database" -c "explain analyze select e.id, e.leaf_hash, e.seal from audit.entry e where e.txid >= pg_snapshot_xmin(pg_current_snapshot()) and not exists (select 1 from audit.leaf l where l.entry_id = e.id) order by e.id limit 20000" || true
        psql "$url/$database" -c "explain analyze select count(*) from audit.entry e where e.at < now() - interval '2 minutes' and not exists (select 1 from audit.leaf l where l.entry_id = e.id)" || true
        psql "$url/$database" -c "explain select l.leaf_index, e.kind, e.at, e.leaf_hash from audit.entry e left join audit.leaf l on l.entry_id = e.id where e.record_id = 'x' and e.kind in ('DOCUMENT_ISSUED', 'DOCUMENT_PRINTED', 'LIST_PUBLISHED', 'RESULT_PUBLISHED', 'EVIDENCE_ATTACHED') order by e.id" || true
        psql "$url/$database" -c "\\d audit.entry" || true
    fi
    pg
done
