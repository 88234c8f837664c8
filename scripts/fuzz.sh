#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (AddressSanitizer and UndefinedBehaviorSanitizer,
# the libraries under test instrumented for coverage too) in a build directory of their own, and runs each
# one for a while over its seed corpus.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]
#
#   seconds-per-target  default 60
#   target              extentdataxml, payload, payloadstream, pushreply, tokenreply, retryafter
#                       (default: all)
#
# Environment:
#   BTXH_FUZZ_BUILD   build directory (default: <repository>/../build-fuzz)
#   BTXH_FUZZ_SOURCE  source directory to configure (default: the repository)
#   BTXH_FUZZ_ARGS    extra libFuzzer arguments, e.g. "-jobs=4 -workers=4"
#
# New interesting inputs go to <build>/corpus/<target>/ (the seeds in tests/fuzz/corpus/ are only read);
# crashes, leaks and timeouts to <build>/findings/<target>/. Reproduce one with
#   <build>/tests/fuzz/fuzz_<target> <build>/findings/<target>/crash-...
# and, once fixed, copy it into tests/fuzz/corpus/<target>/ so the smoke test keeps checking it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source_dir=${BTXH_FUZZ_SOURCE:-$repo}
build=${BTXH_FUZZ_BUILD:-$repo/../build-fuzz}
seconds=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(extentdataxml payload payloadstream pushreply tokenreply retryafter)
fi

if ! [[ $seconds =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [seconds-per-target] [target...]" >&2
    exit 2
fi
for tool in clang clang++ cmake ninja; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is needed" >&2; exit 2; }
done

sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBTXH_FUZZ=ON -DBTXH_BUILD_TESTS=ON -DBTXH_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link $sanitizers" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers"
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$corpus" "$findings"
    dict=()
    if [[ -f "$repo/tests/fuzz/$target.dict" ]]; then
        dict=(-dict="$repo/tests/fuzz/$target.dict")
    fi
    exe=$(find "$build" -type f -name "fuzz_$target" -perm -u+x -print -quit)
    echo "== $exe for ${seconds}s"
    # shellcheck disable=SC2086 # BTXH_FUZZ_ARGS is a list of arguments
    if ! "$exe" "$corpus" "$repo/tests/fuzz/corpus/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" "${dict[@]}" ${BTXH_FUZZ_ARGS:-}; then
        echo "== fuzz_$target FOUND A PROBLEM: see $findings/" >&2
        status=1
    fi
done
exit $status
