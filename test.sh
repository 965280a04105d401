#!/usr/bin/env bash
# The README's test command, and what CI runs (.ci/run): every test project in the solution.
# The browser checks need Debian's Chromium and playwright-core, the media tests Debian's ffmpeg; all are
# installed here when missing, so a fresh machine needs only the .NET SDK, Node and the package
# registries. The build itself installs the GraphQL IDE's npm package (see src/Api/Api.csproj).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || missing+=(ffmpeg)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing Debian's ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet test VideoPlatform.sln --nologo
