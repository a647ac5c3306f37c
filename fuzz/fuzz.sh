#!/bin/sh
# fuzz.sh - build the fuzz targets with clang and libFuzzer, and run them.
#
# `make fuzz` calls this from the top build directory:
#
#	fuzz.sh SRCDIR SECONDS "TARGETS" "LIBS" SOURCE...
#
# SOURCE... are the C files of libcore, libplot and liblesson (relative to SRCDIR, or to the
# build directory for generated ones); those of src/ui/ are left out, as
# no target uses the front ends.  They are compiled once into
# fuzz-build/obj/ with $FUZZ_CC (clang) and the sanitizers (again only
# when changed), each target fuzz/TARGET.c is linked with libFuzzer, and
# then run for SECONDS seconds each, one after another, starting from the
# seed corpus $SRCDIR/tests/fuzz-corpus/TARGET/.  New inputs go to
# fuzz-build/corpus/TARGET/, crashes, leaks, hangs and memory blow-ups to
# fuzz-build/crashes/TARGET/.  The exit status is 1 when anything was
# found: add the file to the seed corpus (it becomes a regression test in
# `make check`), fix the bug, and run again.
#
# Environment: FUZZ_CC (clang), FUZZ_CFLAGS (the sanitizers and -O1 -g),
# FUZZ_O0 (sources compiled at -O0 instead: by default src/core/compile.c,
# whose threaded dispatch, computed gotos in compile_run.h included four
# times, clang 14 did not finish compiling in 11 minutes at -O1 with the
# sanitizers; at -O0 it takes seconds), FUZZ_OPTIONS (more libFuzzer
# options, such as -jobs=2 or -dict=FILE).
set -u

srcdir=$1 seconds=$2 targets=$3 libs=$4
shift 4
cc=${FUZZ_CC:-clang}
cflags=${FUZZ_CFLAGS:--g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all}
out=fuzz-build
slow=${FUZZ_O0-src/core/compile.c}

if ! command -v "$cc" >/dev/null 2>&1; then
	echo "make fuzz: $cc not found (Debian: apt-get install clang libclang-rt-dev)" >&2
	exit 2
fi
mkdir -p "$out/obj" || exit 2

# ---- build -----------------------------------------------------------------
cppflags="-DHAVE_CONFIG_H -I. -I$srcdir/src -I$srcdir/fuzz"
objs=
status=0
for src in "$@"; do
	# the targets use the layers below the front ends only
	case $src in src/ui/*|src/main.c) continue ;; *.c) ;; *) continue ;; esac
	if [ -f "$src" ]; then path=$src; else path=$srcdir/$src; fi
	obj=$out/obj/$(echo "$src" | sed 's|/|_|g; s|\.c$|.o|')
	objs="$objs $obj"
	# headers change rarely: rebuild everything when one is newer
	if [ ! -f "$obj" ] || [ "$path" -nt "$obj" ] || [ config.h -nt "$obj" ] ||
	    [ -n "$(find "$srcdir/src" -name '*.h' -newer "$obj" 2>/dev/null |
	    head -n 1)" ]; then
		flags=$cflags note=
		case " $slow " in
		*" $src "*)
			flags=$(echo "$cflags" | sed 's/-O[0-9sgz]*/-O0/g')
			note=" (-O0: FUZZ_O0)" ;;
		esac
		echo "  CC(fuzz) $src$note"
		$cc $cppflags $flags -fsanitize=fuzzer-no-link -std=c11 \
		    -c "$path" -o "$obj" || status=2
	fi
done
[ "$status" -eq 0 ] || exit 2
rm -f "$out/libnabla-fuzz.a"
ar cr "$out/libnabla-fuzz.a" $objs || exit 2
for t in $targets; do
	echo "  CCLD(fuzz) $out/$t"
	$cc $cppflags $cflags -fsanitize=fuzzer -std=c11 \
	    "$srcdir/fuzz/$t.c" "$out/libnabla-fuzz.a" $libs \
	    -o "$out/$t" || exit 2
done
[ "$seconds" -gt 0 ] || exit 0

# ---- run -------------------------------------------------------------------
found=
for t in $targets; do
	# a lesson or a batch line may search for critical points, which
	# takes seconds under the sanitizers with many variables
	case $t in
	fuzz_lesson) maxlen=16384 timeout=30 ;;
	# (60 s: the hardest batch lines within their bounds take 8 s of
	# CPU with the sanitizers and compile.c at -O0, and libFuzzer's
	# timeout is wall-clock time, three times that on a loaded machine)
	fuzz_batch) maxlen=4096 timeout=60 ;;
	# (30 s: a function over a table can be slow without hanging, as
	# regress-slow-unit-0891c3ae75, 0.53 s of CPU with the sanitizers,
	# took 13 s of wall-clock time at a load of 18 and stopped the
	# 10-minute run after 110 s with a 10 s timeout)
	fuzz_data) maxlen=8192 timeout=30 ;;
	*) maxlen=1024 timeout=10 ;;
	esac
	mkdir -p "$out/corpus/$t" "$out/crashes/$t"
	before=$(ls "$out/crashes/$t" | wc -l)
	echo "== $t: $seconds s"
	# shellcheck disable=SC2086
	# a smaller quarantine: the engine allocates and frees a lot, and
	# the default (256 MB) alone approaches the memory limit
	ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=64} \
	"./$out/$t" -max_total_time="$seconds" -timeout=$timeout \
	    -rss_limit_mb=2048 -max_len=$maxlen -print_final_stats=1 \
	    -artifact_prefix="$out/crashes/$t/" ${FUZZ_OPTIONS:-} \
	    "$out/corpus/$t" "$srcdir/tests/fuzz-corpus/$t" \
	    >"$out/$t.log" 2>&1
	grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' \
	    "$out/$t.log" | sed 's/^stat::/   /'
	if [ "$(ls "$out/crashes/$t" | wc -l)" -gt "$before" ]; then
		echo "   FOUND: $(ls -t "$out/crashes/$t" | head -n 1) (see $out/$t.log)"
		found="$found $t"
	fi
done
if [ -n "$found" ]; then
	echo "make fuzz: inputs that break$found are in $out/crashes/"
	exit 1
fi
echo "make fuzz: nothing found"
exit 0
