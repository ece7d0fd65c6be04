#!/usr/bin/env bash
# test.sh — run every check and every test of SIP PPID.
#
#   ./test.sh                      full run: OS packages, PostgreSQL, restore, format check, build
#                                  (warnings as errors), EF migration checks, OpenAPI lint, all tests
#   ./test.sh --filter Calendar    extra arguments are passed on to `dotnet test`
#   SKIP_CHECKS=1 ./test.sh        skip the format and migration checks (quick local loop)
#
# Environment:
#   SIPPPID_TEST_PG      PostgreSQL connection string for the tests (they create and drop their own
#                        databases with it). If already set, it is kept and no local PostgreSQL is set up.
#   CHROMIUM_PATH        Chromium binary for PDF export and browser tests (default /usr/bin/chromium).
#   SKIP_CHECKS=1        skip `dotnet format`, the pending-model-changes checks and the OpenAPI lint.
#   SIPPPID_PG_PORT, SIPPPID_PG_CLUSTER  port (5432) and name (main) of the local cluster to use/create.
#   KEEP_PG=1            leave the PostgreSQL cluster running even if this script started it.
#   TEST_TIMEOUT         hard limit for `dotnet test` in seconds (default 1800).
#   TEST_SH_ONLY_SETUP=1 stop after installing packages and setting up PostgreSQL, print the exported
#                        variables and exit (used to check the setup part on its own).
#   SIPPPID_TOOLS_CACHE  where the pinned OpenAPI linter (@redocly/cli) is installed with npm and kept between
#                        runs (default ~/.cache/sipppid); Node.js 18.17+ and npm come from Debian when missing.
#
# The very last line printed is always "N passed, N failed, N skipped". The exit code is 0 only when
# nothing failed, at least one test passed and `dotnet test` itself exited 0.
set -euo pipefail

# Work from the repo root (the directory this script lives in), wherever we are called from.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RESULTS="$ROOT/TestResults"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1
# No MSBuild/compiler servers left behind after the run (they would outlive CI jobs).
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1

PG_STARTED_HERE=0   # 1 when this script started the PostgreSQL cluster (then it stops it again)
PG_VER=""
PG_CLUSTER=main
FINAL_PRINTED=0     # 1 once the "N passed, N failed, N skipped" line has been printed
PHASE_NAME=""
PHASE_START=0
TIMINGS=()

# ------------------------------------------------------------------------------------------ helpers

log() { printf '%s\n' "$*" >&2; }

# Print the summary line; it must be the last thing the script prints.
final_line() {
  FINAL_PRINTED=1
  echo "$1 passed, $2 failed, $3 skipped"
}

# Fail with a clear message. The EXIT trap then prints "0 passed, 1 failed, 0 skipped".
die() {
  log ""
  log "ERROR: $*"
  exit 1
}

# Phase timing: `phase NAME` ends the previous phase (recording its duration) and starts the next.
phase() {
  local now=$SECONDS
  if [ -n "$PHASE_NAME" ]; then
    TIMINGS+=("$(printf '%-48s %4ds' "$PHASE_NAME" $((now - PHASE_START)))")
    log "--- $PHASE_NAME: $((now - PHASE_START))s"
  fi
  PHASE_NAME=${1:-}
  PHASE_START=$now
  [ -n "$PHASE_NAME" ] && log "" && log "=== $PHASE_NAME"
  return 0
}

print_timings() {
  phase ""   # close the running phase
  log ""
  log "Timings (seconds):"
  local t
  for t in "${TIMINGS[@]}"; do log "  $t"; done
  log "  $(printf '%-48s %4ds' total "$SECONDS")"
}

# Run a command as root: directly when root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to run '$*' but this is not root and sudo is not installed (install the packages/start PostgreSQL by hand, or run as root)"
  fi
}

# Run a command as the postgres OS user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -u postgres "$@"
  else
    die "need root or sudo to run '$*' as the postgres user"
  fi
}

