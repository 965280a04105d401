#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: Debian's postgresql package (installed when
# missing), a cluster initialised in a temporary folder, listening on 127.0.0.1 only, on a free port.
#   scripts/postgres.sh start FOLDER   prints the connection string of the superuser "postgres" (trust auth)
#   scripts/postgres.sh stop FOLDER    stops it and removes the folder
# As root the server runs as the "postgres" user, as PostgreSQL requires.
set -euo pipefail
command=${1:?start or stop}
folder=${2:?a folder for the cluster}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "$command" in
  start)
    if [ -z "$(bin)" ]; then
      echo "postgres.sh: installing Debian's postgresql" >&2
      sudo=""
      [ "$(id -u)" -eq 0 ] || sudo=sudo
      $sudo apt-get update -qq
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    pg=$(bin)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$folder"
    [ "$(id -u)" -ne 0 ] || chown postgres "$folder"
    # C collation: text sorts by code point, as SQLite's BINARY does, so both providers order alike.
    as_postgres "$pg/initdb" -D "$folder/data" -U postgres --auth=trust --locale=C -E UTF8 >"$folder/initdb.log"
    as_postgres "$pg/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    if [ -d "$folder/data" ]; then
      as_postgres "$(bin)/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "postgres.sh: start or stop" >&2
    exit 2
    ;;
esac
