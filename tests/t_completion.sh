#!/bin/sh
# t_completion.sh - the shell completions: the bash function _nabla of
# completion/bash/nabla called as bash calls it (COMP_WORDS, COMP_CWORD,
# then COMPREPLY read back), and the zsh function completion/zsh/_nabla
# with compadd and _files standing in for zsh's own.  Each part skips
# without its shell.  Prints TAP.
#
# Expected words are written by hand (the commands, the kinds of check)
# or read from the lesson files of the source tree (the ids); the same
# words in German and Spanish, and for a program renamed gnabla.  The
# commands and the options of each command are also compared with
# nabla's --help texts, and whether an option takes a value with what
# nabla's parser does, so a new option cannot be missed.

. "${srcdir:-.}/tests/cli_lib.sh"
src=${srcdir:-.}
case $src in
/*) ;;
*) src=$(pwd)/$src ;;
esac
case $NABLA in
/*) ;;
*) NABLA=$(pwd)/$NABLA ;;
esac
mkdir -p "$tmp/bin" "$tmp/my/nabla/lessons"
ln -s "$NABLA" "$tmp/bin/nabla"
PATH=$tmp/bin:$PATH
export PATH
: >"$tmp/out"

# The ids of the course (the first id: of each file, the lesson's; the
# others are its exercises'), in the order of its files.
ids=$(for f in "$src"/lessons/*.lesson; do
	sed -n 's/^id:[ 	]*//p' "$f" | head -n 1
done | tr '\n' ' ' | sed 's/ $//')

# A lesson in an extra directory, for --lessons DIR.
cat >"$tmp/my/my-bowl.lesson" <<'EOF'
id: my-bowl
title: My bowl
summary: A lesson of t_completion.sh.

--- text: Bowl
A bowl.
EOF

# The catalogues of po/ in $tmp/locale, for LANGUAGE=de and es (none
# without msgfmt or in a --disable-nls build).
locale=
if command -v msgfmt >/dev/null 2>&1 &&
    grep -q '^#define ENABLE_NLS 1' "${top_builddir:-.}/config.h" 2>/dev/null; then
	locale=$tmp/locale
	for l in de es; do
		mkdir -p "$locale/$l/LC_MESSAGES"
		msgfmt -o "$locale/$l/LC_MESSAGES/nabla.mo" "$src/po/$l.po" ||
		    locale=
	done
fi

