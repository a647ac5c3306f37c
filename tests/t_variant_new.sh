#!/bin/sh
# t_variant_new.sh - the varied exercises of lessons 15, 16 and 17 over
# a handful of seeds: the numbers of each variant are read off its sheet
# (nabla sheet --seed S, the prompts and options), every answer is
# worked out here from them with awk (the heavy-ball and Adam rules
# iterated, the loss summed over the rows of the table, second
# derivatives by central differences, runs simulated to see which
# converge), and
#   - played in line mode with --seed S, each answer is right at the
#     first try;
#   - an answer of the next seed, where it differs, is wrong in seed S's
#     lesson (then the own answer is taken), and graded in a batch
#     against seed S's sheet it is wrong, some with the note "another
#     variant" (the grader names it where that variant is a student
#     of the batch and the answer is within 1% of its answer), while
#     the own answers are all right;
#   - the lessons lint clean (200 seeds of each varied exercise).
# Exercises on the lessons' worked examples do not vary; their answers
# are worked here too (0.16, 26/3, the gradient of the mean, the
# Hessians diag(8, 18) and diag(8, 2)).  Prints TAP.

srcdir=${srcdir:-.}
. "${srcdir:-.}/tests/cli_lib.sh"
nabla=$NABLA
private_state
unset NABLA_SEED
COLUMNS=1000
export COLUMNS

seeds="1 2 3 5 8 13 21 34"
echo "# seeds: $seeds (each against the next in the list, 34 against 55)"

# ex ID: the text of exercise ID of $tmp/sheet, on one line.
ex() {
	awk -v id="$1" '/^Exercise [0-9]+ \(/ { on = index($0, "(" id ")") > 0; next }
	    on && /^Answer:/ { on = 0 }
	    on { printf "%s ", $0 }' "$tmp/sheet" | tr -s ' '
}

# num TEXT SED-EXPRESSION: what the expression keeps of the text.
num() {
	printf '%s\n' "$1" | sed -n "s/$2/\\1/p"
}

# letter TEXT OPTION-TEXT: the letter the sheet shows before an option.
letter() {
	printf '%s\n' "$1" | sed -n "s/.* \\([a-c]\\)) $2.*/\\1/p" | sed 1q
}

# heavy C A0 G B STEPS: a_STEPS of heavy-ball momentum on C x^2 from A0
# (a_-1 = a_0), the update a + beta (a - a_prev) - gamma f'(a).
heavy() {
	awk -v c="$1" -v a="$2" -v g="$3" -v b="$4" -v k="$5" 'BEGIN {
		p = a
		for (i = 0; i < k; i++) { n = a - g * 2 * c * a + b * (a - p); p = a; a = n }
		printf "%.10g\n", a }'
}

# settles C G B: 0 when heavy-ball (B = 0: plain descent) on C x^2 from
# 1 is below 1e-6 after 5000 steps, 1 when it is not (or passes 1e6).
settles() {
	awk -v c="$1" -v g="$2" -v b="$3" 'BEGIN {
		a = p = 1
		for (i = 0; i < 5000 && a < 1e6 && a > -1e6; i++) {
			n = a - g * 2 * c * a + b * (a - p); p = a; a = n }
		exit !(a < 1e-6 && a > -1e-6) }'
}

