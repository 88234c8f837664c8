#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `btxh import` against the plain importer (bench_plain_import) on the same pull-dialect file, in the same run,
# for each N: dossiers/s (wall clock of the whole process, start-up included), peak RSS (/usr/bin/time -v) and
# peak RssAnon, and database bytes per dossier against JSON bytes per dossier received. Each database is made
# fresh.
#
#     bench/store/import_vs_plain.sh BUILD_DIR WORK_DIR N [N...]
# e.g. bench/store/import_vs_plain.sh build /tmp/btxh-import 10000 100000
set -euo pipefail
build="$1"
work="$2"
shift 2
btxh="$build/src/cli/btxh"
plain="$build/bench/store/bench_plain_import"
mkdir -p "$work"

# "seconds peak-kB peak-anon-kB" of a command run under /usr/bin/time -v; its own output goes to
# $work/last.out. Peak RSS (VmHWM) also counts the pages of the database file the program maps, which are the
# system's file cache; RssAnon, sampled every 50 ms from the command's /proc status, is the memory it holds.
measure() {
    /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/last.out" 2>&1 &
    local timer=$! pid="" anon=0 key value rest
    while kill -0 "$timer" 2>/dev/null; do
        [ -n "$pid" ] || pid=$(pgrep -P "$timer" | head -n 1 || true)
        if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
            while read -r key value rest; do
                if [ "$key" = RssAnon: ] && [ "$value" -gt "$anon" ]; then anon=$value; fi
            done <"/proc/$pid/status" 2>/dev/null || true
        fi
        sleep 0.05
    done
    wait "$timer" || true
    local wall kb
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    python3 -c "
import sys
parts = [float(p) for p in sys.argv[1].split(':')]
s = 0.0
for p in parts: s = s * 60 + p
print(s, sys.argv[2], sys.argv[3])" "$wall" "$kb" "$anon"
}

size() { # database bytes, WAL included
    local total=0
    for f in "$1" "$1-wal"; do
        [ -f "$f" ] && total=$((total + $(stat -c %s "$f")))
    done
    echo "$total"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "$@"; do
    json="$work/pull-$n.json"
    [ -f "$json" ] || "$plain" --generate "$n" --out "$json" >/dev/null
    jsonBytes=$(stat -L -c %s "$json")
    # The file is read from the page cache by both: read it once first.
    cat "$json" >/dev/null
    for side in btxh plain; do
        db="$work/$side-$n.sqlite"
        rm -f "$db" "$db-wal" "$db-shm"
        load=$(cut -d' ' -f1 /proc/loadavg)
        if [ "$side" = btxh ]; then
            read -r secs kb anon < <(measure env USER=bench "$btxh" import --db "$db" "$json")
        else
            read -r secs kb anon < <(measure "$plain" --import "$json" --db "$db")
        fi
        bytes=$(size "$db")
        python3 -c "
import sys
n, secs, kb, bytes_, json_ = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
anon = int(sys.argv[8])
print(f'{sys.argv[6]:6} N={n:>7}: {n / secs:8.0f} dossiers/s ({secs:.1f} s)  peak RSS {kb / 1024:6.1f} MB  '
      f'peak RssAnon {anon / 1024:6.1f} MB  '
      f'database {bytes_ / n:6.0f} B/dossier, JSON {json_ / n:5.0f} B/dossier ({bytes_ / json_:.2f}x)  load {sys.argv[7]}')
" "$n" "$secs" "$kb" "$bytes" "$jsonBytes" "$side" "$load" "$anon"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
