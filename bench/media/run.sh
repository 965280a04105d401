#!/usr/bin/env bash
# The media pipeline's wall time on a 60 s 1080p30 clip (made here by ffmpeg), against the same ladder
# done one rung per ffmpeg process (the old transcoder's way) and against the pipeline's own ffmpeg command
# run bare, all in the same run on the same file.
#   bench/media/run.sh                 60 s at 1920x1080, 30 fps, with a tone
#   SECONDS_LONG=20 bench/media/run.sh a shorter clip
#   PRESET=medium bench/media/run.sh   another x264 preset (for the pipeline and both baselines)
#   SOURCE=light bench/media/run.sh    a source that is cheap to decode (x264 ultrafast: no CABAC, no B-frames)
#                                      instead of one shaped like a camera's (High profile, CABAC, 16 Mbit/s)
#   ROUNDS=5 bench/media/run.sh        more rounds (the three runs take turns; medians are printed)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-5091}
LENGTH=${SECONDS_LONG:-60}
PRESET=${PRESET:-veryfast}
SOURCE=${SOURCE:-camera}
ROUNDS=${ROUNDS:-3}
mkdir -p bench/out
work=$(mktemp -d "$PWD/bench/out/media.XXXXXX")
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT
command -v ffmpeg >/dev/null || { echo "ffmpeg is needed: apt-get install ffmpeg" >&2; exit 1; }

dotnet build -c Release src/Api -o "$work/api" --nologo -v q >/dev/null
dotnet build -c Release bench/media/MediaBench -o "$work/bench" --nologo -v q >/dev/null

# What decoding costs depends on how the source was encoded; a phone or camera writes High profile with CABAC and
# B-frames at around 16 Mbit/s, which is what an upload usually is.
case "$SOURCE" in
  camera) source=(-c:v libx264 -preset fast -profile:v high -b:v 16M -maxrate 20M -bufsize 20M) ;;
  light) source=(-c:v libx264 -preset ultrafast -crf 18) ;;
  *) echo "SOURCE is camera or light" >&2; exit 2 ;;
esac
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=$LENGTH" \
  -f lavfi -i "sine=frequency=440:duration=$LENGTH" "${source[@]}" -pix_fmt yuv420p \
  -c:a aac -shortest -movflags +faststart "$work/clip.mp4"

# A loopback benchmark writes without credentials and faster than a person would (docs/access.md).
Auth__AllowAnonymousWrites=true RateLimits__Writes__PermitLimit=1000000000 RateLimits__UploadStarts__PermitLimit=1000000000 \
ASPNETCORE_URLS="http://127.0.0.1:$PORT" ConnectionStrings__Courses="Data Source=$work/courses.db" \
ConnectionStrings__Videos="Data Source=$work/videos.db" Storage__Root="$work/storage" Logging__LogLevel__Default=Warning \
Media__Preset="$PRESET" Media__PollInterval=00:00:00.100 \
  dotnet "$work/api/VideoPlatform.Api.dll" >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done

dotnet "$work/bench/MediaBench.dll" --url "http://127.0.0.1:$PORT" --clip "$work/clip.mp4" --work "$work" --preset "$PRESET" --rounds "$ROUNDS"
