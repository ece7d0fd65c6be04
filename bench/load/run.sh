#!/usr/bin/env bash
# Load and fault tests of public submissions (POST /api/v1/requests); figures in bench/README.md.
#   bench/load/run.sh [pg | pg-kill | sqlite-kill | all]        (default: all)
# Starts what it needs on 127.0.0.1 (app instances on ports 5106/5107, a fresh PostgreSQL database or SQLite
# file), runs the load client (bench/SipPpid.Bench `load`), stops everything, then checks the database against
# every 201 the client received (`load-check`). Exits non-zero when a 201 is missing or a number is duplicated
# or skipped.
# Environment: RATE (offered submissions/s, open loop; default 0 = closed loop), RUN_SECONDS (30), WARMUP (60: the JIT settles first; KILL_WARMUP 10 for the kill tests), CONCURRENCY (64), UNITS (comma-separated unit codes; empty = the
# PPID Utama), KILL_EVERY (seconds between kill -9, 4), PG_HOST/PG_PORT/PG_USER/PG_PASSWORD (a role that may
# create databases; 127.0.0.1/5432/sipppid/sipppid), SKIP_BUILD=1, KEEP=1 (keep the work folder and database),
# PG_OPTIONS (Npgsql options after the pool size; default those of docs/operations.md), APP_BIN (another build of the app to measure, e.g. an older commit's bin/Release/net10.0).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
RUN_SECONDS=${RUN_SECONDS:-30}; WARMUP=${WARMUP:-60}; CONCURRENCY=${CONCURRENCY:-64}; UNITS=${UNITS:-}; KILL_EVERY=${KILL_EVERY:-4}
PG_OPTIONS=${PG_OPTIONS-Max Auto Prepare=20;No Reset On Close=true}
PG_HOST=${PG_HOST:-127.0.0.1}; PG_PORT=${PG_PORT:-5432}; PG_USER=${PG_USER:-sipppid}; PG_PASSWORD=${PG_PASSWORD:-sipppid}
PORTS=(5106 5107)
BIN=${APP_BIN:-$ROOT/src/SipPpid/bin/Release/net10.0}
BENCH=$ROOT/bench/SipPpid.Bench/bin/Release/net10.0/SipPpid.Bench.dll
WORK=$(mktemp -d /tmp/sipppid-load.XXXXXX)
PG_DB=sipppid_load_$$
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
declare -a PIDS=()
PG_CREATED=0

psql_admin() { PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qtAX -v ON_ERROR_STOP=1 "$@"; }

cleanup() {
  for p in "${PIDS[@]}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK (database $PG_DB)"; return; fi
  [ "$PG_CREATED" = 1 ] && psql_admin -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build "$ROOT/bench/SipPpid.Bench" -c Release -warnaserror -v q -nologo >/dev/null
fi

# Production-like: Production environment, warnings-only logs, mail jobs off (the outbox rows are still written
# in the registration's transaction), the public rate limit raised out of the way (every request comes from 127.0.0.1).
# Call it in the background or in a subshell: it replaces the calling shell, so $! is the app's own pid.
app() {
  cd "$BIN" && exec env ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider="$PROVIDER" ConnectionStrings__Ppid="$CONN" Storage__Path="$WORK/files" \
    Mail__Enabled=false RateLimits__PublicSubmissionsPerMinute=100000000 Logging__LogLevel__Default=Warning \
    dotnet SipPpid.dll "$@"
}

start() { # start INSTANCE: serve on PORTS[INSTANCE] and wait until /healthz answers
  local i=$1
  app --urls "http://127.0.0.1:${PORTS[$i]}" >>"$WORK/app$i.log" 2>&1 &
  PIDS[$i]=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:${PORTS[$i]}/healthz" >/dev/null 2>&1 && return 0
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "instance $i died at start:"; tail -20 "$WORK/app$i.log"; exit 1; }
    sleep 0.1
  done
  echo "instance $i did not answer within 30 s"; exit 1
}

