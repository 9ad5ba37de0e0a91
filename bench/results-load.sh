#!/usr/bin/env bash
# The public results under load, on loopback, after bench/seed-results.sql (1,000,000 published results):
#   bench/results-load.sh PORT PSQL-URL
# 1. keyword search alone: /api/public/results?q=<one of 40 keywords>, as fast as it answers, for p95;
# 2. the mixed portal load the issue names, paced to about RATE requests/s: half searches (portal page and API,
#    keyword, party, category, unit and dates), half permanent result pages /portal/results/{id}.
# Needs wrk and psql. DURATION seconds per run (default 30), CONNECTIONS (default 32), RATE (default 300).
set -eu
port=$1
url=$2
duration=${DURATION:-30}
connections=${CONNECTIONS:-32}
rate=${RATE:-300}
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
LUA
} > "$lua"
echo "== keyword search, $(psql "$url" -At -c 'select count(*) from disclosure.public_result') results, 4 connections, unpaced"
sed 's/^request = .*//' "$lua" > "$lua.search"; echo 'request = search_only' >> "$lua.search"
wrk -t2 -c4 -d"${duration}s" --latency --timeout 10s -s "$lua.search" "$base" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|Non-2xx"
# paced: each connection waits so that CONNECTIONS connections offer about RATE requests per second
pace=$(( connections * 1000 / rate ))
sed 's/^request = .*//' "$lua" > "$lua.mixed"
{ echo 'request = mixed'; echo "function delay() return $pace end"; } >> "$lua.mixed"
echo "== mixed portal load, about $rate requests/s offered ($connections connections, ${pace} ms apart)"
wrk -t2 -c"$connections" -d"${duration}s" --latency --timeout 10s -s "$lua.mixed" "$base" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|Non-2xx"
