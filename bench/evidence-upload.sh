#!/usr/bin/env bash
# Upload throughput of the resumable evidence protocol over real HTTP on loopback, against the raw write speed of the
# same disk, with the server's heap capped:
#   bench/evidence-upload.sh [SIZE_MB] [HEAP]          e.g. bench/evidence-upload.sh 2048 512m
#                                                      or   bench/evidence-upload.sh 4096 256m
# Builds nothing: run `./mvnw -B -DskipTests package` first (target/sunlight.jar). Starts the jar with -Xmx$HEAP on a
# fresh embedded database and the local store, all under WORK (default: target/bench-evidence, on the disk measured),
# logs in as qufu-officer, opens a case, PATCHes SIZE_MB of zeros in CHUNK_MB chunks (streamed by curl from
# /dev/zero, as dd writes), and checks the final SHA-256. Then `dd ... conv=fdatasync` writes as many bytes to the
# same directory (EXTRA: more arguments for the server). The server fsyncs the stored file before it answers the last chunk, as dd does with fdatasync.
set -eu
size_mb=${1:-2048}
heap=${2:-512m}
chunk_mb=${CHUNK_MB:-64}
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
location=$(api -D - -o /dev/null -H "Content-Type: application/json" \
    -d "{\"fileName\":\"bench.mp4\",\"size\":$size}" "$base/api/cases/$case_id/evidence/uploads" \
    | grep -i '^location:' | tr -d '\r' | awk '{print $2}')
[ -n "$location" ] || { echo "could not declare the upload"; exit 1; }

offset=0
start=$(date +%s.%N)
while [ "$offset" -lt "$size" ]; do
    length=$(( size - offset < chunk ? size - offset : chunk ))
    head -c "$length" /dev/zero | api -X PATCH -H "Upload-Offset: $offset" \
        -H "Content-Type: application/offset+octet-stream" -H "Content-Length: $length" -H "Transfer-Encoding:" \
        -T - -D "$work/last.headers" -o "$work/last.json" "$base$location" > /dev/null || true
    offset=$(grep -i '^upload-offset:' "$work/last.headers" | tr -d '\r' | awk '{print $2}')
    # after a failed request, ask the server where the upload stands
    [ -n "$offset" ] || offset=$(api -I "$base$location" | grep -i '^upload-offset:' | tr -d '\r' | awk '{print $2}')
done
end=$(date +%s.%N)
peak_rss_kb=$(grep VmHWM "/proc/$server/status" | awk '{print $2}')
sha=$(grep -o '"sha256":"[0-9a-f]*"' "$work/last.json" | cut -d'"' -f4)
expected=$(head -c "$size" /dev/zero | sha256sum | cut -d' ' -f1)
[ "$sha" = "$expected" ] || { echo "hash mismatch: server $sha, expected $expected"; cat "$work/last.json"; exit 1; }
upload_mbs=$(echo "$size_mb / ($end - $start)" | bc -l)

kill $server; wait $server 2>/dev/null || true
trap - EXIT
rm -rf "$work/blobs" "$work/uploads"
sync
dd_out=$(dd if=/dev/zero of="$work/dd.bin" bs=1M count="$size_mb" conv=fdatasync 2>&1 | tail -1)
rm -f "$work/dd.bin"
dd_seconds=$(echo "$dd_out" | sed -E 's/.* copied, ([0-9.]+) s.*/\1/')
dd_mbs=$(echo "$size_mb / $dd_seconds" | bc -l)

printf 'file: %d MiB in %d MiB chunks, server -Xmx%s, peak RSS %d MiB, SHA-256 %s (verified)\n' \
    "$size_mb" "$chunk_mb" "$heap" "$((peak_rss_kb / 1024))" "$sha"
printf 'upload over HTTP (loopback, local store, fsync): %.1f MiB/s (%.1f s)\n' "$upload_mbs" "$(echo "$end - $start" | bc -l)"
printf 'dd conv=fdatasync to the same disk:              %.1f MiB/s (%s s)\n' "$dd_mbs" "$dd_seconds"
printf 'upload / dd: %.0f %%\n' "$(echo "100 * $upload_mbs / $dd_mbs" | bc -l)"
