#!/usr/bin/env bash
# The README's test command, and what CI runs (.ci/run): every test project in the solution.
# The browser check needs Debian's Chromium and playwright-core; both are installed here when missing,
# so a fresh machine needs only the .NET SDK, Node and the package registries. The build itself installs
# the GraphQL IDE's npm package (see src/Api/Api.csproj).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser check"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet test VideoPlatform.sln --nologo
