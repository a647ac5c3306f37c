# tap.sh - the Test Anything Protocol helper every shell test sources:
#
#   . "${srcdir:-.}/tests/tap.sh"
#   tap_on_fail() { sed 's/^/# /' "$tmp/err"; }	# optional
#   ok STATUS DESCRIPTION
#   tap_skip WHY [COUNT]	# COUNT (1) results skipped, WHY said
#   ...
#   tap_plan		# prints 1..N (or print the plan first yourself)
#   loc=$(first_locale C.UTF-8 de_DE.UTF-8)	# the first one installed
#   exit $failed
#
# ok prints "ok N - DESCRIPTION" when STATUS is 0 and "not ok N -
# DESCRIPTION" otherwise, then calls tap_on_fail, which a script may
# redefine to show what it has (its output, the screen).  $n counts the
# tests and $failed becomes 1 after the first failure.
n=0
failed=0

# first_locale NAME...: the first of the locales named that is
# installed (empty when none is)
first_locale() {
	for _l in "$@"; do
		if locale -a 2>/dev/null | grep -qx "$_l"; then
			echo "$_l"
			return
		fi
	done
}

# What to show after a failure: nothing unless the script says.
tap_on_fail() {
	:
}

# ok STATUS DESCRIPTION: one TAP line.
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=1
		tap_on_fail
	fi
}

# tap_skip WHY [COUNT]: COUNT (default 1) skipped results, "ok N # SKIP
# WHY" each, for tests that cannot run here.
tap_skip() {
	_skip=${2:-1}
	while [ "$_skip" -gt 0 ]; do
		n=$((n + 1))
		echo "ok $n # SKIP $1"
		_skip=$((_skip - 1))
	done
}

# tap_plan: the plan for the tests run so far.
tap_plan() {
	echo "1..$n"
}