if command -v bash >/dev/null 2>&1; then
	# bcomp WORD...: the words bash would offer for the command line
	# WORD... (the cursor in the last word), separated by spaces.
	bcomp() {
		bash --norc --noprofile -c '
			. "$1/completion/bash/nabla" || exit 1
			shift
			COMP_WORDS=("$@")
			COMP_CWORD=$(($# - 1))
			_nabla
			echo "${COMPREPLY[*]}"' sh "$src" "$@" 2>"$tmp/err"
	}
	[ "$(bcomp nabla ch)" = check ]
	ok $? "bash: nabla ch<Tab> completes to check"
	[ "$(bcomp nabla check '')" = "grad step critical" ]
	ok $? "bash: nabla check <Tab> offers grad, step and critical"
	[ "$(bcomp nabla check s)" = step ]
	ok $? "bash: nabla check s<Tab> completes to step"
	[ "$(bcomp nabla learn '')" = "$ids" ]
	ok $? "bash: nabla learn <Tab> offers the ids of the course"
	[ "$(bcomp nabla learn gr)" = gradient ]
	ok $? "bash: nabla learn gr<Tab> completes to gradient"
	bcomp nabla --lessons "$tmp/my" learn '' | grep -q -w my-bowl
	ok $? "bash: nabla --lessons DIR learn <Tab> offers the lessons of DIR"
	bcomp nabla learn --lessons "$tmp/my" '' | grep -q -w my-bowl
	ok $? "bash: --lessons DIR after the command counts too"
	[ "$(bcomp nabla progress --reset sadd)" = saddles ]
	ok $? "bash: nabla progress --reset sadd<Tab> completes to saddles"
	[ "$(bcomp nabla check --bat)" = --batch ]
	ok $? "bash: nabla check --bat<Tab> completes to --batch"
	[ "$(bcomp nabla descent --from 1,1 --ra)" = --rate ]
	ok $? "bash: an option after an option's argument"
	bcomp nabla -- | tr ' ' '\n' | grep -x -q -e --no-color &&
		! bcomp nabla -- | tr ' ' '\n' | grep -x -q -e --answer
	ok $? "bash: before a command, nabla's own options only"
	[ "$(bcomp nabla plot x --kind co)" = "contour convergence" ]
	ok $? "bash: nabla plot --kind co<Tab> offers contour and convergence"
	[ "$(bcomp nabla --lessons "$tmp/m")" = "$tmp/my" ]
	ok $? "bash: --lessons completes a directory"
	[ "$(bcomp nabla lint "$tmp/my/my-b")" = "$tmp/my/my-bowl.lesson" ]
	ok $? "bash: nabla lint completes a lesson file"
	[ -z "$(bcomp nabla check grad '')" ]
	ok $? "bash: nothing is offered for a function"
	# A stranger's lesson pack: a title made to look like the id column,
	# ending in "  $(cmd)  (", and a file name with "  (" in it.  The
	# completion ran cmd (compgen -W expands its words); now it offers
	# the real ids only.
	mkdir -p "$tmp/evil"
	printf 'id: evil-one\ntitle: A  $(touch${IFS}%s/PWNED)  (z\nsummary: S.\n\n--- text: T\nHi.\n' \
	    "$tmp" >"$tmp/evil/e.lesson"
	printf 'id: evil-two\ntitle: B  `touch${IFS}%s/PWNED2`\nsummary: S.\n\n--- text: T\nHi.\n' \
	    "$tmp" >"$tmp/evil/f  (x.lesson"
	w=$(bcomp nabla learn --lessons "$tmp/evil" evil)
	[ ! -e "$tmp/PWNED" ] && [ ! -e "$tmp/PWNED2" ]
	ok $? "bash: a lesson's title is never run as a command"
	[ "$w" = "evil-one" ] || [ "$w" = "evil-one evil-two" ]
	ok $? "bash: a hostile pack: only real ids are offered ($w)"

	# In German and Spanish (the catalogues of po/, compiled here) the
	# words are the same: the completion reads nabla's English texts.
	if [ -n "$locale" ]; then
		for l in de es; do
			[ "$(NABLA_LOCALEDIR=$locale LANGUAGE=$l \
			    bcomp nabla ch)" = check ] &&
			[ "$(NABLA_LOCALEDIR=$locale LANGUAGE=$l \
			    bcomp nabla check '')" = "grad step critical" ] &&
			[ "$(NABLA_LOCALEDIR=$locale LANGUAGE=$l \
			    bcomp nabla plot x --kind '')" = \
			    "contour field convergence slice" ] &&
			[ "$(NABLA_LOCALEDIR=$locale LANGUAGE=$l \
			    bcomp nabla learn '')" = "$ids" ] &&
			! NABLA_LOCALEDIR=$locale LANGUAGE=$l \
			    bcomp nabla -- | tr ' ' '\n' | grep -x -q -e --answer
			ok $? "bash: LANGUAGE=$l: the same commands, kinds, ids and options"
		done
	else
		tap_skip "no msgfmt, or built with --disable-nls" 2
	fi

	# Against nabla's own --help texts, mechanically, so that the
	# completion cannot drift from them: the commands of nabla --help;
	# for each command, every long option its --help names (and no
	# other); and whether an option takes a value as nabla's parser
	# decides it (`nabla C OPT --help`: a value takes the --help, so
	# no help is printed).
	words() {
		bcomp "$@" | tr ' ' '\n' | sed '/^$/d' | sort -u
	}
	htext() {
		LC_ALL=C LANGUAGE= "$NABLA" "$@" --help 2>/dev/null
	}
	cmds=$(htext | awk '/^Commands:/ { on = 1; next }
		on && /^$/ { exit } on { print $1 }' | sort -u)
	[ -n "$cmds" ] && [ "$(words nabla '')" = "$cmds" ]
	ok $? "bash: nabla <Tab> offers every command of nabla --help"
	for c in $cmds; do
		want=$(htext "$c" | grep -o -e '--[A-Za-z0-9][A-Za-z0-9-]*' |
		    sort -u)
		got=$(words nabla "$c" --)
		[ -n "$want" ] && [ "$got" = "$want" ]
		ok $? "bash: nabla $c --<Tab> offers the options of its --help" ||
		    printf '%s\n' "$want" "--" "$got" | sed 's/^/# /'
		wrong=
		for o in $(printf '%s\n' "$want" | grep -v -x -e --help); do
			if htext "$c" "$o" </dev/null | grep -q '^Usage:'
			then printf '%s 0\n' "$o"
			else printf '%s 1\n' "$o"
			fi
		done >"$tmp/parser"
		bash --norc --noprofile -c '
			. "$1/completion/bash/nabla" || exit 1
			n=$2 c=$3
			while read -r o v; do
				if _nabla_takes_arg "$n" "$c" "$o"; then
					echo "$o 1"
				else
					echo "$o 0"
				fi
			done' sh "$src" "$NABLA" "$c" <"$tmp/parser" >"$tmp/compl"
		wrong=$(diff "$tmp/parser" "$tmp/compl" | sed -n 's/^> //p' |
		    tr '\n' ' ')
		[ -s "$tmp/parser" ] && [ -z "$wrong" ]
		ok $? "bash: nabla $c: the options that take a value, as nabla reads them${wrong:+ (wrong: $wrong)}"
	done
	want=$(htext | sed -n '/^Options of the tutor/,/^$/p' |
	    grep -o -e '--[A-Za-z0-9][A-Za-z0-9-]*' | sort -u)
	[ -n "$want" ] && [ "$(words nabla --)" = "$want" ]
	ok $? "bash: nabla --<Tab> offers the options of the tutor's part of --help"

	# Renamed (--program-prefix=g): the installed file completes gnabla
	# (the complete line as Makefile.am's install-completions writes it).
	ln -s "$NABLA" "$tmp/bin/gnabla"
	sed 's/^complete -F _nabla nabla$/complete -F _nabla gnabla/' \
	    "$src/completion/bash/nabla" >"$tmp/gnabla.bash"
	bash --norc --noprofile -c '. "$1" && complete -p gnabla' sh \
	    "$tmp/gnabla.bash" 2>"$tmp/err" | grep -q '_nabla gnabla$'
	ok $? "bash: the renamed file completes gnabla"
	[ "$(bcomp gnabla ch)" = check ] &&
	    [ "$(bcomp gnabla check '')" = "grad step critical" ] &&
	    [ "$(bcomp gnabla learn gr)" = gradient ]
	ok $? "bash: gnabla ch, gnabla check, gnabla learn gr complete"
else
	echo "# bash not found: its completion is not tested"
fi

if command -v zsh >/dev/null 2>&1; then
	# zcomp WORD...: the words the zsh function hands to compadd (which
	# filters them by the prefix itself) or how it calls _files.
	zcomp() {
		zsh -f -c '
			compadd() {
				if [[ $1 == -a ]]; then print -r -- "${(P)2}"
				else print -r -- "$@"; fi
			}
			_files() { print -r -- "_files $*" }
			src=$1; shift
			words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}
			source "$src/completion/zsh/_nabla"' sh "$src" "$@" \
			2>"$tmp/err"
	}
	zcomp nabla ch | tr ' ' '\n' | grep -x -q check
	ok $? "zsh: nabla ch<Tab> offers check"
	[ "$(zcomp nabla check '')" = "grad step critical" ]
	ok $? "zsh: nabla check <Tab> offers grad, step and critical"
	[ "$(zcomp nabla learn '')" = "$ids" ]
	ok $? "zsh: nabla learn <Tab> offers the ids of the course"
	zcomp nabla --lessons "$tmp/my" learn '' | grep -q -w my-bowl
	ok $? "zsh: the lessons of --lessons DIR"
	[ "$(zcomp nabla lint '')" = "_files -g *.lesson" ]
	ok $? "zsh: nabla lint completes lesson files"
	if [ -n "$locale" ]; then
		NABLA_LOCALEDIR=$locale LANGUAGE=de zcomp nabla ch |
		    tr ' ' '\n' | grep -x -q check &&
		    [ "$(NABLA_LOCALEDIR=$locale LANGUAGE=de \
		    zcomp nabla check '')" = "grad step critical" ]
		ok $? "zsh: LANGUAGE=de: the same commands and kinds"
	else
		tap_skip "no msgfmt, or built with --disable-nls"
	fi
	[ -e "$tmp/bin/gnabla" ] || ln -s "$NABLA" "$tmp/bin/gnabla"
	[ "$(zcomp gnabla check '')" = "grad step critical" ]
	ok $? "zsh: gnabla check <Tab> (words[1] is the program run)"
else
	echo "# zsh not found: its completion is not tested"
fi

[ $n -gt 0 ] || { echo "1..0 # SKIP neither bash nor zsh"; exit 0; }
tap_done
