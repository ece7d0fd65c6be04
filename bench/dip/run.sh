#!/usr/bin/env bash
# `import dip` on 50 000 generated rows over 1 000 units, into a fresh SQLite database and (with PG set to a
# connection string of a role that may create databases) a fresh PostgreSQL database; then the same file again
# (the re-import, which must change nothing). Prints the command's own figures: rows/s reading (parse + check)
# and in total (with the insert). Build first: dotnet build SipPpid.slnx -c Release
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app="$root/src/SipPpid/bin/Release/net10.0/SipPpid.dll"
[ -f "$app" ] || app="$root/src/SipPpid/bin/Debug/net10.0/SipPpid.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/dip/generate.py" "$work" "${ROWS:-50000}" "${UNITS:-1000}"
echo "$(wc -l < "$work/dip.csv") lines, $(du -k "$work/dip.csv" | cut -f1) KB"

run() {
  echo "== $Database__Provider"
  dotnet "$app" import units "$work/units.csv" >/dev/null
  echo "-- first import"; dotnet "$app" import dip "$work/dip.csv"
  echo "-- re-import";   dotnet "$app" import dip "$work/dip.csv"
}

export Storage__Path="$work/files" Database__Provider=sqlite Database__Path="$work/bench.db" ConnectionStrings__Ppid="Data Source=$work/bench.db"
run
if [ -n "${PG:-}" ]; then
  db="bench_dip_$$"
  # psql takes libpq's keywords: Host=..;Port=..;Database=..;Username=..;Password=.. becomes host=.. port=.. dbname=.. user=.. password=..
  libpq=$(python3 -c 'import sys; m={"host":"host","port":"port","database":"dbname","username":"user","password":"password"}; print(" ".join(m[k.strip().lower()]+"="+v for k,v in (p.split("=",1) for p in sys.argv[1].split(";") if "=" in p) if k.strip().lower() in m))' "$PG")
  psql "$libpq" -qc "CREATE DATABASE $db" >/dev/null
  export Database__Provider=postgres ConnectionStrings__Ppid="${PG/Database=postgres/Database=$db}"
  run
  psql "$libpq" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi
