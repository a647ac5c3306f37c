#!/bin/sh
# t_course.sh - where lessons are found, in temporary directories: the
# installed course ($NABLA_DATADIR/lessons standing in for
# $(pkgdatadir)/lessons) before the built-in one, lessons under
# $XDG_DATA_DIRS, and the order of strength of every source (library.h):
# --lessons DIR, $NABLA_LESSONS, $XDG_DATA_HOME, $XDG_DATA_DIRS, the
# installed course, the built-in course.  Prints TAP.
#
# Expected titles and counts come from the files this test writes and
# from the lesson files of the source tree.

. "${srcdir:-.}/tests/cli_lib.sh"
lessons=${srcdir:-.}/lessons
unset NABLA_LESSONS
HOME=$tmp/home
XDG_DATA_HOME=$tmp/home/data
XDG_STATE_HOME=$tmp/home/state
export HOME XDG_DATA_HOME XDG_STATE_HOME

# lesson DIR ID TITLE: write a small valid lesson DIR/ID.lesson.
lesson() {
	mkdir -p "$1"
	cat >"$1/$2.lesson" <<EOF
id: $2
title: $3
summary: A lesson written by t_course.sh.

--- exercise: value
prompt: What is the slope of \$f(x) = x^2\$ at \$x = 3\$?
function: x^2
ask: partial x
at: 3
answer: 6
EOF
}

# title ID: the title nabla lessons shows for the lesson ID (from $tmp/out).
title() {
	awk -v id="$1" '$0 ~ /^ *[0-9]+  / {
		line = $0; sub(/  \(.*\)$/, "", line)
		if (line ~ ("  " id "$")) {
			sub(/^ *[0-9]+  /, "", line)
			sub(/  .*/, "", line); print line
		}
	}' "$tmp/out"
}

# count: the number of lessons listed in $tmp/out.
count() {
	grep -c '^ *[0-9][0-9]*  ' "$tmp/out"
}

