#!/usr/bin/env bash
# The README's test command, and what CI runs (.ci/run): every test project in the solution.
# The browser checks need Debian's Chromium and playwright-core, the media tests Debian's ffmpeg, the second
# pass Debian's PostgreSQL; all are installed here when missing, so a fresh machine needs only the .NET SDK,
# Node and the package registries. The build itself installs the GraphQL IDE's npm package (see
# src/Api/Api.csproj).
#   VP_TEST_POSTGRES="Host=…;Username=…"  run the second pass on that server instead of a throwaway one
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || missing+=(ffmpeg)
[ -z "${VP_TEST_POSTGRES:-}" ] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing Debian's ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Again whenever the lock file changed since the last install (npm ci records it in node_modules).
if [ ! -f tests/browser/node_modules/.package-lock.json ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

server=${VP_TEST_POSTGRES:-}

echo "test.sh: every test, databases on SQLite"
VP_TEST_POSTGRES= dotnet test VideoPlatform.sln --nologo

# The integration suite again with both databases on PostgreSQL: a throwaway cluster of Debian's
# postgresql on 127.0.0.1, stopped and removed afterwards.
if [ -z "$server" ]; then
  cluster=$(mktemp -d)
  trap 'scripts/postgres.sh stop "$cluster"' EXIT
  server=$(scripts/postgres.sh start "$cluster")
fi
# Tests of what does not touch the database provider (the browser, the API document, the vp client, hosting
# and telemetry, and real tus clients, whose database work the tus protocol tests repeat here) ran once above;
# running them again here would only add minutes.
echo "test.sh: the integration tests again, databases on PostgreSQL"
VP_TEST_POSTGRES=$server dotnet test tests/IntegrationTests --nologo --no-build \
  --filter "FullyQualifiedName!~BrowserTests&FullyQualifiedName!~.Reference.&FullyQualifiedName!~.Cli.&FullyQualifiedName!~.Hosting.&FullyQualifiedName!~TusClientTests"
