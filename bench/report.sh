#!/usr/bin/env bash
# `lanterne report` at scale: a fresh SQLite database seeded with the
# check-ins of 1,000 classes of 30 pupils (bench/seed_checkins.py, about 1.5
# million answer rows), then the HTML report and the CSV export written to a
# file, each timed over several runs (after one untimed run that warms the
# page cache and gives the peak resident memory). Prints the seeding time, each
# format's median/min/max seconds, the output sizes, the CSV's row count and
# each format's peak memory (when GNU time is at /usr/bin/time).
#   bench/report.sh [--classes N] [--pupils N] [--runs N]    (1000, 30, 3)
# LANTERNE_BIN=path/to/lanterne bench/report.sh  times another build instead of
# target/release/lanterne (which is built with scripts/build.sh if missing).
# Needs bash, python3 and the binary; the temporary directory is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

classes=1000 pupils=30 runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --classes) classes="$2"; shift 2 ;;
        --pupils) pupils="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        *) echo "usage: bench/report.sh [--classes N] [--pupils N] [--runs N]" >&2; exit 2 ;;
    esac
done
[ "$runs" -ge 1 ] 2>/dev/null || { echo "bench/report.sh: --runs must be a number of at least 1" >&2; exit 2; }

if [ -n "${LANTERNE_BIN:-}" ]; then
    bin="$LANTERNE_BIN"
    [ -x "$bin" ] || { echo "bench/report.sh: LANTERNE_BIN=$bin is not an executable" >&2; exit 2; }
else
    [ -x target/release/xtask ] && [ -x target/release/lanterne ] || scripts/build.sh
    bin=target/release/lanterne
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/lanterne-report-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/lanterne.db"
url="sqlite://$db"
log="$tmp/log"

# GNU time's -f %M (peak resident kilobytes), if this machine has it.
peak_tool=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$tmp/probe" true 2>/dev/null; then
    peak_tool=/usr/bin/time
fi

if ! "$bin" migrate --database-url "$url" >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/report.sh: lanterne migrate failed" >&2
    exit 1
fi
python3 bench/seed_checkins.py "$db" --classes "$classes" --pupils "$pupils"

now() {
    if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi
}

# report CMD...: runs it once; if it fails, its log is shown and the script stops.
report() {
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "bench/report.sh: lanterne report failed: $*" >&2
        exit 1
    fi
}

for format in html csv; do
    out="$tmp/report.$format"
    cmd=("$bin" report --database-url "$url" --format "$format" --out "$out")
    # The untimed first run: warms the page cache, and gives the peak memory.
    if [ -n "$peak_tool" ]; then
        report "$peak_tool" -f %M -o "$tmp/peak.$format" "${cmd[@]}"
    else
        report "${cmd[@]}"
    fi
    : >"$tmp/times.$format"
    for ((i = 0; i < runs; i++)); do
        start="$(now)"
        report "${cmd[@]}"
        end="$(now)"
        echo "$start $end" >>"$tmp/times.$format"
    done
done

python3 - "$tmp" "$classes" "$pupils" "$runs" "$peak_tool" <<'EOF'
import os, sqlite3, statistics, sys
tmp, classes, pupils, runs, peak_tool = sys.argv[1:]
print(f"lanterne report, {int(classes):,} classes of {pupils} pupils, {runs} timed runs each (after one untimed); "
      f"database {os.path.getsize(os.path.join(tmp, 'lanterne.db')):,} bytes")
for fmt, name in (("html", "HTML report"), ("csv", "CSV export")):
    with open(os.path.join(tmp, f"times.{fmt}")) as f:
        times = [float(end) - float(start) for start, end in (line.split() for line in f)]
    size = os.path.getsize(os.path.join(tmp, f"report.{fmt}"))
    print(f"{name}: median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s; "
          f"{size:,} bytes")
    if fmt == "csv":
        with open(os.path.join(tmp, "report.csv"), "rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        db = sqlite3.connect(os.path.join(tmp, "lanterne.db"))
        answers = db.execute("SELECT COUNT(*) FROM checkin_answers").fetchone()[0]
        db.close()
        rest = "" if lines - 1 == answers else " (the rest: groups under 3 classes or 5 pupils, left out)"
        print(f"CSV rows: {lines - 1:,} of {answers:,} answers{rest}")
    if peak_tool:
        with open(os.path.join(tmp, f"peak.{fmt}")) as f:
            kib = int(f.read().split()[-1])
        print(f"{name} peak resident memory: {kib / 1024:.0f} MiB")
EOF
