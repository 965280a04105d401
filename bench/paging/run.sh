#!/usr/bin/env bash
# Paging a million videos: page 1 against a page deep in the list, on SQLite and on PostgreSQL, REST and
# GraphQL, each as a ratio to page 1 in the same run; and REST list req/s on PostgreSQL against SQLite.
#   bench/paging/run.sh                 a million rows, a throwaway PostgreSQL (scripts/postgres.sh)
#   ROWS=200000 ROUNDS=31 bench/paging/run.sh
#   VP_BENCH_POSTGRES="Host=…;Username=…" bench/paging/run.sh   use that server instead
# The filled databases stay in bench/out/paging (SQLite files, and a PostgreSQL database vp_bench_paging
# on the given server) so a second run skips the fill; delete the folder to start over.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${ROWS:-1000000}
mkdir -p bench/out/paging
work=$PWD/bench/out/paging
pids=()
cluster=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -z "$cluster" ] || scripts/postgres.sh stop "$cluster"
}
trap cleanup EXIT

server=${VP_BENCH_POSTGRES:-}
if [ -z "$server" ]; then
  cluster=$(mktemp -d)
  server=$(scripts/postgres.sh start "$cluster")
fi

dotnet build -c Release src/Api -o "$work/api" --nologo -v q >/dev/null
dotnet build -c Release bench/paging/PagingBench -o "$work/bench" --nologo -v q >/dev/null

start_api() { # PORT PROVIDER COURSES VIDEOS
  Database__Provider=$2 ConnectionStrings__Courses="$3" ConnectionStrings__Videos="$4" \
  ASPNETCORE_URLS="http://127.0.0.1:$1" Storage__Root="$work/storage-$2" Media__Enabled=false \
  Logging__LogLevel__Default=Warning dotnet "$work/api/VideoPlatform.Api.dll" >"$work/api-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return; sleep 0.2; done
  echo "the $2 service did not start; see $work/api-$2.log" >&2
  exit 1
}

pg="$server;Database=vp_bench_paging"
start_api 5191 Sqlite "Data Source=$work/courses.db" "Data Source=$work/videos.db"
start_api 5192 PostgreSQL "$pg;Search Path=courses" "$pg;Search Path=videos"

dotnet "$work/bench/PagingBench.dll" --rows "$rows" --rounds "${ROUNDS:-15}" --seconds "${SECONDS_PER_ROUND:-5}" \
  --sqlite "http://127.0.0.1:5191" "Data Source=$work/videos.db" \
  --postgres "http://127.0.0.1:5192" "$pg;Search Path=videos"
