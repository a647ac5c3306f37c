#!/bin/sh
# t_install.sh - nabla installed as a lab's administrator installs it:
# `make install DESTDIR=TMP` from the build directory, then the
# installed files looked at (course, docs, man page with real paths,
# completions), an installed lesson edited and the edit seen, a lesson
# under a temporary $XDG_DATA_DIRS listed; a program renamed gnabla
# installed (its man page and completions); the bug address and home page
# of --help named in the man page, the manual and README.md; every file
# README.md names in the tarball (`make distdir`).  Prints TAP.
#
# The installed binary reads the course from $(pkgdatadir)/lessons,
# which under DESTDIR is elsewhere: NABLA_DATADIR points it there.

. "${srcdir:-.}/tests/cli_lib.sh"
src=${srcdir:-.}
build=${abs_top_builddir:-$(pwd)}
make=${MAKE:-make}
if [ ! -f "$build/Makefile" ] || ! command -v "$make" >/dev/null 2>&1; then
	echo "1..0 # SKIP no make or no Makefile in $build"
	exit 0
fi
: >"$tmp/out"
: >"$tmp/err"
unset NABLA_LESSONS

# mk TARGET...: make in the build directory, not as part of the running
# make (no jobserver), output in $tmp/out and $tmp/err.
mk() {
	(unset MAKEFLAGS MFLAGS MAKELEVEL; cd "$build" &&
	    "$make" -s "$@") >"$tmp/out" 2>"$tmp/err"
}

dest=$tmp/dest
mk install DESTDIR="$dest"
ok $? "make install DESTDIR=... succeeds"

# Where things went, found by their names.
first=$(find "$dest" -type f -path '*/lessons/01-partial-derivatives.lesson' |
	head -n 1)