# Is the Debian package installed? Falls back to a file/command probe so that an equivalent
# installation (or a system without dpkg) is accepted too.
pkg_present() {
  local p=$1
  if command -v dpkg-query >/dev/null 2>&1 &&
     dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    return 0
  fi
  case $p in
    postgresql)        compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null ;;
    chromium)          [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || command -v chromium >/dev/null 2>&1 ;;
    poppler-utils)     command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 ;;
    fonts-dejavu-core) [ -d /usr/share/fonts/truetype/dejavu ] ;;
    nodejs)            command -v node >/dev/null 2>&1 ;;
    npm)               command -v npm >/dev/null 2>&1 ;;
    *)                 return 1 ;;
  esac
}

# Install the given apt packages that are missing (one `apt-get update`, retried on network hiccups).
install_missing_packages() {
  local missing=() p try
  for p in "$@"; do pkg_present "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all present: $*"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and apt-get is not available: install them by hand"
  log "installing: ${missing[*]}"
  for try in 1 2 3; do
    if as_root apt-get update -qq &&
       as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
      return 0
    fi
    [ "$try" = 3 ] && die "apt-get install ${missing[*]} failed"
    log "apt-get failed, retrying in 5s"
    sleep 5
  done
}

# Start the local PostgreSQL cluster if it is down and create the test role (idempotent; the recipe
# in /work/shared/notes/tech-recipe.md §3). Exports SIPPPID_TEST_PG.
setup_postgres() {
  local PG_PORT=${SIPPPID_PG_PORT:-5432} PG_USER=sipppid PG_PASS=sipppid
  PG_CLUSTER=${SIPPPID_PG_CLUSTER:-main}
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    die "setting up the local PostgreSQL needs root or sudo (neither is available). Run as root, or set SIPPPID_TEST_PG to a server where the role may CREATE DATABASE."
  fi
  # shellcheck disable=SC2012
  PG_VER=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$PG_VER" ] || die "PostgreSQL is not installed (/usr/lib/postgresql is empty)"
  if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$PG_VER/$PG_CLUSTER"; then
    log "creating cluster $PG_VER/$PG_CLUSTER"
    as_root pg_createcluster "$PG_VER" "$PG_CLUSTER" --port "$PG_PORT" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$PG_VER" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    log "starting cluster $PG_VER/$PG_CLUSTER"
    as_root pg_ctlcluster "$PG_VER" "$PG_CLUSTER" start
    PG_STARTED_HERE=1
  else
    log "cluster $PG_VER/$PG_CLUSTER already online"
  fi
  local _
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL does not accept connections on 127.0.0.1:$PG_PORT"
  psql_pg() { as_postgres psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtAX "$@"; }
  if [ "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" = 1 ]; then
    log "role $PG_USER exists"
  else
    log "creating role $PG_USER"
    psql_pg -c "CREATE ROLE \"$PG_USER\" LOGIN CREATEDB PASSWORD '$PG_PASS'"
  fi
  # Tests drop their databases WITH (FORCE); that may have to end an autovacuum worker, which needs this role.
  psql_pg -c "GRANT pg_signal_backend TO \"$PG_USER\"" >/dev/null
  export SIPPPID_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Database=postgres;Username=$PG_USER;Password=$PG_PASS"
}

# OS packages + PostgreSQL + environment for the tests.
setup() {
  phase "apt packages"
  local pkgs=(chromium poppler-utils fonts-dejavu-core fonts-dejavu-extra)
  # Node.js and npm run the OpenAPI linter (a check).
  [ "${SKIP_CHECKS:-}" = 1 ] || pkgs+=(nodejs npm)
  if [ -z "${SIPPPID_TEST_PG:-}" ]; then
    # `postgresql` only when no server binary exists at all (the machine image ships PostgreSQL 15).
    compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || pkgs=(postgresql "${pkgs[@]}")
  fi
  install_missing_packages "${pkgs[@]}"

  phase "postgresql"
  if [ -n "${SIPPPID_TEST_PG:-}" ]; then
    log "SIPPPID_TEST_PG is already set: using it, no local PostgreSQL setup"
  else
    setup_postgres
  fi
  export SIPPPID_TEST_PG
  export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
}

