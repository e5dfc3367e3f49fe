# tirbox — build, test, benchmark and install.
#
#   make deps      install the Debian packages that building, testing and benchmarking need
#   make           build ./tirbox
#   make check     every test, then again on an ASan+UBSan build
#   make bench     benchmarks, each as a ratio against the CPython/sympy reference
#   make demo      the main job on bundled sample data
#   make fuzz      every libFuzzer target for FUZZ_SECONDS of CPU time each (tests/fuzz/)
#   make sweep     the allocation-failure sweep over every golden test (tests/hardening/)
#   make soak      10^6 requests through one tirbox serve: nothing lost or duplicated, flat RSS
#   make install   PREFIX=/usr/local by default

PREFIX  ?= /usr/local
CC      ?= gcc
PYTHON  ?= python3

WARN    := -Wall -Wextra -Werror
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE $(WARN) -I. -fno-strict-aliasing
LDLIBS  := -lcalcium -lantic -lflint-arb -lflint -lmpfr -lgmp -lseccomp -lcjson -ledit -lm

ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
              -fno-omit-frame-pointer -DTIRBOX_ASAN=1

# Every .c under the code folders belongs to the program; runtime/main.c holds main().
SRCS    := $(shell find base protocol runtime solvers -name '*.c' 2>/dev/null | sort)
LIBSRCS := $(filter-out runtime/main.c,$(SRCS))
UNITS   := $(shell find tests/unit -name 'test_*.c' 2>/dev/null | sort)

OBJS      := $(SRCS:%.c=build/%.o)
LIBOBJS   := $(LIBSRCS:%.c=build/%.o)
ASANOBJS  := $(SRCS:%.c=build-asan/%.o)
ASANLIB   := $(LIBSRCS:%.c=build-asan/%.o)
UNITBINS  := $(UNITS:tests/unit/%.c=build/tests/unit/%)
ASANUNITS := $(UNITS:tests/unit/%.c=build-asan/tests/unit/%)

# Fuzz targets (tests/fuzz/fuzz_*.c): libFuzzer binaries built by clang with ASan+UBSan for
# `make fuzz`, and replay binaries (the same target, tests/fuzz/replay.c as main) for `make check`.
# The collector scans the C stack: ASan's fake stacks would hide locals from it, so they stay off.
# (libseccomp's SCMP_A0 macros leave a field to its default, which clang warns about; glibc's
# complex.h defines C11's CMPLX for gcc only, so clang gets it from its builtin.)
FUZZ_CC      := clang-14
FUZZ_FLAGS   := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
                -fsanitize-address-use-after-return=never -fno-omit-frame-pointer -DTIRBOX_ASAN=1 \
                -Wno-missing-field-initializers '-DCMPLX(x,y)=__builtin_complex((double)(x),(double)(y))'
FUZZ_SECONDS ?= 60
FUZZERS      := $(sort $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZOBJS     := $(LIBSRCS:%.c=build-fuzz/%.o) build-fuzz/tests/fuzz/harness.o
FUZZBINS     := $(FUZZERS:%=build-fuzz/fuzz_%)
REPLAYS      := $(FUZZERS:%=build/tests/fuzz/replay_%)
ASANREPLAYS  := $(FUZZERS:%=build-asan/tests/fuzz/replay_%)

DEBS := gcc make python3 libgmp-dev libmpfr-dev libflint-dev libflint-arb-dev libcalcium-dev \
        libantic-dev libseccomp-dev libcjson-dev libedit-dev groff-base valgrind clang-14 \
        libfuzzer-14-dev libclang-rt-14-dev hyperfine

.PHONY: all deps check check-fast check-asan bench demo install clean units fuzz sweep soak

all: tirbox

# Commands are shown as "CC file" unless V=1.
Q := $(if $(V),,@)

tirbox: $(OBJS)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

build/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC $<"
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

build-asan/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC [asan] $<"
	$(Q)$(CC) $(CFLAGS) $(ASAN_FLAGS) -MMD -MP -c -o $@ $<

build-asan/tirbox: $(ASANOBJS)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) $(ASAN_FLAGS) -o $@ $(ASANOBJS) $(LDLIBS)

build/tests/unit/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) -MMD -MP -o $@ $< $(LIBOBJS) $(LDLIBS)

build-asan/tests/unit/%: tests/unit/%.c $(ASANLIB)
	@mkdir -p $(dir $@)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) $(ASAN_FLAGS) -MMD -MP -o $@ $< $(ASANLIB) $(LDLIBS)

units: $(UNITBINS)

build/tests/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/harness.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) -MMD -MP -o $@ $^ $(LDLIBS)