nbuiltin=$(ls "$lessons"/*.lesson | wc -l)

# Without an installed course: the built-in one.
NABLA_DATADIR= run lessons
ok $? "NABLA_DATADIR empty: nabla lessons runs"
[ "$(count)" -eq "$nbuiltin" ]
ok $? "NABLA_DATADIR empty: the $nbuiltin lessons of the built-in course"
mkdir -p "$tmp/empty/lessons"
NABLA_DATADIR=$tmp/empty run lessons
[ "$(count)" -eq "$nbuiltin" ]
ok $? "an installed course folder without lessons: the built-in course"
NABLA_DATADIR=$tmp/none run lessons
[ "$(count)" -eq "$nbuiltin" ]
ok $? "no installed course folder: the built-in course"

# An installed course of two lessons, one of them edited by a sysadmin.
mkdir -p "$tmp/inst/lessons"
cp "$lessons/01-partial-derivatives.lesson" "$lessons/02-gradient.lesson" \
	"$tmp/inst/lessons/"
sed 's/^title: .*/title: Partials as our lab teaches them/' \
	"$lessons/01-partial-derivatives.lesson" \
	>"$tmp/inst/lessons/01-partial-derivatives.lesson"
NABLA_DATADIR=$tmp/inst
export NABLA_DATADIR
run lessons
[ "$(title partial-derivatives)" = "Partials as our lab teaches them" ]
ok $? "the edit of the installed lesson is what nabla lists"
[ "$(count)" -eq 2 ]
ok $? "the installed course replaces the built-in one (2 lessons)"
! grep -q "$tmp/inst" "$tmp/out"
ok $? "lessons of the installed course are listed without their path"
printf '' | "$NABLA" learn partial-derivatives --plain >"$tmp/out" 2>"$tmp/err"
grep -q '^Lesson 1 · Partials as our lab teaches them$' "$tmp/out"
ok $? "learn takes the edited installed lesson"
"$NABLA" lint >"$tmp/out" 2>"$tmp/err"
ok $? "nabla lint passes with the installed course"

# A broken installed lesson is left out and reported.
printf 'id: broken\ntitle: Broken\n--- exercise: value\nask: nonsense\n' \
	>"$tmp/inst/lessons/99-broken.lesson"
run lessons
grep -q "99-broken.lesson has" "$tmp/err" && [ "$(count)" -eq 2 ]
ok $? "a broken installed lesson is left out with a message"
rm -f "$tmp/inst/lessons/99-broken.lesson"

# $XDG_DATA_DIRS: lessons of a lab, the first directory winning.
lesson "$tmp/sys1/nabla/lessons" lab-bowl "Bowl from the first"
lesson "$tmp/sys2/nabla/lessons" lab-bowl "Bowl from the second"
lesson "$tmp/sys2/nabla/lessons" lab-saddle "Saddle of the lab"
XDG_DATA_DIRS=$tmp/sys1:$tmp/sys2
export XDG_DATA_DIRS
run lessons
[ "$(title lab-saddle)" = "Saddle of the lab" ]
ok $? "a lesson in \$XDG_DATA_DIRS/nabla/lessons is listed"
grep -q "lab-saddle  ($tmp/sys2/nabla/lessons/lab-saddle.lesson)" "$tmp/out"
ok $? "with the file it comes from"
[ "$(title lab-bowl)" = "Bowl from the first" ]
ok $? "the first directory of \$XDG_DATA_DIRS wins"
[ "$(count)" -eq 4 ]
ok $? "installed course and lab lessons together (4)"

# Relative entries of $XDG_DATA_DIRS are ignored (XDG specification).
(cd "$tmp" && XDG_DATA_DIRS=sys2 "$NABLA" lessons) >"$tmp/out" 2>&1
[ -z "$(title lab-saddle)" ]
ok $? "a relative directory in \$XDG_DATA_DIRS is ignored"

# The installed course keeps its ids: a lab's lesson with one is left
# out, with a note naming its file.
lesson "$tmp/sys1/nabla/lessons" gradient "Gradient of the lab"
run lessons
[ "$(title gradient)" != "Gradient of the lab" ] &&
    grep -q "^nabla lessons: $tmp/sys1/nabla/lessons/gradient.lesson:[0-9]*: lesson \
gradient was left out" "$tmp/err"
ok $? "the installed course keeps its id against \$XDG_DATA_DIRS"
rm -f "$tmp/sys1/nabla/lessons/gradient.lesson"
# Between folders: $XDG_DATA_HOME beats $XDG_DATA_DIRS ...
lesson "$tmp/sys1/nabla/lessons" shared "Shared of the lab"
lesson "$XDG_DATA_HOME/nabla/lessons" shared "Shared of my own"
run lessons
[ "$(title shared)" = "Shared of my own" ]
ok $? "\$XDG_DATA_HOME beats \$XDG_DATA_DIRS"
# ... $NABLA_LESSONS beats $XDG_DATA_HOME ...
lesson "$tmp/env1" shared "Shared of NABLA_LESSONS 1"
lesson "$tmp/env2" shared "Shared of NABLA_LESSONS 2"
NABLA_LESSONS=$tmp/env1:$tmp/env2 run lessons
[ "$(title shared)" = "Shared of NABLA_LESSONS 1" ]
ok $? "\$NABLA_LESSONS beats \$XDG_DATA_HOME, its first directory first"
# ... and --lessons DIR beats them all.
lesson "$tmp/opt" shared "Shared of --lessons"
NABLA_LESSONS=$tmp/env1 run lessons --lessons "$tmp/opt"
[ "$(title shared)" = "Shared of --lessons" ]
ok $? "--lessons DIR beats \$NABLA_LESSONS"
[ "$(count)" -eq 5 ]
ok $? "the same id from four places is listed once"

# The course folder named in $XDG_DATA_DIRS too (as /usr/local/share is
# by default) is read once, as the course.
rm -rf "$tmp/sys1" "$tmp/sys2" "$XDG_DATA_HOME/nabla"
mkdir -p "$tmp/share"
mv "$tmp/inst" "$tmp/share/nabla"
NABLA_DATADIR=$tmp/share/nabla XDG_DATA_DIRS=$tmp/share run lessons
[ "$(count)" -eq 2 ] && ! grep -q "$tmp/share" "$tmp/out"
ok $? "the course folder in \$XDG_DATA_DIRS counts once, as the course"

tap_done