# The OpenAPI description (as the `openapi` command prints it: the web's /openapi/v1.json, without a server or a
# database) linted with Redocly's recommended rules; any error fails the run. The linter is pinned and installed with
# npm into a cache folder, once per version (1.34.20: runs on Node.js 18.17+, Debian 12's included).
REDOCLY_VERSION=1.34.20
openapi_lint() {
  local cache=${SIPPPID_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sipppid}
  local dir="$cache/redocly-cli-$REDOCLY_VERSION" redocly try
  redocly="$dir/node_modules/.bin/redocly"
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 17) ? 0 : 1)' ||
    die "the OpenAPI lint needs Node.js 18.17 or newer (found $(node --version)): install a newer nodejs, or skip the checks with SKIP_CHECKS=1"
  if [ ! -x "$redocly" ]; then
    log "installing @redocly/cli@$REDOCLY_VERSION into $dir"
    mkdir -p "$cache"
    for try in 1 2 3; do
      rm -rf "$dir.partial"
      if npm install --prefix "$dir.partial" --no-audit --no-fund --loglevel=error "@redocly/cli@$REDOCLY_VERSION" >&2; then
        rm -rf "$dir" && mv "$dir.partial" "$dir" && break
      fi
      [ "$try" = 3 ] && die "npm install @redocly/cli@$REDOCLY_VERSION failed"
      log "npm install failed, retrying in 5s"
      sleep 5
    done
  fi

  local work
  work=$(mktemp -d)
  mkdir -p "$RESULTS"
  if ! dotnet src/SipPpid/bin/Release/net10.0/SipPpid.dll openapi --out "$RESULTS/openapi.json" \
         "--ConnectionStrings:Ppid=Data Source=$work/openapi.db" "--Storage:Path=$work/files" "--Mail:PickupFolder=$work/mail" >&2; then
    rm -rf "$work"
    die "the OpenAPI description could not be produced (dotnet SipPpid.dll openapi)"
  fi
  rm -rf "$work"
  # Exits non-zero on any error (warnings are printed and do not fail the run).
  if ! NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
       "$redocly" lint "$RESULTS/openapi.json" --extends=recommended --format=stylish >&2; then
    die "the OpenAPI description has lint errors (above): describe every /api endpoint fully (see Infrastructure/OpenApi/ApiDescription.cs)"
  fi
}

# Silent clean-up on every exit: stop what we started, shut down build servers. Nothing may be
# printed after the final line, so all output goes to /dev/null.
cleanup() {
  local rc=$?
  if [ "${TEST_SH_ONLY_SETUP:-}" != 1 ]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
    if [ "$PG_STARTED_HERE" = 1 ] && [ "${KEEP_PG:-}" != 1 ]; then
      as_root pg_ctlcluster "$PG_VER" "$PG_CLUSTER" stop >/dev/null 2>&1 || true
    fi
    # An early failure (apt, restore, format, build, migrations) still ends with the summary line.
    if [ "$FINAL_PRINTED" = 0 ]; then
      final_line 0 1 0
      [ "$rc" -ne 0 ] || rc=1
    fi
  fi
  exit "$rc"
}