# answers15, answers16, answers17: the answers of the lesson whose sheet
# is in $tmp/sheet, one a line, in the order of the lesson; a line
# "?" where the sheet could not be read.
answers15() {
	heavy 2 1 0.1 0.5 2	# the text's run: 2x^2 from 1, 0.1, 0.5
	t=$(ex momentum-steps)
	set -- $(num "$t" ".*f(x) = \([0-9.]*\)x^2, so .*")
	c=${1:-?}
	a0=$(num "$t" ".* a_0 = \([-0-9.]*\), gamma.*")
	g=$(num "$t" ".* gamma = \([0-9.]*\) and beta.*")
	b=$(num "$t" ".* beta = \([0-9.]*\)\. Take two.*")
	[ -n "$a0" ] && [ -n "$g" ] && [ -n "$b" ] && heavy "$c" "$a0" "$g" "$b" 2 || echo "?"
	# plain descent on C x^2: x <- (1 - 2 C gamma) x, stable for
	# |1 - 2 C gamma| < 1, below 2/(2C); momentum: below 2 (1 + beta)/(2C)
	c=$(num "$(ex gd-limit)" "^For f(x) = \([0-9.]*\)x^2, below.*")
	[ -n "$c" ] && awk -v c="$c" 'BEGIN { printf "%.10g\n", 2 / (2 * c) }' || echo "?"
	t=$(ex momentum-limit)
	b=$(num "$t" ".*beta = \([0-9.]*\) on f.*")
	c=$(num "$t" ".* on f(x) = \([0-9.]*\)x^2\. Below.*")
	[ -n "$b" ] && [ -n "$c" ] && awk -v c="$c" -v b="$b" 'BEGIN { printf "%.10g\n", 2 * (1 + b) / (2 * c) }' || echo "?"
	echo "$c $b" >"$tmp/mlimit"
	# which run converges: each simulated
	t=$(ex which-converges)
	c=$(num "$t" "^Take f(x) = \([0-9.]*\)x^2\..*")
	l=""
	for o in a b c; do
		g=$(num "$t" ".* $o) [a-z ]*with gamma = \([0-9.]*\).*")
		b=$(num "$t" ".* $o) momentum with gamma = [0-9.]*, beta = \([0-9.]*\).*")
		settles "$c" "$g" "${b:-0}" && l="$l$o"
	done
	[ ${#l} -eq 1 ] && echo "$l" || echo "?"
	# Adam's first step, bias-corrected
	t=$(ex adam-first)
	c=$(num "$t" "^Adam on f(x) = \([0-9.]*\)x^2 .*")
	a0=$(num "$t" ".* from a_0 = \([-0-9.]*\) with.*")
	g=$(num "$t" ".* with gamma = \([0-9.]*\) and the usual.*")
	[ -n "$c" ] && [ -n "$a0" ] && [ -n "$g" ] &&
	    awk -v c="$c" -v a="$a0" -v g="$g" 'BEGIN { d = 2 * c * a
		m = 0.1 * d; v = 0.001 * d * d; M = m / (1 - 0.9); V = v / (1 - 0.999)
		printf "%.10g\n", a - g * M / (sqrt(V) + 1e-8) }' || echo "?"
}

# the table of lesson 16, and L(w, b) = mean((w x + b - y)^2) over it
rows="0 1 1 3 2 4"
answers16() {
	awk -v r="$rows" 'BEGIN { n = split(r, v, " ")
		for (i = 1; i < n; i += 2) s += v[i + 1] ^ 2
		printf "%.10g\n", s / (n / 2) }'
	# the gradient of the mean: (2/n) (sum x^2 w + sum x b - sum x y,
	# sum x w + n b - sum y)
	awk -v r="$rows" 'BEGIN { n = split(r, v, " "); m = n / 2
		for (i = 1; i < n; i += 2) { xx += v[i] ^ 2; x += v[i]; xy += v[i] * v[i + 1]; y += v[i + 1] }
		printf "(2/%d)*(%g*w + %g*b - %g), (2/%d)*(%g*w + %g*b - %g)\n", m, xx, x, xy, m, x, m, y }'
	t=$(ex one-row)
	set -- $(num "$t" ".* (x, y) = (\([-0-9.]*, [-0-9.]*\))\..*" | tr -d ,) \
	    $(num "$t" ".* at (w, b) = (\([-0-9.]*, [-0-9.]*\))?.*" | tr -d ,)
	[ $# -eq 4 ] && awk -v x="$1" -v y="$2" -v w="$3" -v b="$4" 'BEGIN {
		r = w * x + b - y; printf "%.10g, %.10g\n", 2 * r * x + 0, 2 * r }' || echo "?"
	t=$(ex noise)
	set -- $(num "$t" ".*from \([0-9]* to [0-9]*\) rows.*" | sed 's/ to / /')
	[ $# -eq 2 ] && awk -v p="$1" -v q="$2" 'BEGIN { printf "%.10g\n", sqrt(q / p) }' || echo "?"
	t=$(ex full-batch)
	set -- $(num "$t" ".*step from (\([-0-9.]*, [-0-9.]*\)) with.*" | tr -d ,) \
	    $(num "$t" ".* with gamma = \([0-9.]*\)\..*")
	[ $# -eq 3 ] && awk -v r="$rows" -v w="$1" -v b="$2" -v g="$3" 'BEGIN {
		n = split(r, v, " "); m = n / 2
		for (i = 1; i < n; i += 2) { e = w * v[i] + b - v[i + 1]; gw += 2 * e * v[i] / m; gb += 2 * e / m }
		printf "(%.10g, %.10g)\n", w - g * gw, b - g * gb }' || echo "?"
	letter "$(ex noise-ball)" "they jitter in a smaller region" | grep . || echo "?"
}

# d2 EXPR-OF-t: the second derivative at t = 0 by central differences
d2() {
	awk "function f(t) { return $1 }"' BEGIN { h = 1e-3
		printf "%.4g\n", (f(h) - 2 * f(0) + f(-h)) / (h * h) }'
}

