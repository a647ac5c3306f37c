#!/bin/sh
# bench_limits.sh - how long the refusals of doc/LIMITS.md take (wall
# clock, on this machine, now).  `make bench` runs it; tests/t_limits.sh
# checks what is refused and why, never how fast.
: "${NABLA:=./nabla}"

# secs ARGS...: run nabla ARGS, print the seconds it took (3 decimals).
secs() {
	t0=$(date +%s.%N)
	"$NABLA" "$@" >/dev/null 2>&1
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

prod() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "%s(x+%d)", (i > 1 ? "*" : ""), i }'; }
tower() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "%s", (i > 1 ? "^x" : "x") }'; }

printf '%-46s %8s\n' "refusal" "seconds"
printf '%-46s %8s\n' "diff of a product of 1000 sums" "$(secs diff "$(prod 1000)" x)"
printf '%-46s %8s\n' "diff of a tower of 80 x's" "$(secs diff "$(tower 80)" x)"
printf '%-46s %8s\n' "diff of a tower of 130 x's" "$(secs diff "$(tower 130)" x)"
printf '%-46s %8s\n' "critical of a tower of 100 x's" "$(secs critical "$(tower 100)")"
printf '%-46s %8s\n' "descent on a tower of 100 x's" \
    "$(secs descent "$(tower 100)" --from 1 --rate 0.1 --steps 2)"