# Sum the <Counters> of all *.trx files under $1; fall back to the `dotnet test` console summary in
# $2 (VSTest "Passed!  - Failed: ..." lines, or the Microsoft.Testing.Platform block).
# Prints "PASSED FAILED SKIPPED" (no text); prints nothing when nothing could be parsed.
sum_results() {
  local dir=$1 log_file=${2:-} passed=0 failed=0 skipped=0 found=0 f c
  attr() { local v; v=$(sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$c"); echo "${v:-0}"; }
  while IFS= read -r -d '' f; do
    c=$(grep -o '<Counters [^>]*>' "$f" | head -1 || true)
    [ -n "$c" ] || continue
    found=1
    passed=$((passed + $(attr passed)))
    # error/timeout/aborted count as failures too
    failed=$((failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
    # xunit skips are outcome NotExecuted: skipped = total - executed
    skipped=$((skipped + $(attr total) - $(attr executed)))
  done < <(find "$dir" -name '*.trx' -type f -print0 2>/dev/null)

  if [ "$found" = 0 ] && [ -n "$log_file" ] && [ -f "$log_file" ]; then
    local p fl s
    # VSTest: "Passed!  - Failed:     0, Passed:    11, Skipped:     0, Total:    11, Duration: ..."
    while read -r fl p s; do
      found=1
      passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + s))
    done < <(sed -E 's/\x1b\[[0-9;]*m//g' "$log_file" |
             sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +([0-9]+).*/\2 \3 \4/p')
    if [ "$found" = 0 ] && grep -q '^Test run summary:' "$log_file"; then
      # Microsoft.Testing.Platform: "Test run summary: ..." then "  failed: N", "  succeeded: N", "  skipped: N"
      read -r passed failed skipped < <(awk '/^Test run summary:/{s=1} s&&$1=="failed:"{f=$2} s&&$1=="succeeded:"{p=$2} s&&$1=="skipped:"{k=$2} END{printf "%d %d %d\n",p,f,k}' "$log_file")
      found=1
    fi
  fi
  [ "$found" = 1 ] && echo "$passed $failed $skipped"
  return 0
}

# ------------------------------------------------------------------------------------------ main

main() {
  cd "$ROOT"
  trap cleanup EXIT

  setup
  if [ "${TEST_SH_ONLY_SETUP:-}" = 1 ]; then
    print_timings
    echo "SIPPPID_TEST_PG=$SIPPPID_TEST_PG"
    echo "CHROMIUM_PATH=$CHROMIUM_PATH"
    exit 0
  fi

  phase "dotnet tool restore"
  dotnet tool restore

  phase "dotnet restore"
  dotnet restore SipPpid.slnx

  if [ "${SKIP_CHECKS:-}" != 1 ]; then
    phase "dotnet format (verify)"
    if ! dotnet format SipPpid.slnx --verify-no-changes --no-restore; then
      die "code formatting is off: run 'dotnet format SipPpid.slnx' and commit the result"
    fi
  fi

  phase "dotnet build (Release, warnings as errors)"
  dotnet build SipPpid.slnx -c Release --no-restore -warnaserror

  if [ "${SKIP_CHECKS:-}" != 1 ]; then
    # has-pending-model-changes exits non-zero when the model differs from the last migration.
    # NB: in dotnet-ef `-c` means --context, so the build configuration is spelled out.
    local ctx provider
    for ctx in AppDbContext:SQLite PostgresDbContext:PostgreSQL; do
      provider=${ctx#*:}; ctx=${ctx%%:*}
      phase "migration check $provider ($ctx)"
      if ! dotnet ef migrations has-pending-model-changes -p src/SipPpid -s src/SipPpid \
             --context "$ctx" --no-build --configuration Release; then
        die "a migration is missing for $provider: the model of $ctx has changes without a migration (add one with: dotnet ef migrations add NAME -p src/SipPpid --context $ctx)"
      fi
    done

    phase "OpenAPI lint (@redocly/cli $REDOCLY_VERSION, recommended rules)"
    openapi_lint
  fi

  phase "dotnet test"
  mkdir -p "$RESULTS"
  find "$RESULTS" -name '*.trx' -type f -delete
  local test_log="$RESULTS/dotnet-test.log" rc
  set +e   # a test failure must not stop the script: we still want the summary
  timeout "${TEST_TIMEOUT:-1800}" dotnet test SipPpid.slnx -c Release --no-build \
    --logger trx --results-directory "$RESULTS" \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    "$@" </dev/null 2>&1 | tee "$test_log"
  rc=${PIPESTATUS[0]}
  set -e
  log "dotnet test exit code: $rc"

  local counts passed=0 failed=1 skipped=0
  counts=$(sum_results "$RESULTS" "$test_log")
  if [ -n "$counts" ]; then
    read -r passed failed skipped <<<"$counts"
  else
    log "could not read any test result (no TRX file and no summary line in $test_log)"
  fi
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # crash, hang (timeout), or an error outside the tests: never report green
    log "dotnet test exited $rc although no test failed: counting it as 1 failure"
    failed=1
  fi

  print_timings
  final_line "$passed" "$failed" "$skipped"
  if [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] && [ "$rc" -eq 0 ]; then
    exit 0
  fi
  exit 1
}

# Only run when executed, so the functions can be sourced for testing (e.g. `source test.sh; sum_results DIR`).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
