#!/usr/bin/env bash
# GraphQL against REST for the same 50-row page of 10,000 videos, measured in the same run.
#   bench/graphql/run.sh                       3 alternating rounds of 5 s each, 8 concurrent clients:
#                                              REST, GraphQL with its query, GraphQL by persisted-query hash
#   SECONDS_PER_ROUND=10 ROUNDS=5 bench/graphql/run.sh
#   READ_CACHE=false bench/graphql/run.sh      every request read from the database (the read cache off)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-5090}
mkdir -p bench/out
work=$(mktemp -d "$PWD/bench/out/graphql.XXXXXX")
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/Api -o "$work/api" --nologo -v q >/dev/null
dotnet build -c Release bench/graphql/GraphQLBench -o "$work/bench" --nologo -v q >/dev/null

# A loopback benchmark writes without credentials and faster than a person would (docs/access.md).
Auth__AllowAnonymousWrites=true RateLimits__Writes__PermitLimit=1000000000 RateLimits__UploadStarts__PermitLimit=1000000000 \
ReadCache__Enabled=${READ_CACHE:-true} ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Courses="Data Source=$work/courses.db" \
ConnectionStrings__Videos="Data Source=$work/videos.db" Storage__Root="$work/storage" Logging__LogLevel__Default=Warning \
  dotnet "$work/api/VideoPlatform.Api.dll" >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done

dotnet "$work/bench/GraphQLBench.dll" --url "http://127.0.0.1:$PORT" --videos "${VIDEOS:-10000}" \
  --seconds "${SECONDS_PER_ROUND:-5}" --rounds "${ROUNDS:-3}" --concurrency "${CONCURRENCY:-8}"
