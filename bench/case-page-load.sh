#!/usr/bin/env bash
# Loads a case page (and the case API) for random generated cases, logged in as an officer, on loopback:
#   bench/case-page-load.sh PORT JDBC-URL-FOR-PSQL
# after bench/seed-cases.sql. Needs wrk and psql. Bounded: DURATION seconds per URL, CONNECTIONS connections.
set -eu
port=$1
url=$2
duration=${DURATION:-20}
connections=${CONNECTIONS:-10}
base="http://127.0.0.1:$port"
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=province-officer&password=Sunlight@2026&_csrf=$token" "$base/login"
session=$(grep JSESSIONID "$jar" | awk '{print $7}')
ids=$(psql "$url" -At -c "select id from cases.enforcement_case where created_by = 'bench' order by random() limit 500")
lua=$(mktemp --suffix=.lua)
{
    echo "ids = {"
    for id in $ids; do echo "\"$id\","; done
    echo "}"
    echo "request = function() return wrk.format('GET', PATH .. ids[math.random(#ids)], {['Cookie'] = 'JSESSIONID=$session', ['Accept'] = ACCEPT}) end"
} > "$lua"
for path in "/console/cases/" "/api/cases/"; do
    accept=$([ "$path" = "/api/cases/" ] && echo "application/json" || echo "text/html")
    sed "s#PATH#'$path'#; s#ACCEPT#'$accept'#" "$lua" > "$lua.run"
    echo "== $path{id} (500 random cases of $(psql "$url" -At -c 'select count(*) from cases.enforcement_case'))"
    wrk -t2 -c"$connections" -d"${duration}s" --latency --timeout 5s -s "$lua.run" "$base" \
        | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx"
done
