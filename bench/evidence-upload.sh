#!/usr/bin/env bash
# Upload throughput of the resumable evidence protocol over real HTTP on loopback, against the raw write speed of the
# same disk, with the server's heap capped:
#   bench/evidence-upload.sh [SIZE_MB] [HEAP]          e.g. bench/evidence-upload.sh 2048 512m
#                                                      or   bench/evidence-upload.sh 4096 256m
# Builds nothing: run `./mvnw -B -DskipTests package` first (target/sunlight.jar). Starts the jar with -Xmx$HEAP on a
# fresh embedded database and the local store, all under WORK (default: target/bench-evidence, on the disk measured),
# logs in as qufu-officer and opens a case. Then, ROUNDS times (default 3), interleaved so that both see the same state
# of the disk and of the machine: `dd ... conv=fdatasync` writes SIZE_MB of zeros to WORK, and the same SIZE_MB are
# uploaded: PATCHed in CHUNK_MB chunks by one curl on one connection (the bodies read from a sparse file, zeros that
# come from no disk, as dd reads /dev/zero), the final SHA-256 checked. The server fsyncs the stored file before it
# answers the last chunk, as dd does with fdatasync. Before each measurement the previous file (dd's, or the stored
# blob) is removed and everything is synced. Prints each pair's ratio, the median ratio, and the server's peak RSS
# over the whole run. The server writes uploads with O_DIRECT (past the page cache) where it can: for reference each
# round also prints `dd oflag=direct conv=fdatasync`, which the ratio does not use. (EXTRA: more arguments for the
# server.)
set -eu
size_mb=${1:-2048}
heap=${2:-512m}
chunk_mb=${CHUNK_MB:-64}
rounds=${ROUNDS:-3}
port=${PORT:-18089}
work=$(realpath -m "${WORK:-target/bench-evidence}")
jar=${JAR:-target/sunlight.jar}
base="http://127.0.0.1:$port"

rm -rf "$work"
mkdir -p "$work"
java "-Xmx$heap" -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" \
    --sunlight.database.embedded.data-directory="$work/postgres" \
    --sunlight.evidence.upload-directory="$work/uploads" \
    --sunlight.evidence.store.local-directory="$work/blobs" ${EXTRA:-} > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -sf "$base/actuator/health" > /dev/null 2>&1 && break
    kill -0 $server 2>/dev/null || { echo "server did not start:"; tail -30 "$work/server.log"; exit 1; }
    sleep 1
done

jar_cookies="$work/cookies"
# the demo accounts appear shortly after the server answers: log in until the login is accepted
for _ in $(seq 1 60); do
    rm -f "$jar_cookies"
    token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
    curl -s -c "$jar_cookies" -b "$jar_cookies" -D - -o /dev/null \
        -d "username=qufu-officer&password=Sunlight@2026&_csrf=$token" "$base/login" \
        | grep -qi '^location: .*/console' && break
    sleep 1
