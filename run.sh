#!/usr/bin/env bash
# run.sh — build SIP PPID, load the demo data and serve the app.
#
#   ./run.sh                          serves on http://127.0.0.1:5000
#   URLS=http://0.0.0.0:8080 ./run.sh other address (e-mail links and report QR codes follow it, unless
#                                     Ppid__PublicBaseUrl is set)
#   REQUEST_LOG=1 ./run.sh            also log every request (ASP.NET Core's Information lines); by default the
#                                     console shows the app's own lines and warnings only
#
# The SQLite database file lives in ./data/ under the repo root. `seed-demo` loads the demo data
# (it is meant to be safe to run again on an existing database).
set -euo pipefail

# Work from the repo root (the directory this script lives in), wherever we are called from.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Production by default: users see the friendly error pages, not a developer's stack trace.
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
# ...but this is the demo: the demo accounts may sign in (demo mode), and the log is readable text rather than
# Production's JSON lines. (Cookies are Secure on HTTPS requests, so plain http on 127.0.0.1 works as it is.)
export Demo__Enabled=${Demo__Enabled:-true}
export Logging__Format=${Logging__Format:-simple}
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
# Exported: the commands below read it too (the public address in links follows it).
export URLS=${URLS:-http://127.0.0.1:5000}
DLL=src/SipPpid/bin/Release/net10.0/SipPpid.dll

warn() { printf 'WARNING: %s\n' "$*" >&2; }

# Is the Debian package installed?
pkg_present() {
  command -v dpkg-query >/dev/null 2>&1 &&
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Best effort: Chromium (PDF export) and DejaVu fonts. Never fatal: the app runs without them,
# only PDF export does not work.
install_optional_packages() {
  local missing=() p sudo=()
  for p in chromium fonts-dejavu-core fonts-dejavu-extra; do pkg_present "$p" || missing+=("$p"); done
  # An equivalent Chromium outside dpkg is fine too.
  if [ -x "$CHROMIUM_PATH" ]; then
    local m=(); for p in "${missing[@]}"; do [ "$p" = chromium ] || m+=("$p"); done; missing=("${m[@]}")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0

  if ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get is not available; install ${missing[*]} by hand. PDF export needs Chromium ($CHROMIUM_PATH)."
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      warn "not root and no sudo: cannot install ${missing[*]}. PDF export needs Chromium ($CHROMIUM_PATH)."
      return 0
    fi
  fi
  echo "installing: ${missing[*]}"
  if ! { "${sudo[@]}" apt-get update -qq &&
         "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    warn "apt-get install ${missing[*]} failed. PDF export needs Chromium ($CHROMIUM_PATH); continuing without it."
  fi
}

install_optional_packages

echo "=== dotnet build (Release)"
dotnet build src/SipPpid -c Release

echo "=== loading demo data"
mkdir -p data
dotnet "$DLL" seed-demo

cat <<INFO

SIP PPID is starting on $URLS  (environment: $ASPNETCORE_ENVIRONMENT, database in ./data/)

Demo logins (all with password Demo-Kalbar-2026):
  admin@ppid.demo    Admin
  utama@ppid.demo    PPID Utama
  atasan@ppid.demo   Atasan PPID
  setda@ppid.demo    PPID Pembantu, Sekretariat Daerah and its biros
  dinkes@ppid.demo   PPID Pembantu, Dinas Kesehatan
  pupr@ppid.demo     PPID Pembantu, Dinas PUPR

Stop with Ctrl+C.

INFO

LOG_ARGS=()
[ "${REQUEST_LOG:-}" = 1 ] && LOG_ARGS=(--Logging:LogLevel:Microsoft.AspNetCore=Information)
exec dotnet "$DLL" --urls "$URLS" "${LOG_ARGS[@]}"
