#!/usr/bin/env bash
# fuzz_smoke.sh: the `fuzz` stage of `make test`: a bounded libFuzzer run of every target in
# tests/fuzz/ (fuzz_load, fuzz_run, fuzz_source, fuzz_int, fuzz_utf8, fuzz_format_spec, fuzz_data),
# each for FUZZ_SECONDS (default 40) on its seed corpus. Builds them in their own clang tree,
# BUILD_DIR (default build/fuzz: -DBASTION_SANITIZE=ON -DBASTION_FUZZ=ON; only the fuzz
# targets and the libraries they link, not the CLI or the unit tests). Not in build/asan:
# clang 14 miscompiles some code under -fsanitize=fuzzer-no-link (strip_numeric_underscores
# accepts "1_.5" at -O2; FloatText.Underscores fails), so the ASan unit stage must not run
# instrumented libraries. Seeds: the checked-in tests/fuzz/corpus_<name>/ (read only) plus,
# for fuzz_load, fuzz_seed_corpus's output and, for fuzz_source, the small tests/py scripts;
# new inputs go to BUILD_DIR/fuzz_corpus/<name>/.
# A crash, sanitizer report, timeout or OOM fails that target (leaks are not checked:
# detect_leaks=0: a fuzz target reuses one interpreter across inputs); the input is left as
# BUILD_DIR/fuzz-<target>-*, the run's output as BUILD_DIR/fuzz-<target>.log, and the failures are
# summarised again (seed, crash line, frames, the input in base64) just before the last line.
# Ends with `N passed, N failed` (one count per target; `0 passed, 0 failed` without clang).
# Knobs: JOBS (build jobs, default 2), FUZZ_SECONDS, BUILD_DIR, FUZZ_TARGETS (default: all).
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build/fuzz}"
seconds="${FUZZ_SECONDS:-40}"
jobs="${JOBS:-2}"
targets="${FUZZ_TARGETS:-fuzz_load fuzz_run fuzz_source fuzz_int fuzz_utf8 fuzz_format_spec fuzz_data}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz_smoke: clang++ not found, fuzzing skipped"
    echo "0 passed, 0 failed"
    exit 0
fi

count=$(wc -w <<<"$targets")
fail_all() {
    echo "fuzz_smoke: $1"
    echo "0 passed, $count failed"
    exit 1
}

generator="Unix Makefiles"
command -v ninja >/dev/null 2>&1 && generator="Ninja"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DBASTION_SANITIZE=ON -DBASTION_FUZZ=ON || fail_all "configure failed"
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
# shellcheck disable=SC2086
cmake --build "$build" --target $targets fuzz_seed_corpus -j "$jobs" || fail_all "build failed"

# failure_report TARGET LOG: a few lines naming the failure, where it happened, libFuzzer's
# seed and the input (base64, when small), so a CI log's tail is enough to reproduce it.
failure_report() {
    local t="$1" log="$2" input what where seed
    input=$(ls "$build/fuzz-$t-"* 2>/dev/null | head -n 1)
    what=$(grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error:|deadly signal|ALARM|out-of-memory' "$log")
    where=$(grep -m3 -E '^ +#[0-9]+ .* in .*(src|tests)/' "$log" | sed -E 's/^ +#[0-9]+ 0x[0-9a-f]+ in //' | tr '\n' ';')
    seed=$(grep -m1 -oE 'Seed: [0-9]+' "$log")
    echo "fuzz_smoke: $t FAILED (${seed:-no seed}): ${what:-see $log}"
    [ -n "$where" ] && echo "  | at: ${where:0:400}"
    if [ -n "$input" ]; then
        if [ "$(stat -c %s "$input")" -le 1500 ]; then
            echo "  | input $(basename "$input") base64: $(base64 -w0 "$input")"
        else
            echo "  | input $input ($(stat -c %s "$input") bytes)"
        fi
    fi
}

passed=0
failed=0
report=()
for t in $targets; do
    name="${t#fuzz_}"
    work="$build/fuzz_corpus/$name"
    mkdir -p "$work"
    seeds=()
    [ -d "$root/tests/fuzz/corpus_$name" ] && seeds+=("$root/tests/fuzz/corpus_$name")
    if [ "$t" = fuzz_source ]; then
        # The small tests/py scripts seed it too (the size gen_fuzz_corpus.py uses).
        find "$root/tests/py" -maxdepth 1 -name '*.py' -size -1201c -exec cp {} "$work"/ \;
    fi
    if [ "$t" = fuzz_load ]; then
        "$build/tests/fuzz/fuzz_seed_corpus" "$work" || { echo "fuzz_smoke: seed generation failed"; failed=$((failed + 1)); continue; }
    fi
    echo "==== $t: ${seconds}s ===="
    log="$build/fuzz-$t.log"
    rm -f "$build/fuzz-$t-"*
    if "$build/tests/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
            -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$build/fuzz-$t-" \
            "$work" "${seeds[@]}" >"$log" 2>&1; then
        tail -n 12 "$log"
        passed=$((passed + 1))
    else
        tail -n 60 "$log"
        failed=$((failed + 1))
        report+=("$(failure_report "$t" "$log")")
    fi
done
# The failures again, compactly, at the end: CI shows only the tail of the output.
for r in "${report[@]}"; do echo "$r"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
