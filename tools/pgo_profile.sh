#!/usr/bin/env bash
# Makes the run-time profile that the release build is optimized with (profile-guided
# optimization, GCC only; CMakeLists.txt BASTION_PGO_* explains the flags).
#
#   tools/pgo_profile.sh PROFILE_DIR [JOBS]
#
# Builds an instrumented `bastion` in build/pgo (no tests, no LTO), runs the training set
# (every bench/*.py program once: the hot paths the benchmarks and ordinary programs share —
# calls, attributes, generators, containers, text, numbers, the collector) and leaves the
# counts in PROFILE_DIR. Does nothing when PROFILE_DIR already exists (delete it, or run
# `make pgo`, after changing the sources: a stale profile costs speed, never correctness)
# or when the compiler is not GCC. Exits non-zero only if the instrumented build fails; a
# training program that fails is reported and skipped (its counts are simply missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

profile=${1:?usage: tools/pgo_profile.sh PROFILE_DIR [JOBS]}
jobs=${2:-2}
build=build/pgo

if [ -d "$profile" ]; then
  exit 0
fi
macros=$(echo | "${CXX:-c++}" -dM -E -x c++ - 2>/dev/null || true)
if ! grep -q __GNUC__ <<<"$macros" || grep -q __clang__ <<<"$macros"; then
  echo "pgo: the C++ compiler is not GCC; building without a profile"
  exit 0
fi

generator=$(command -v ninja >/dev/null && echo Ninja || echo "Unix Makefiles")
raw="$PWD/$build/raw-profile"
rm -rf "$build" "$profile.tmp"
echo "pgo: building the instrumented interpreter in $build"
cmake -S . -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE=Release -DBASTION_TESTS=OFF \
  -DBASTION_LTO=OFF "-DBASTION_PGO_GENERATE=$raw" >/dev/null
cmake --build "$build" -j "$jobs" --target bastion

echo "pgo: training on bench/*.py"
start=$SECONDS
for program in bench/*.py; do
  [ "$(basename "$program")" = run.py ] && continue
  if ! (cd bench && "../$build/bastion" "$(basename "$program")" >/dev/null 2>&1); then
    echo "pgo: training program $program failed (its counts are left out)"
  fi
done
echo "pgo: training took $((SECONDS - start)) s"

mv "$raw" "$profile"
rm -rf "$build"
echo "pgo: profile written to $profile"