build-asan/tests/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/harness.c $(ASANLIB)
	@mkdir -p $(dir $@)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) $(ASAN_FLAGS) -MMD -MP -o $@ $^ $(LDLIBS)

build-fuzz/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC [fuzz] $<"
	$(Q)$(FUZZ_CC) $(CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

.SECONDARY: $(FUZZOBJS) $(FUZZERS:%=build-fuzz/tests/fuzz/fuzz_%.o)

build-fuzz/fuzz_%: build-fuzz/tests/fuzz/fuzz_%.o $(FUZZOBJS)
	@echo "LINK $@"
	$(Q)$(FUZZ_CC) $(CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

# The allocation-failure sweep: the sanitizer build with the heap and the library allocators
# compiled for fault injection (-DTIRBOX_FAULT, base/mem.h); the shipped objects never are.
SWEEP_RUNS ?= 400
FAULTOBJS  := build-fault/base/gc.o build-fault/base/mem.o
OOMSWEEP   := build-asan/tests/hardening/oomsweep

build-fault/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC [fault] $<"
	$(Q)$(CC) $(CFLAGS) $(ASAN_FLAGS) -DTIRBOX_FAULT=1 -MMD -MP -c -o $@ $<

$(OOMSWEEP): tests/hardening/oomsweep.c $(FAULTOBJS) $(filter-out build-asan/base/gc.o build-asan/base/mem.o,$(ASANLIB))
	@mkdir -p $(dir $@)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS) $(ASAN_FLAGS) -DTIRBOX_FAULT=1 -MMD -MP -o $@ $^ $(LDLIBS)

sweep: $(OOMSWEEP)
	ASAN_OPTIONS=detect_leaks=0 $(OOMSWEEP) --max-runs $(SWEEP_RUNS) $(sort $(wildcard tests/golden/*/*.py))

SOAK_REQUESTS ?= 1000000

soak: tirbox
	$(PYTHON) tests/hardening/soak.py --requests $(SOAK_REQUESTS) --tirbox ./tirbox

# Each target in turn, niced, for FUZZ_SECONDS of CPU time, from seeds made out of the test data;
# new crash inputs land in build-fuzz/crashes/ (keep each, fixed, in tests/fuzz/crashes/).
fuzz: $(FUZZBINS)
	$(PYTHON) tests/fuzz/run --seconds $(FUZZ_SECONDS) $(FUZZERS)

# Installs only what is missing; sudo only when not root.
deps:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing || \
	  { $$SUDO apt-get update && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; }; \
	else echo "all build, test and bench packages are present"; fi

# The whole suite on the optimised build, then on the sanitizer build.
check: check-fast check-asan

check-fast: tirbox $(UNITBINS) $(REPLAYS)
	$(PYTHON) tests/run --tirbox ./tirbox --units build/tests/unit

check-asan: build-asan/tirbox $(ASANUNITS) $(ASANREPLAYS) $(OOMSWEEP)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  $(PYTHON) tests/run --tirbox ./build-asan/tirbox --units build-asan/tests/unit --sanitizer

bench: tirbox
	$(PYTHON) tests/bench/run --tirbox ./tirbox

# Replays ToRA's released GSM8K completions: ToRA's grading rules (its published 84.3 and 80.7)
# with every recorded program re-run in the sandbox, then tirbox's own grader.
demo: tirbox
	@for m in tora-70b tora-code-34b; do \
	  echo "== $$m on GSM8K (ToRA reports: $$(sed -n 's/.*\[\(.*\)\].*/\1/p' examples/data/$$m-gsm8k.metrics))"; \
	  ./tirbox grade examples/data/$$m-gsm8k.jsonl --tora --execute | grep -E '^(accuracy|execute):' | \
	    sed 's/^accuracy/  ToRA rules:   accuracy/; s/^execute/  re-run:       execute/'; \
	  ./tirbox grade examples/data/$$m-gsm8k.jsonl | tail -n 1 | sed 's/^/  tirbox rules: /'; \
	done

install: tirbox
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 tirbox $(DESTDIR)$(PREFIX)/bin/tirbox
	install -m 644 tirbox.1 $(DESTDIR)$(PREFIX)/share/man/man1/tirbox.1

clean:
	rm -rf build build-asan build-fuzz build-fault tirbox

-include $(OBJS:.o=.d) $(ASANOBJS:.o=.d) $(UNITBINS:=.d) $(ASANUNITS:=.d) $(FUZZOBJS:.o=.d) \
         $(REPLAYS:=.d) $(ASANREPLAYS:=.d) $(FUZZERS:%=build-fuzz/tests/fuzz/fuzz_%.d) $(FAULTOBJS:.o=.d) \
         $(OOMSWEEP).d
