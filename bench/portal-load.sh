#!/usr/bin/env bash
# Load on the public list pages and their open data, on loopback, against a running Sunlight with the demo data:
#   ./mvnw -q package -DskipTests && java -jar target/sunlight.jar --server.port=8095 &
#   bench/portal-load.sh 8095
# Needs wrk (apt-get install -y wrk). Each URL gets a bounded run: DURATION seconds, CONNECTIONS connections, 2 threads.
# PACE_MS=100 makes each connection wait that long between requests, so that the offered rate is about
# CONNECTIONS * 1000 / (PACE_MS + latency) per second instead of as fast as the server answers.
set -eu
port=${1:-8080}
duration=${DURATION:-20}
connections=${CONNECTIONS:-20}
base="http://127.0.0.1:$port"
unit=$(curl -s "$base/api/public/items?size=1" | grep -o '"unitId":"[^"]*"' | head -1 | cut -d'"' -f4)

urls=(
    "/portal/items"
    "/portal/items?category=LICENSING"
    "/portal/items?q=%E5%8C%BB%E7%96%97"
    "/portal/officers"
    "/portal/bodies"
    "/api/public/items?unit=$unit&page=2&size=20"
    "/api/public/officers?size=20"
)
script=()
if [ -n "${PACE_MS:-}" ]; then
    pace=$(mktemp --suffix=.lua)
    echo "function delay() return ${PACE_MS} end" > "$pace"
    script=(-s "$pace")
fi
for url in "${urls[@]}"; do
    echo "== $url"
    wrk -t2 -c"$connections" -d"${duration}s" --latency --timeout 5s "${script[@]}" "$base$url" \
        | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors"
done
