#!/usr/bin/env bash
# The public results under load, on loopback, after bench/seed-results.sql (1,000,000 published results):
#   bench/results-load.sh PORT PSQL-URL
# 1. keyword search alone: /api/public/results?q=<one of 40 keywords>, as fast as it answers, for p95;
# 2. the mixed portal load the issue names, offered at RATE requests/s: half searches (portal page and API,
#    keyword, party, category, unit and dates), half permanent result pages /portal/results/{id}.
# Needs wrk (built with LuaJIT, as Debian's is) and psql. DURATION seconds per run (default 30), CONNECTIONS for the
# mixed load (default 64), RATE (default 300), KEYWORD_CONNECTIONS for the keyword run (default 4).
# The mixed load keeps to the rate by the clock: each wrk thread sends its next request at the next slot of its share
# of RATE (a connection that is free waits for it; a late slot is sent at once, and a backlog of over a second is
# dropped rather than sent in a burst). So it offers RATE as long as CONNECTIONS are enough to cover the latency
# (64 connections cover up to about 200 ms at 300/s); "served" is what the server answered. Latencies are measured
# from each request's send, with p50, p90, p95, p99 and p99.9 printed by the script.
# Both runs are repeated ROUNDS times (default 2): started right after the server, the first round is the cold start
# (JIT compilation, PostgreSQL's buffers and the node's recent searches empty) and is printed as such, never dropped;
# the later rounds are the steady state.
set -eu
port=$1
url=$2
duration=${DURATION:-30}
connections=${CONNECTIONS:-64}
keyword_connections=${KEYWORD_CONNECTIONS:-4}
rate=${RATE:-300}
rounds=${ROUNDS:-2}
base="http://127.0.0.1:$port"
ids=$(psql "$url" -At -c "select id from disclosure.public_result order by random() limit 2000")
units=$(psql "$url" -At -c "select distinct unit_id from disclosure.public_result")
lua=$(mktemp --suffix=.lua)
{
    echo 'keywords = {"医疗废物", "游泳池水质", "健康证明", "擅自执业", "消毒管理制度", "传染病疫情", "放射诊疗", "病历书写",'
    echo '  "预检分诊", "空气质量", "生活饮用水", "卫生许可证", "非卫生技术人员", "诊疗科目", "公共用品用具", "吊销许可证件",'
    echo '  "没收违法所得", "暂扣", "警告", "罚款", "曲阜市", "邹城市", "泗水县某某药店", "微山县某某宾馆", "口腔诊所",'
    echo '  "托育机构", "检测机构", "养老院", "康宁", "仁和医院", "博爱诊所", "惠民药店", "阳光游泳馆", "金泰酒店", "同济门诊部",'
    echo '  "华润洗浴中心", "第二十六条", "第四十三条", "医疗机构管理条例", "不存在的词语"}'
    echo 'parties = {"曲阜市康宁诊所", "邹城市仁和口腔诊所", "兖州区惠民美容院", "泗水县安康游泳馆", "微山县百姓宾馆"}'
    echo 'categories = {"PENALTY", "LICENSING", "INSPECTION", "COERCION"}'
    echo -n 'units = {'; for u in $units; do echo -n "\"$u\","; done; echo '}'
    echo -n 'ids = {'; for id in $ids; do echo -n "\"$id\","; done; echo '}'
    cat <<'LUA'
local function enc(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local function pick(t) return t[math.random(#t)] end
function search_only()
  return wrk.format("GET", "/api/public/results?q=" .. enc(pick(keywords)))
end
function mixed()
  local r = math.random(10)
  if r <= 5 then return wrk.format("GET", "/portal/results/" .. pick(ids)) end
  if r == 6 then return wrk.format("GET", "/portal/results?q=" .. enc(pick(keywords))) end
  if r == 7 then return wrk.format("GET", "/api/public/results?q=" .. enc(pick(keywords)) .. "&category=" .. pick(categories)) end
  if r == 8 then return wrk.format("GET", "/api/public/results?party=" .. enc(pick(parties))) end
  if r == 9 then return wrk.format("GET", "/api/public/results?unit=" .. pick(units) .. "&from=2025-01-01&to=2025-06-30&page=3") end
  return wrk.format("GET", "/portal/results?page=" .. math.random(0, 20))
end
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("  served %.1f requests/s (%d in %.0f s), non-2xx %d, timeouts %d, socket errors %d\n",
    summary.requests / seconds, summary.requests, seconds, summary.errors.status, summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write))
  io.write("  latency")
  for _, p in ipairs({50, 90, 95, 99, 99.9}) do
    io.write(string.format("  p%s %.1f ms", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("  max %.1f ms\n", latency.max / 1000))
end
LUA
} > "$lua"
{ cat "$lua"; echo 'request = search_only'; } > "$lua.search"
# paced by the clock: each of the two threads sends one request every 2000/RATE ms
{
    cat "$lua"
    echo 'request = mixed'
    cat <<LUA
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } bench_timespec; int clock_gettime(int, bench_timespec *); ]]
local now = ffi.new("bench_timespec")
local function millis()
  ffi.C.clock_gettime(1, now)
  return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
end
local interval = 2 * 1000 / $rate
local slot = nil
function delay()
  local t = millis()
  if slot == nil or slot < t - 1000 then slot = t end
  slot = slot + interval
  local wait = slot - t
  if wait < 0 then return 0 end
  return math.floor(wait)
end
LUA
} > "$lua.mixed"
count=$(psql "$url" -At -c 'select count(*) from disclosure.public_result')
for round in $(seq 1 "$rounds"); do
    if [ "$round" = 1 ]; then
        phase="round 1: cold start if the server has just started (JIT, empty buffers and recent searches)"
    else
        phase="round $round: steady state"
    fi
    echo "== $phase"
    echo "== keyword search, $count results, $keyword_connections connections, unpaced"
    wrk -t2 -c"$keyword_connections" -d"${duration}s" --timeout 10s -s "$lua.search" "$base" | sed -n '/served/,$p'
    echo "== mixed portal load, $rate requests/s offered by the clock ($connections connections)"
    wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s "$lua.mixed" "$base" | sed -n '/served/,$p'
done
rm -f "$lua" "$lua.search" "$lua.mixed"