course=${first%/*}
pkgdatadir=${course%/lessons}
pkgdatadir=${pkgdatadir#"$dest"}
# The program's installed name: nabla, or gnabla in a build configured
# with --program-prefix=g (the one program in bindir).
bin=$(find "$dest" -type f -path '*/bin/*' | head -n 1)
name=${bin##*/}
name=${name%.exe}
man=$(find "$dest" -type f -name "$name.1" | head -n 1)
lessonsmd=$(find "$dest" -type f -name lessons.md | head -n 1)
docdir=${lessonsmd%/lessons.md}
docdir=${docdir#"$dest"}

[ -n "$bin" ] && [ -x "$bin" ]
ok $? "the program is installed"
[ "$(ls "$course"/*.lesson | wc -l)" -eq "$(ls "$src"/lessons/*.lesson | wc -l)" ]
ok $? "every lesson of the course is installed in one folder"
[ "$(ls "$course"/de/*.lesson | wc -l)" -eq "$(ls "$src"/lessons/de/*.lesson | wc -l)" ]
ok $? "the German lessons are installed in its de folder"
for f in README.md NEWS lessons.md LIMITS.md; do
	[ -f "$dest$docdir/$f" ]
	ok $? "$f is installed under \$(docdir)"
done
# skip_unless VAR WHAT: a skipped assertion when configure left the
# directory VAR of the Makefile empty (--with-...=no); else status 0.
skip_unless() {
	if grep -q "^$1 = *\$" "$build/Makefile"; then
		n=$((n + 1))
		echo "ok $n # SKIP $2: not installed (configure --with-...=no)"
		return 1
	fi
}
if skip_unless bashcompletiondir "bash completion"; then
	f=$(find "$dest" -type f -name "$name" ! -path '*/bin/*' | head -n 1)
	sed "s/^complete -F _nabla nabla\$/complete -F _nabla $name/" \
	    "$src/completion/bash/nabla" >"$tmp/bash-completion"
	[ -n "$f" ] && cmp -s "$f" "$tmp/bash-completion"
	ok $? "the bash completion is installed as $name"
fi
if skip_unless zshcompletiondir "zsh completion"; then
	[ -n "$(find "$dest" -type f -name "_$name")" ]
	ok $? "the zsh completion is installed as _$name"
fi

# The installed man page names the real directories.
[ -n "$man" ] && ! grep -q -e '@pkgdatadir@' -e '@docdir@' -e PKGDATADIR "$man"
ok $? "the installed man page has no placeholder left"
sed 's/\\-/-/g' "$man" >"$tmp/man"
grep -q -F "$pkgdatadir/lessons" "$tmp/man" &&
	grep -q -F "$docdir/lessons.md" "$tmp/man"
ok $? "it names where the course ($pkgdatadir/lessons) and lessons.md are"
grep -a -q -F "$pkgdatadir/lessons" "$bin"
ok $? "the installed program looks for the course where it was installed"

# An administrator's edit of the installed course is what nabla shows.
sed 's/^title: .*/title: Partials in our lab/' \
	"$src/lessons/01-partial-derivatives.lesson" >"$course/01-partial-derivatives.lesson"
HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_STATE_HOME=$tmp/home/state \
	NABLA_DATADIR=$dest$pkgdatadir XDG_DATA_DIRS=$tmp/none \
	"$bin" lessons >"$tmp/out" 2>"$tmp/err"
grep -q '^ *1  Partials in our lab  .*partial-derivatives$' "$tmp/out"
ok $? "the edited installed lesson is what the installed nabla lists"

# A lesson a lab puts under $XDG_DATA_DIRS is listed.
mkdir -p "$tmp/sys/nabla/lessons"
cat >"$tmp/sys/nabla/lessons/lab.lesson" <<'EOF'
id: lab-lesson
title: Our own lesson
summary: A lesson of t_install.sh.

--- exercise: value
prompt: What is the slope of $f(x) = x^2$ at $x = 3$?
function: x^2
ask: partial x
at: 3
answer: 6
EOF
HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_STATE_HOME=$tmp/home/state \
	NABLA_DATADIR=$dest$pkgdatadir XDG_DATA_DIRS=$tmp/none:$tmp/sys \
	"$bin" lessons >"$tmp/out" 2>"$tmp/err"
grep -q 'Our own lesson .* lab-lesson ' "$tmp/out"
ok $? "a lesson in a temporary \$XDG_DATA_DIRS is listed"

mk uninstall DESTDIR="$dest"
[ -z "$(find "$dest" -type f ! -name 01-partial-derivatives.lesson)" ]
ok $? "make uninstall removes what make install put"

# Renamed as configure --program-prefix=g renames it (the same sed
# expression in program_transform_name): the man page and completions
# follow the name, since bash-completion and zsh look a completion up by
# the command's name.
gdest=$tmp/gdest
mk install DESTDIR="$gdest" program_transform_name='s,^,g,'
ok $? "make install of a program renamed gnabla succeeds"
gman=$(find "$gdest" -type f -name gnabla.1 | head -n 1)
[ -n "$gman" ] && ! grep -q -e '@pkgdatadir@' -e '@docdir@' "$gman"
ok $? "gnabla.1 is installed with the real directories in it"
if skip_unless bashcompletiondir "bash completion"; then
	f=$(find "$gdest" -type f -name gnabla -path '*/completions/*' |
	    head -n 1)
	[ -n "$f" ] && [ -z "$(find "$gdest" -type f -name nabla ! -path '*/bin/*')" ] &&
	    [ "$(tail -n 1 "$f")" = "complete -F _nabla gnabla" ]
	ok $? "the bash completion is installed as gnabla and completes gnabla"
	mkdir -p "$tmp/gbin"
	ln -s "$NABLA" "$tmp/gbin/gnabla"
	[ -n "$f" ] && [ "$(PATH=$tmp/gbin:$PATH bash --norc --noprofile -c '
		. "$1" || exit 1
		COMP_WORDS=(gnabla check ""); COMP_CWORD=2
		$(complete -p gnabla | sed "s/^complete -F \([^ ]*\) .*/\1/")
		echo "${COMPREPLY[*]}"' sh "$f")" = "grad step critical" ]
	ok $? "gnabla check <Tab> offers grad, step and critical"
fi
if skip_unless zshcompletiondir "zsh completion"; then
	f=$(find "$gdest" -type f -name _gnabla | head -n 1)
	[ -n "$f" ] && [ "$(head -n 1 "$f")" = "#compdef gnabla" ]
	ok $? "the zsh completion is installed as _gnabla for gnabla"
fi
mk uninstall DESTDIR="$gdest" program_transform_name='s,^,g,'
[ -z "$(find "$gdest" -type f)" ]
ok $? "make uninstall of gnabla removes what its install put"

# The bug address and the home page agree everywhere.
"$NABLA" --help >"$tmp/help" 2>&1
bugs=$(sed -n 's/^Report bugs to: <\(.*\)>$/\1/p' "$tmp/help")
home=$(sed -n 's/^nabla home page: <\(.*\)>$/\1/p' "$tmp/help")
[ -n "$bugs" ] && [ -n "$home" ]
ok $? "--help names a bug address and a home page"
for f in doc/nabla.1 doc/nabla.texi README.md; do
	grep -q -F "$bugs" "$src/$f" && grep -q -F "$home" "$src/$f"
	ok $? "$f names the same bug address and home page"
done

# Every file README.md names (`doc/x.md`, `NEWS`, ...) is in the tarball.
# (distdir relative to the build directory: gettext's po/Makefile, a
# subdirectory, cannot take an absolute one.)
distrel=t_install-dist.$$
if mk distdir distdir="$distrel" && mv "$build/$distrel" "$tmp/dist"; then
	miss=
	for f in $(grep -o -e '`[A-Za-z][A-Za-z./_-]*`' "$src/README.md" |
	    tr -d '`' | grep -e '^doc/' -e '^[A-Z][A-Z]*$' -e '\.md$' |
	    grep -v -e '\.info$' -e '\.html$' | sort -u); do
		[ -f "$tmp/dist/$f" ] || miss="$miss $f"
	done
	[ -z "$miss" ]
	ok $? "the tarball holds every file README.md names${miss:+ (missing:$miss)}"
elif ! command -v makeinfo >/dev/null 2>&1; then
	rm -rf "${build:?}/$distrel"
	n=$((n + 1))
	echo "ok $n # SKIP make distdir failed (no makeinfo)"
else
	rm -rf "${build:?}/$distrel"
	sed 's/^/# /' "$tmp/err"
	ok 1 "make distdir succeeds"
fi

tap_done
