#!/usr/bin/env bash
# Upload throughput against the disk's own speed, measured in the same run on the same disk.
#   bench/upload/run.sh                      1 GiB in 8 MiB chunks, 4 parallel senders (the issue's setup)
#   SIZE_MB=2048 bench/upload/run.sh         a 2 GiB file (the memory target)
#   CHUNK_SIZE_HINT=yes bench/upload/run.sh  the client sends chunk_size at init (no chunk spills)
#   TUS=no bench/upload/run.sh               skip the tus run (tus-js-client, parallelUploads=PARALLEL, after ours)
#   ROUNDS=5 bench/upload/run.sh             more rounds (default 3), each against its own dd run
#   Http__SocketBlockBytes=4096 bench/upload/run.sh   the service with Kestrel's own 4 KiB socket blocks
# Each round: dd, then the client's untimed warm-up upload (WARMUP_MB, default 256), then the timed upload.
# Prints per round MB/s, the ratio to `dd conv=fsync`, the complete latency against `sha256sum` of the stored
# file and the server's peak RSS growth, then the medians; then the same file through tus (/files) as a ratio
# to our own protocol's median rate.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE_MB=${SIZE_MB:-1024}
CHUNK_MB=${CHUNK_MB:-8}
PARALLEL=${PARALLEL:-4}
PORT=${PORT:-5089}
ROUNDS=${ROUNDS:-3}
WARMUP_MB=${WARMUP_MB:-256}
work=$(mktemp -d "${BENCH_TMP:-$PWD/bench/out}/upload.XXXXXX" 2>/dev/null || { mkdir -p bench/out; mktemp -d "$PWD/bench/out/upload.XXXXXX"; })
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/Api -o "$work/api" --nologo -v q >/dev/null
dotnet build -c Release bench/upload/UploadBench -o "$work/bench" --nologo -v q >/dev/null
if [ "${TUS:-yes}" = yes ] && { [ ! -f bench/upload/tus/node_modules/.package-lock.json ] || [ bench/upload/tus/package-lock.json -nt bench/upload/tus/node_modules/.package-lock.json ]; }; then
  (cd bench/upload/tus && npm ci --no-audit --no-fund --loglevel=error)
fi

# A loopback benchmark writes without credentials and faster than a person would (docs/access.md).
Auth__AllowAnonymousWrites=true RateLimits__Writes__PermitLimit=1000000000 RateLimits__UploadStarts__PermitLimit=1000000000 \
ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Courses="Data Source=$work/courses.db" \
ConnectionStrings__Videos="Data Source=$work/videos.db" Storage__Root="$work/storage" Logging__LogLevel__Default=Warning \
  dotnet "$work/api/VideoPlatform.Api.dll" >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done

# ROUNDS rounds, each against its own baseline: the disk's speed here drifts by a third within minutes, so each
# upload is compared with a dd run just before it, and the summary is the median of the rounds' ratios.
ratios=() firsts=() completes=() uploads=()
for round in $(seq 1 "$ROUNDS"); do
  # Baseline: the same number of bytes written and fsynced by dd, on the same file system, twice. On a virtual
  # machine the first write into memory the guest has not touched lately is slow (the host maps it in), so the
  # first run measures that and the second, into the memory the first just freed, measures the disk. The upload
  # writes into memory it keeps freeing (each chunk is dropped from the cache once hashed), so `ratio` is to
  # the second; `ratio_to_first_dd` is the comparison earlier figures used.
  dd_rates=()
  for _ in 1 2; do
    start=$(date +%s.%N)
    dd if=/dev/zero of="$work/dd.bin" bs=1M count="$SIZE_MB" conv=fsync status=none
    end=$(date +%s.%N)
    rm -f "$work/dd.bin"
    dd_rates+=("$(echo "$SIZE_MB * 1.048576 / ($end - $start)" | bc -l)")
  done
  baseline=${dd_rates[1]}

  result=$(dotnet "$work/bench/UploadBench.dll" --url "http://127.0.0.1:$PORT" --size-mb "$SIZE_MB" --chunk-mb "$CHUNK_MB" \
    --parallel "$PARALLEL" --pid "$api" --chunk-size-hint "${CHUNK_SIZE_HINT:-no}" --warmup-mb "$WARMUP_MB")
  upload=$(echo "$result" | sed -E 's/.*upload_mb_per_s=([0-9.]+).*/\1/')
  complete_ms=$(echo "$result" | sed -E 's/.*complete_ms=([0-9.]+).*/\1/')
  # complete's own baseline: sha256sum of the stored original, read as complete read it (from the page cache).
  original=$(find "$work/storage/originals" -type f -size +$((SIZE_MB / 2))M | head -1)
  cat "$original" >/dev/null # into the page cache first: the service drops what it has hashed, sha256sum gets it warm
  start=$(date +%s.%N)
  sha256sum "$original" >/dev/null
  end=$(date +%s.%N)
  rm -rf "$work/storage/originals" # the next round's file is the only large one
  sha_ms=$(echo "($end - $start) * 1000" | bc -l)
  ratio=$(printf '%.2f' "$(echo "$upload / $baseline" | bc -l)")
  ratio_first=$(printf '%.2f' "$(echo "$upload / ${dd_rates[0]}" | bc -l)")
  to_sha=$(printf '%.2f' "$(echo "$complete_ms / $sha_ms" | bc -l)")
  ratios+=("$ratio") firsts+=("$ratio_first") completes+=("$to_sha") uploads+=("$upload")
  printf 'round=%s size=%sMiB chunk=%sMiB parallel=%s first_dd_mb_per_s=%.1f baseline_dd_fsync_mb_per_s=%.1f %s ratio=%s ratio_to_first_dd=%s sha256sum_ms=%.0f complete_to_sha256sum=%s\n' \
    "$round" "$SIZE_MB" "$CHUNK_MB" "$PARALLEL" "${dd_rates[0]}" "$baseline" "$result" "$ratio" "$ratio_first" "$sha_ms" "$to_sha"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'rounds=%s median_upload_mb_per_s=%s median_ratio=%s median_ratio_to_first_dd=%s median_complete_to_sha256sum=%s\n' \
  "$ROUNDS" "$(median "${uploads[@]}")" "$(median "${ratios[@]}")" "$(median "${firsts[@]}")" "$(median "${completes[@]}")"

if [ "${TUS:-yes}" = yes ]; then
  tus=$(node bench/upload/tus/tus-bench.mjs "http://127.0.0.1:$PORT" "$SIZE_MB" "$PARALLEL" "$api" "$WARMUP_MB")
  tus_mb=$(echo "$tus" | sed -E 's/.*tus_mb_per_s=([0-9.]+).*/\1/')
  printf '%s tus_to_own=%.2f\n' "$tus" "$(echo "$tus_mb / $(median "${uploads[@]}")" | bc -l)"
fi
