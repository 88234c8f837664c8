#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds the project's SPDX licence line to every source file that lacks it; running it again changes nothing.
#   scripts/spdx-headers.sh           add the lines
#   scripts/spdx-headers.sh --check   list the files without one, exit 1 if there are any (changes nothing)
# C++ and C files get "// SPDX-License-Identifier: GPL-3.0-or-later" as their first line; CMake, shell and Python
# files "# SPDX-…" (after a #! line when there is one). Generated, vendored and data files are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

licence="GPL-3.0-or-later"
check=0
[ "${1:-}" = "--check" ] && check=1

missing=0
while IFS= read -r -d '' file; do
    if head -n 3 "$file" | grep -q "SPDX-License-Identifier:"; then
        continue
    fi
    missing=$((missing + 1))
    if [ $check -eq 1 ]; then
        echo "$file"
        continue
    fi
    case "$file" in
        *.cpp|*.h|*.c|*.hpp) line="// SPDX-License-Identifier: $licence" ;;
        *) line="# SPDX-License-Identifier: $licence" ;;
    esac
    tmp="$(mktemp)"
    if head -n 1 "$file" | grep -q '^#!'; then
        { head -n 1 "$file"; echo "$line"; tail -n +2 "$file"; } >"$tmp"
    else
        { echo "$line"; cat "$file"; } >"$tmp"
    fi
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
done < <(git ls-files -z -- \
    'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 'installer/*.cpp' \
    'CMakeLists.txt' '*/CMakeLists.txt' 'cmake/*.cmake' 'installer/*.cmake' 'scripts/*.sh' 'tests/*.sh' \
    'tests/*.py' 'scripts/*.py')

if [ $check -eq 1 ]; then
    [ $missing -eq 0 ] || { echo "$missing file(s) without an SPDX line" >&2; exit 1; }
    exit 0
fi
echo "SPDX line added to $missing file(s)"
