# Bastion's entry points, over CMake (+ Ninja when installed, else Unix Makefiles).
#
#   make run      install missing Debian packages (as root), build release, run examples/tour.py
#   make test     build and run every suite, release and ASan+UBSan, then the fuzz stage (with
#                 clang: builds build/fuzz and runs each libFuzzer target for FUZZ_SECONDS on its
#                 seed corpus); ends with `N passed, N failed`
#   make fuzz     the fuzz stage alone (tools/fuzz_smoke.sh)
#   make build | debug | asan     configure and build build/release | build/debug | build/asan
#                 (with GCC, build/release is optimized with a run-time profile: the first
#                 build makes it, tools/pgo_profile.sh; `make pgo` remakes it after changes)
#   make test-release | test-asan one tree's stages only;  make bench: bench/run.py;  make clean
#
# Knobs: JOBS (parallel jobs, default 2: CI has 2 cores), ASAN_CXX (compiler for the
# sanitizer tree; clang++ when present, else g++), PYTHON (default python3), PGO (1: the
# release build uses profile-guided optimization when the compiler is GCC; 0: it does not).

SHELL := /bin/bash
.DEFAULT_GOAL := build

JOBS ?= 2
PYTHON ?= python3
PGO ?= 1
PGO_PROFILE := $(CURDIR)/build/pgo-profile
RELEASE_PGO := $(if $(filter 1,$(PGO)),-DBASTION_PGO_USE=$(PGO_PROFILE))
GENERATOR := $(if $(shell command -v ninja 2>/dev/null),Ninja,Unix Makefiles)
ASAN_CXX ?= $(if $(shell command -v clang++ 2>/dev/null),clang++,g++)

# The sanitizer runtime settings every ASan run uses (tools/test_all.py sets the same).
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
                 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# configure DIR CMAKE-ARGS: configure DIR until it has a build system (later builds re-run
# CMake by themselves when a CMakeLists.txt or a globbed folder changes).
define configure
	@if [ ! -f $(1)/build.ninja ] && [ ! -f $(1)/Makefile ]; then \
	  echo "cmake: configuring $(1) ($(GENERATOR))"; \
	  cmake -S . -B $(1) -G "$(GENERATOR)" $(2); \
	fi
endef

.PHONY: all deps build release pgo debug asan run test test-release test-asan fuzz bench clean

all: build

deps:
	@tools/deps.sh

build release:
	$(if $(RELEASE_PGO),tools/pgo_profile.sh $(PGO_PROFILE) $(JOBS))
	$(call configure,build/release,-DCMAKE_BUILD_TYPE=Release $(RELEASE_PGO))
	cmake --build build/release -j $(JOBS)

# Remake the profile from the current sources and rebuild build/release with it
# (reconfiguring puts the new profile's digest on every compile line: all recompile).
pgo:
	rm -rf $(PGO_PROFILE)
	tools/pgo_profile.sh $(PGO_PROFILE) $(JOBS)
	$(call configure,build/release,-DCMAKE_BUILD_TYPE=Release)
	cmake -S . -B build/release -DBASTION_PGO_USE=$(PGO_PROFILE) >/dev/null
	cmake --build build/release -j $(JOBS)

debug:
	$(call configure,build/debug,-DCMAKE_BUILD_TYPE=Debug)
	cmake --build build/debug -j $(JOBS)

# Building runs the unit-test binaries (gtest discovery), so the sanitizer settings apply.
asan:
	$(call configure,build/asan,-DCMAKE_BUILD_TYPE=RelWithDebInfo -DBASTION_SANITIZE=ON -DCMAKE_CXX_COMPILER=$(ASAN_CXX))
	$(SANITIZER_ENV) cmake --build build/asan -j $(JOBS)

run: deps build
	build/release/bastion examples/tour.py

# The test driver builds each tree itself, so a build failure still ends in the summary line.
test: deps
	@MAKE="$(MAKE)" $(PYTHON) tools/test_all.py --jobs $(JOBS)

test-release: deps
	@MAKE="$(MAKE)" $(PYTHON) tools/test_all.py --jobs $(JOBS) --no-asan

test-asan: deps
	@MAKE="$(MAKE)" $(PYTHON) tools/test_all.py --jobs $(JOBS) --only-asan

fuzz:
	@JOBS=$(JOBS) $(SANITIZER_ENV) tools/fuzz_smoke.sh

bench: build
	$(PYTHON) bench/run.py build/release/bastion

clean:
	rm -rf build/release build/debug build/asan build/fuzz build/pgo build/pgo-profile