cpu_seconds() { # total user+system CPU seconds of the given pids (0 for those gone)
  local ticks=0 t
  for p in "$@"; do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    ticks=$((ticks + t))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

stop_all() {
  for i in "${!PIDS[@]}"; do kill "${PIDS[$i]}" 2>/dev/null || true; wait "${PIDS[$i]}" 2>/dev/null || true; done
  PIDS=()
}

prepare() { # prepare sqlite|postgres: a fresh database with the demo province and its year of requests
  PROVIDER=$1
  if [ "$PROVIDER" = postgres ]; then
    psql_admin -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null
    PG_CREATED=1
    # The connection string of docs/operations.md: two instances x 30 stay well inside max_connections = 100.
    CONN="Host=$PG_HOST;Port=$PG_PORT;Database=$PG_DB;Username=$PG_USER;Password=$PG_PASSWORD;Maximum Pool Size=30;$PG_OPTIONS"
  else
    CONN="Data Source=$WORK/load.db"
    rm -f "$WORK"/load.db*
  fi
  (app seed-demo --force) >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log"; exit 1; }
}

run() { # run NAME PROVIDER INSTANCES KILL
  local name=$1 instances=$3 kill=$4 urls="" kills=0 warmup=$WARMUP
  # A kill test is about what survives, not speed: a short warm-up, then kills over the whole window.
  [ -n "$kill" ] && warmup=${KILL_WARMUP:-10}
  prepare "$2"
  for ((i = 0; i < instances; i++)); do start "$i"; urls+="${urls:+,}http://127.0.0.1:${PORTS[$i]}"; done
  echo "=== $name: $instances instance(s), $PROVIDER, concurrency $CONCURRENCY${RATE:+, $RATE/s offered}, ${RUN_SECONDS}s${kill:+, kill -9 every ${KILL_EVERY}s}"
  dotnet "$BENCH" load --urls "$urls" --seconds "$RUN_SECONDS" --warmup "$warmup" --concurrency "$CONCURRENCY" --rate "${RATE:-0}" \
    --units "$UNITS" --created "$WORK/$name.created" >"$WORK/$name.out" &
  local client=$!
  sleep "$warmup"
  # CPU spent by the instances and by this database's PostgreSQL backends in the measured window (the machine is
  # shared, so wall-clock figures depend on the neighbours; CPU per registration much less).
  local backends="" app_cpu0 pg_cpu0 app_cpu pg_cpu client_cpu0 client_cpu="" c
  [ "$PROVIDER" = postgres ] && backends=$(psql_admin -c "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE datname = '$PG_DB'")
  app_cpu0=$(cpu_seconds "${PIDS[@]}"); pg_cpu0=$(cpu_seconds $backends); client_cpu0=$(cpu_seconds $client)
  if [ -n "$kill" ]; then
    local victim=0
    while kill -0 "$client" 2>/dev/null; do
      sleep "$KILL_EVERY"
      kill -0 "$client" 2>/dev/null || break
      kill -9 "${PIDS[$victim]}"; wait "${PIDS[$victim]}" 2>/dev/null || true
      kills=$((kills + 1))
      start "$victim"
      victim=$(((victim + 1) % instances))
    done
  fi
  while kill -0 "$client" 2>/dev/null; do
    # Backends opened during the run count from zero; read them just before the client ends.
    [ "$PROVIDER" = postgres ] && backends=$(psql_admin -c "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE datname = '$PG_DB'")
    app_cpu=$(cpu_seconds "${PIDS[@]}"); pg_cpu=$(cpu_seconds $backends)
    # An exited client reads as 0: keep the last reading taken while it ran.
    c=$(cpu_seconds $client); awk -v a="$c" -v b="${client_cpu:-0}" 'BEGIN { exit !(a >= b) }' && client_cpu=$c
    sleep 0.5
  done
  wait "$client" || true
  cat "$WORK/$name.out"
  local created
  created=$(sed -n 's/^201 in window: \([0-9]*\).*/\1/p' "$WORK/$name.out")
  [ -z "$kill" ] && awk -v a="$app_cpu" -v a0="$app_cpu0" -v p="$pg_cpu" -v p0="$pg_cpu0" -v c="$client_cpu" -v c0="$client_cpu0" \
    -v n="$created" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
      printf "CPU in the measured window: app %.1f s + PostgreSQL %.1f s = %.2f ms per 201 (load client %.2f ms more); load average %s\n",
        a - a0, p - p0, (a - a0 + p - p0) * 1000 / n, (c - c0) * 1000 / n, l }'

  [ -n "$kill" ] && echo "instances killed with kill -9 and restarted: $kills"
  stop_all
  dotnet "$BENCH" load-check --provider "$PROVIDER" --connection "$CONN" --created "$WORK/$name.created"
}

status=0
case "${1:-all}" in
  pg) run pg postgres 2 "" || status=1 ;;
  pg-kill) run pg-kill postgres 2 yes || status=1 ;;
  sqlite-kill) run sqlite-kill sqlite 1 yes || status=1 ;;
  sqlite) run sqlite sqlite 1 "" || status=1 ;;
  all)
    run pg postgres 2 "" || status=1
    run pg-kill postgres 2 yes || status=1
    run sqlite-kill sqlite 1 yes || status=1 ;;
  *) echo "usage: $0 [pg|pg-kill|sqlite|sqlite-kill|all]"; exit 2 ;;
esac
exit $status
