#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a database with a release's own `btxh`, for tst_storemigrations: a pull of received dossiers, their
# processing steps, a dossier entered here and queued to send, and a setting — each written by that release's
# code, as an officer's database of that release holds them.
#
#     tests/store/make_release_fixture.sh RELEASE_BUILD/src/cli/btxh tests/fixtures/store/schema-vN.sqlite [PULL.json]
#
# PULL.json: more received dossiers in the pull dialect, e.g. `bench_plain_import --generate 40 --out PULL.json`
# (the data may come from any build: what matters is that the release's btxh writes it).
#
# Run it once per released schema version with the build of that release (a worktree at its commit), and
# commit the file with the commit it was made at in tests/fixtures/store/README.md; never regenerate an old
# fixture with a newer build.
set -euo pipefail
btxh="$1"
out="$2"
spec="$(cd "$(dirname "$0")/../fixtures/spec" && pwd)"
rm -f "$out" "$out-wal" "$out-shm"
export USER=canbo.xa
files=("$spec/pull-dossiers-response.json" "$spec/pull-progress-response.json" "$spec/push-dossier.json")
[ $# -ge 3 ] && files+=("$3")
for file in "${files[@]}"; do
    # 1: stored, some of it as a draft (the push example is kept as one: its HinhThucTra is not a code).
    "$btxh" --lang en import --db "$out" --today 27/11/2026 "$file" || [ $? -eq 1 ]
done
"$btxh" --lang en config set --db "$out" area.province 11
# One self-contained file: no -wal beside it.
sqlite3 "$out" "PRAGMA journal_mode = DELETE; VACUUM;" >/dev/null
rm -f "$out"*.pre-v*
echo "wrote $out (schema $(sqlite3 "$out" 'PRAGMA user_version'))"
