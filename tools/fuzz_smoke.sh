#!/usr/bin/env bash
# fuzz_smoke.sh: a bounded libFuzzer run of tests/fuzz/fuzz_load for CI. When clang++ is
# installed: configures build/fuzz (clang, -DBASTION_FUZZ=ON -DBASTION_SANITIZE=ON), builds
# fuzz_load and its seed generator, and fuzzes the checked-in seeds (tests/fuzz/corpus_load)
# plus freshly generated ones for FUZZ_SECONDS (default 60). Ends with the suite summary line
# `1 passed, 0 failed` or `0 passed, 1 failed` (`0 passed, 0 failed` when clang is absent).
# Knobs: JOBS (build jobs, default 2), FUZZ_SECONDS, BUILD_DIR (default build/fuzz).
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build/fuzz}"
seconds="${FUZZ_SECONDS:-60}"
jobs="${JOBS:-2}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz_smoke: clang++ not found, fuzzing skipped"
    echo "0 passed, 0 failed"
    exit 0
fi

fail() {
    echo "fuzz_smoke: $1"
    echo "0 passed, 1 failed"
    exit 1
}

generator="Unix Makefiles"
command -v ninja >/dev/null 2>&1 && generator="Ninja"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DBASTION_FUZZ=ON -DBASTION_SANITIZE=ON || fail "configure failed"
fi
cmake --build "$build" --target fuzz_load fuzz_seed_corpus -j "$jobs" || fail "build failed"

work="$build/corpus_smoke"
mkdir -p "$work"
"$build/tests/fuzz/fuzz_seed_corpus" "$work" || fail "seed generation failed"

# New inputs go to $work; the checked-in seeds are read only.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
if "$build/tests/fuzz/fuzz_load" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$build/" "$work" "$root/tests/fuzz/corpus_load"; then
    echo "1 passed, 0 failed"
    exit 0
fi
fail "fuzz_load found a failing input (see $build/crash-* or above)"