answers17() {
	t=$(ex halfway)
	set -- $(num "$t" ".*theta^\* = (\([-0-9.]*, [-0-9.]*\))\..*" | tr -d ,) \
	    $(num "$t" ".* at alpha = \([-0-9.]*\)?.*")
	# the loss of the network (w1 w2 - 1)^2 at alpha theta^*
	[ $# -eq 3 ] && awk -v p="$1" -v q="$2" -v a="$3" 'BEGIN {
		printf "%.10g\n", (a * p * a * q - 1) ^ 2 }' || echo "?"
	t=$(ex raw-slice)
	set -- $(num "$t" ".*at the minimum (\([-0-9.]*, [-0-9.]*\))\..*" | tr -d ,)
	[ $# -eq 2 ] && d2 "($1 * ($2 + t) - 1) ^ 2" || echo "?"
	t=$(ex normalized-slice)
	set -- $(num "$t" ".*weights are (\([0-9.]* + [0-9.]* alpha, [0-9.]*\) + .*" |
	    sed 's/ + [0-9.]* alpha,//')
	[ $# -eq 2 ] && d2 "($1 * (1 + t) * $2 * (1 + t) - 1) ^ 2" || echo "?"
	# (x^2 - 1)^2 + (2 + x)^2 y^2 on y = 0: diag(12x^2 - 4, 2 (2 + x)^2)
	echo "8, 18"
	echo "2, 8"
	# sharper: the larger lambda_max of (x^2 - 1)^2 + (c + x)^2 y^2 at
	# (1, 0) and (-1, 0); its option names the bound 2/lambda_max
	t=$(ex sharper)
	c=$(num "$t" ".*(x^2 - 1)^2 + (\([-0-9.]*\) + x)^2 y^2.*")
	set -- $(awk -v c="$c" 'BEGIN { for (s = -1; s <= 1; s += 2) {
		l = 2 * (c + s) ^ 2; if (l < 8) l = 8
		if (l > best) { best = l; at = s } }
		printf "%d %.10g\n", at, 2 / best }')
	for o in a b c; do
		k=$(num "$t" ".* $o) ($1, 0); only gamma < 1\/\([0-9]*\).*")
		[ -n "$k" ] && awk -v k="$k" -v w="$2" 'BEGIN { d = 1 / k - w; exit !(d < 1e-9 && d > -1e-9) }' &&
		    l=$o
	done
	echo "${l:-?}"
	l=""
}

# Each lesson, each seed: the answers worked here, then the game.
tsv=$tmp/batch.tsv
: >"$tsv"
for lesson in momentum-adam stochastic-gradients network-landscape; do
	case $lesson in
	momentum-adam) fn=answers15 ;;
	stochastic-gradients) fn=answers16 ;;
	*) fn=answers17 ;;
	esac
	for s in $seeds 55; do
		"$nabla" sheet "$lesson" --seed $s --ascii >"$tmp/sheet" 2>&1
		$fn >"$tmp/$lesson.$s"
		"$nabla" sheet "$lesson" --seed $s | sed -n 's/^Exercise [0-9]* (\(.*\)):.*/\1/p' \
		    >"$tmp/$lesson.ids"
	done
	bad=0
	for s in $seeds; do
		! grep -qx '?' "$tmp/$lesson.$s" || { bad=1; echo "# $lesson seed $s: a sheet not read"; sed 's/^/#   /' "$tmp/$lesson.$s"; }
	done
	[ $bad -eq 0 ]
	ok $? "$lesson: every answer of seeds $seeds worked out from its sheet"
	if [ "$lesson" = momentum-adam ]; then
		bad=0
		for s in $seeds; do
			"$nabla" sheet "$lesson" --seed $s --ascii >"$tmp/sheet" 2>&1
			answers15 >/dev/null
			set -- $(cat "$tmp/mlimit")
			w=$(sed -n 4p "$tmp/$lesson.$s")
			g1=$(awk -v w="$w" 'BEGIN { print 0.98 * w }')
			g2=$(awk -v w="$w" 'BEGIN { print 1.02 * w }')
			settles "$1" "$g1" "$2" && ! settles "$1" "$g2" "$2" ||
			    { bad=1; echo "# seed $s: c $1, beta $2, bound $w"; }
		done
		[ $bad -eq 0 ]
		ok $? "momentum-adam: heavy-ball settles at 0.98 of each seed's bound, not at 1.02"
	fi

	bad=0
	ndiff=0
	prev=""
	for s in $seeds 55; do
		[ -n "$prev" ] || { prev=$s; continue; }
		# own answers right at the first try
		XDG_STATE_HOME=$tmp/state.own.$prev "$nabla" learn "$lesson" \
		    --plain --seed $prev <"$tmp/$lesson.$prev" >"$tmp/out" 2>&1
		tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q \
		    'You answered 6 of 6 exercises right, 6 at the first try' ||
		    { bad=1; echo "# $lesson seed $prev: own answers"; grep -B4 -A3 '^Not right\|^That\|could not' "$tmp/out" | sed 's/^/#   /' | head -20; }
		# the next seed's answers first where they differ: wrong,
		# then the own answer is right
		paste -d '\n' "$tmp/$lesson.$s" "$tmp/$lesson.$prev" |
		    awk 'NR % 2 { o = $0; next } { if (o != $0) print o; print }' \
		    >"$tmp/in"
		same=$(awk 'NR == FNR { a[FNR] = $0; next } a[FNR] == $0 { n++ }
		    END { print n + 0 }' "$tmp/$lesson.$s" "$tmp/$lesson.$prev")
		ndiff=$((ndiff + 6 - same))
		XDG_STATE_HOME=$tmp/state.copy.$prev "$nabla" learn "$lesson" \
		    --plain --seed $prev <"$tmp/in" >"$tmp/out" 2>&1
		tr '\n' ' ' <"$tmp/out" | tr -s ' ' | grep -q \
		    "You answered 6 of 6 exercises right, $same at the first try" ||
		    { bad=1; echo "# $lesson seed $prev with seed $s's answers ($same the same):"; grep -v '^ \|^$' "$tmp/out" | sed -n '/^Step 3 of/,$p' | sed 's/^/#   /' | head -60; }
		# the batch: own answers, and the next seed's answers
		paste "$tmp/$lesson.ids" "$tmp/$lesson.$prev" |
		    awk -F '\t' -v s=$prev -v l=$lesson '{ print "own" s "\t" $1 "\t" $2 "\t" s }' >>"$tsv.$lesson"
		paste "$tmp/$lesson.ids" "$tmp/$lesson.$s" "$tmp/$lesson.$prev" |
		    awk -F '\t' -v s=$prev '$2 != $3 { print "copy" s "\t" $1 "\t" $2 "\t" s }' >>"$tsv.$lesson"
		prev=$s
	done
	[ $bad -eq 0 ] && [ $ndiff -ge 16 ]
	ok $? "$lesson: line mode takes each seed's answers and refuses the next seed's ($ndiff differ)"
	# the next seed's own answers are in the batch too (seed 55 is not
	# among the students: those are left out)
	"$nabla" check --batch "$tsv.$lesson" --questions "$lesson" \
	    >"$tmp/graded" 2>&1
	nown=$(grep -c '^own' "$tsv.$lesson")
	rown=$(awk -F '\t' '$2 ~ /^own/ && $5 == "right"' "$tmp/graded" | wc -l)
	[ "$nown" -eq "$rown" ] && [ "$nown" -eq 48 ]
	ok $? "$lesson: batch: $rown of $nown own answers right (8 seeds, 6 each)"
	[ "$rown" -eq "$nown" ] || awk -F '\t' '$2 ~ /^own/ && $5 != "right"' "$tmp/graded" | sed 's/^/# /'
	ncopy=$(grep -c '^copy' "$tsv.$lesson")
	wcopy=$(awk -F '\t' '$2 ~ /^copy/ && $5 == "wrong"' "$tmp/graded" | wc -l)
	[ "$ncopy" -gt 0 ] && [ "$ncopy" -eq "$wcopy" ]
	ok $? "$lesson: batch: the $ncopy answers of a neighbour's variant are all wrong"
	[ "$ncopy" -eq "$wcopy" ] || awk -F '\t' '$2 ~ /^copy/ && $5 != "wrong"' "$tmp/graded" | sed 's/^/# /'
	nnote=$(awk -F '\t' '$2 ~ /^copy/ && /another variant/' "$tmp/graded" | wc -l)
	echo "# $lesson: $nnote of $wcopy copied answers named as another variant"
	[ "$nnote" -gt 0 ]
	ok $? "$lesson: batch: copied answers are named as another variant's"
done

"$nabla" lint --strict "$srcdir"/lessons/15-*.lesson "$srcdir"/lessons/16-*.lesson \
    "$srcdir"/lessons/17-*.lesson >"$tmp/out" 2>&1
ok $? "lessons 15-17 lint clean, 200 seeds of each varied exercise"
[ "$(grep -c ': ok (' "$tmp/out")" -eq 3 ]
ok $? "three lessons checked"
[ "$(cat "$srcdir"/lessons/1[567]-*.lesson | grep -c '^vary:')" -ge 12 ]
ok $? "at least 12 exercises of lessons 15-17 vary"

tap_plan
exit $failed
