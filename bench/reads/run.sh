#!/usr/bin/env bash
# REST reads against the framework's ceiling: wrk (2 threads, 32 connections) on three reads of 10,000 videos,
# each against a bare Kestrel endpoint that writes the same bytes from memory, measured in the same run:
#   /videos?page=1&limit=50   a page of admin videos with its total
#   /videos/{hash}            one video
#   /videos/course/{id}       a course's 50 videos
# Three services answer each: the bare endpoint, this service, and this service with its read cache off
# (every request read from the database). Rounds alternate; the best round of each counts.
#   bench/reads/run.sh
#   SECONDS_PER_ROUND=10 ROUNDS=5 CONNECTIONS=64 bench/reads/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-5095}
seconds=${SECONDS_PER_ROUND:-8}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-32}

if ! command -v wrk >/dev/null; then
  echo "bench/reads: installing Debian's wrk"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

mkdir -p bench/out
work=$(mktemp -d "$PWD/bench/out/reads.XXXXXX")
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

dotnet build -c Release src/Api -o "$work/api" --nologo -v q >/dev/null
dotnet build -c Release bench/reads/ReadsBench -o "$work/bench" --nologo -v q >/dev/null

start_api() { # port, read cache on/off
  # A loopback benchmark writes without credentials and faster than a person would (docs/access.md).
  Auth__AllowAnonymousWrites=true RateLimits__Writes__PermitLimit=1000000000 ReadCache__Enabled=$2 \
  ASPNETCORE_URLS="http://127.0.0.1:$1" ConnectionStrings__Courses="Data Source=$work/courses.db" \
  ConnectionStrings__Videos="Data Source=$work/videos.db" Storage__Root="$work/storage" Logging__LogLevel__Default=Warning \
    dotnet "$work/api/VideoPlatform.Api.dll" >>"$work/api-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return; sleep 0.2; done
  echo "the service on port $1 did not start:" >&2; cat "$work/api-$1.log" >&2; exit 1
}

start_api "$PORT" true
course=$(dotnet "$work/bench/ReadsBench.dll" seed --url "http://127.0.0.1:$PORT" --videos "${VIDEOS:-10000}" --course-videos 50)
start_api $((PORT + 1)) false
paths=("/videos?page=1&limit=50" "/videos/bench001234" "/videos/course/$course")
dotnet "$work/bench/ReadsBench.dll" serve --from "http://127.0.0.1:$PORT" --port $((PORT + 2)) \
  --paths "$(IFS=,; echo "${paths[*]}")" >"$work/bare.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$((PORT + 2))/videos/bench001234" >/dev/null && break; sleep 0.2; done

names=(bare cached uncached)
ports=($((PORT + 2)) "$PORT" $((PORT + 1)))
for path in "${paths[@]}"; do
  # The same bytes from all three, or the comparison means nothing.
  for i in 1 2; do
    cmp -s <(curl -s "http://127.0.0.1:${ports[0]}$path") <(curl -s "http://127.0.0.1:${ports[$i]}$path") ||
      { echo "${names[$i]} answers $path with other bytes than the bare endpoint" >&2; exit 1; }
  done
done

# wrk's requests/s and 99th percentile (in ms) for one URL.
measure() {
  wrk -t2 -c"$connections" -d"$1"s --latency "$2" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
                  p99 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v }
    END { printf "%.0f %.2f\n", rps, p99 }'
}

declare -A best p99
for path in "${paths[@]}"; do
  for i in 0 1 2; do measure 2 "http://127.0.0.1:${ports[$i]}$path" >/dev/null; done # warm-up: tiered JIT settles
done
for round in $(seq 1 "$rounds"); do
  for path in "${paths[@]}"; do
    for i in 0 1 2; do
      read -r rps latency < <(measure "$seconds" "http://127.0.0.1:${ports[$i]}$path")
      key="$path ${names[$i]}"
      if [ "${best[$key]:-0}" -lt "$rps" ]; then best[$key]=$rps; p99[$key]=$latency; fi
    done
  done
done

for path in "${paths[@]}"; do
  b=${best["$path bare"]}; c=${best["$path cached"]}; u=${best["$path uncached"]}
  printf '%s bytes=%s bare_rps=%s bare_p99_ms=%s cached_rps=%s cached_ratio=%s cached_p99_ms=%s uncached_rps=%s uncached_ratio=%s uncached_p99_ms=%s\n' \
    "$path" "$(curl -s "http://127.0.0.1:$PORT$path" | wc -c)" "$b" "${p99["$path bare"]}" "$c" "$(awk "BEGIN{printf \"%.2f\", $c/$b}")" "${p99["$path cached"]}" \
    "$u" "$(awk "BEGIN{printf \"%.2f\", $u/$b}")" "${p99["$path uncached"]}"
done
