#!/usr/bin/env bash
# The README's test command: builds and runs every test project. Installs what the browser test needs
# (Debian's chromium, the npm packages) when it is missing, so a fresh machine needs only the .NET SDK,
# Node and the package registries.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test VideoPlatform.sln --nologo -v q