done
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/console" | grep -o '<meta name="_csrf" content="[^"]*"' | cut -d'"' -f4)
api() {
    curl -s -c "$jar_cookies" -b "$jar_cookies" -H "X-CSRF-TOKEN: $csrf" -H "Accept: application/json" "$@"
}
case_id=$(api -H "Content-Type: application/json" -d \
    '{"procedure":"GENERAL_PENALTY","title":"音像记录上传基准测试","summary":"基准测试","parties":[]}' \
    "$base/api/cases" | sed -E 's/.*"id":"([^"]+)".*/\1/' | head -c 36)
size=$((size_mb * 1024 * 1024))
chunk=$((chunk_mb * 1024 * 1024))
expected=$(head -c "$size" /dev/zero | sha256sum | cut -d' ' -f1)

# removes what the previous measurement wrote (the stored blob: the same zeros would otherwise be found stored and not
# be written again) and lets the disk settle
clean() {
    rm -f "$work/dd.bin"
    rm -rf "$work/blobs" "$work/uploads"
    sync
}

# prints the MiB/s of dd writing SIZE_MB to WORK (more dd flags as arguments)
measure_dd() {
    local out seconds
    out=$(dd if=/dev/zero of="$work/dd.bin" bs=1M count="$size_mb" conv=fdatasync "$@" 2>&1 | tail -1)
    seconds=$(echo "$out" | sed -E 's/.* copied, ([0-9.]+) s.*/\1/')
    echo "$size_mb / $seconds" | bc -l
}

# the bodies of the PATCHes: sparse files of zeros, read from no disk (as /dev/zero)
truncate -s "$chunk" "$work/chunk.zeros"
truncate -s $(( size % chunk )) "$work/last.zeros"

# prints the MiB/s of one upload of SIZE_MB, after checking its hash: one curl sends all the chunks one after the
# other on one connection, as a browser does; if a chunk fails, the rest goes chunk by chunk from the offset the
# server holds
measure_upload() {
    local location offset length start end sha args body
    location=$(api -D - -o /dev/null -H "Content-Type: application/json" \
        -d "{\"fileName\":\"bench.mp4\",\"size\":$size}" "$base/api/cases/$case_id/evidence/uploads" \
        | grep -i '^location:' | tr -d '\r' | awk '{print $2}')
    [ -n "$location" ] || { echo "could not declare the upload" >&2; return 1; }
    args=()
    for offset in $(seq 0 "$chunk" $((size - 1))); do
        length=$(( size - offset < chunk ? size - offset : chunk ))
        body="$work/chunk.zeros"
        [ "$length" -eq "$chunk" ] || body="$work/last.zeros"
        [ "${#args[@]}" -eq 0 ] || args+=(--next)
        args+=(-s -b "$jar_cookies" -H "X-CSRF-TOKEN: $csrf" -H "Accept: application/json" -H "Expect:"
            -X PATCH -H "Upload-Offset: $offset" -H "Content-Type: application/offset+octet-stream"
            -T "$body" -D "$work/last.headers" -o "$work/last.json" "$base$location")
    done
    start=$(date +%s.%N)
    curl "${args[@]}" > /dev/null || true
    offset=$(grep -i '^upload-offset:' "$work/last.headers" | tr -d '\r' | awk '{print $2}')
    while [ "${offset:-0}" -lt "$size" ]; do
        [ -n "$offset" ] || offset=$(api -I "$base$location" | grep -i '^upload-offset:' | tr -d '\r' | awk '{print $2}')
        length=$(( size - offset < chunk ? size - offset : chunk ))
        head -c "$length" /dev/zero | api -X PATCH -H "Upload-Offset: $offset" \
            -H "Content-Type: application/offset+octet-stream" -H "Content-Length: $length" -H "Transfer-Encoding:" \
            -T - -D "$work/last.headers" -o "$work/last.json" "$base$location" > /dev/null || true
        offset=$(grep -i '^upload-offset:' "$work/last.headers" | tr -d '\r' | awk '{print $2}')
    done
    end=$(date +%s.%N)
    sha=$(grep -o '"sha256":"[0-9a-f]*"' "$work/last.json" | cut -d'"' -f4)
    [ "$sha" = "$expected" ] || { echo "hash mismatch: server $sha, expected $expected" >&2; cat "$work/last.json" >&2; return 1; }
    echo "$size_mb / ($end - $start)" | bc -l
}

printf 'file: %d MiB in %d MiB chunks, server -Xmx%s, %d rounds of dd then upload, same directory %s\n' \
    "$size_mb" "$chunk_mb" "$heap" "$rounds" "$work"
ratios=()
for round in $(seq 1 "$rounds"); do
    clean
    dd_mbs=$(measure_dd)
    clean
    upload_mbs=$(measure_upload)
    clean
    direct_mbs=$(measure_dd oflag=direct)
    ratio=$(echo "100 * $upload_mbs / $dd_mbs" | bc -l)
    ratios+=("$ratio")
    printf 'round %d: dd conv=fdatasync %7.1f MiB/s, upload (HTTP, fsync, SHA-256 verified) %7.1f MiB/s, upload / dd %5.1f %% (dd oflag=direct %7.1f MiB/s)\n' \
        "$round" "$dd_mbs" "$upload_mbs" "$ratio" "$direct_mbs"
done
clean
peak_rss_kb=$(grep VmHWM "/proc/$server/status" | awk '{print $2}')
kill -0 $server 2>/dev/null || { echo "the server died"; exit 1; }
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf 'median upload / dd: %.1f %%\n' "$median"
printf 'server peak RSS: %d MiB (-Xmx%s), SHA-256 %s\n' "$((peak_rss_kb / 1024))" "$heap" "$expected"
