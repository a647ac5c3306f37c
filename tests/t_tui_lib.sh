# t_tui_lib.sh - shared by the TUI tests (sourced, not run): a private
# tmux server, the real binary in a pane of fixed size, keys in, the
# screen out, and waiting for screen conditions by polling (never fixed
# sleeps).  Prints TAP through ok/skip; the caller ends with tui_done.
#
# Needs: $NABLA (the binary), $NABLA_TMUX (tmux, or empty: the whole test
# is skipped).

nabla=${NABLA:-${builddir:-.}/nabla}
tmux_bin=${NABLA_TMUX:-}
if [ -z "$tmux_bin" ] || ! command -v "$tmux_bin" >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/t_tui.XXXXXX") || exit 1
sock=$tmp/tmux-0
_starts=0
# how many times wait_for and its kin poll (50 ms apart) before giving
# up: 20 seconds, for a loaded machine; a passing test waits far less
wait_polls=${NABLA_TUI_POLLS:-400}
. "${srcdir:-.}/tests/tap.sh"

# tm ARGS: tmux on our private server, without any configuration.  Its
# socket lives in $tmp, so the cleanup removes it with the rest.
tm() {
	"$tmux_bin" -S "$sock" -f /dev/null "$@"
}

tui_cleanup() {
	tm kill-server >/dev/null 2>&1
	rm -rf "$tmp"
}
trap tui_cleanup EXIT
trap 'exit 1' INT TERM HUP

# on a failure show the screen
tap_on_fail() {
	if [ -f "$tmp/screen" ]; then
		echo "# the screen was:"
		sed 's/^/#   |/' "$tmp/screen"
	fi
}

# must STATUS DESCRIPTION: ok, and when it failed stop the whole test
# (nothing after it can pass; waiting for each would take minutes).
must() {
	ok "$@"
	if [ "$1" -ne 0 ]; then
		echo "Bail out! $2: failed"
		exit 1
	fi
}

# shot: the screen as text into $tmp/screen.
shot() {
	tm capture-pane -p -t nt >"$tmp/screen" 2>/dev/null
}

# settled: 0 when the screen in $tmp/screen is still the same 50 ms
# later (the program has finished drawing the frame: tmux may show the
# top of a frame before the rest has arrived, so a check of a later line
# right after the title appeared would race).  Leaves the newer capture
# in $tmp/screen.
settled() {
	cp "$tmp/screen" "$tmp/screen.prev"
	sleep 0.05	# kept: stable for 50 ms is the sign a frame is whole
	shot
	cmp -s "$tmp/screen" "$tmp/screen.prev"
}

# wait_until CMD...: poll the screen until the command CMD (which looks
# at $tmp/screen) succeeds on a screen that has settled; 0 when it did.
# After $wait_polls polls (20 seconds) it gives up: it says so in a
# failed TAP line of its own (the screen it saw below it) and returns 1,
# so a wait that times out fails the test even when the caller does not
# look at its status.
wait_until() {
	_i=0
	while [ $_i -lt $wait_polls ]; do
		shot
		if "$@" && settled && "$@"; then
			return 0
		fi
		sleep 0.05	# kept: the pause between two polls
		_i=$((_i + 1))
	done
	ok 1 "the wait timed out after $wait_polls polls: $*"
	return 1
}

# screen_has TEXT, screen_matches REGEX, screen_lacks TEXT: tests of
# $tmp/screen for wait_until.  screen_shows_without SIGN TEXT: the
# screen shows SIGN (so it is drawn, not blank) and not TEXT.
screen_has() {
	grep -qF -- "$1" "$tmp/screen"
}
screen_matches() {
	grep -qE -- "$1" "$tmp/screen"
}
screen_lacks() {
	! grep -qF -- "$1" "$tmp/screen"
}
screen_shows_without() {
	screen_has "$1" && screen_lacks "$2"
}

# wait_for TEXT: wait until the screen shows TEXT (a fixed string).
wait_for() {
	wait_until screen_has "$1"
}

# wait_re REGEX: the same with an extended regular expression.
wait_re() {
	wait_until screen_matches "$1"
}

# wait_gone TEXT SIGN: wait until the screen no longer shows TEXT but
# shows SIGN, a positive sign that it is drawn (a blank screen, between
# two frames, lacks every text).
wait_gone() {
	wait_until screen_shows_without "$2" "$1"
}

# screen_moved: the screen in $tmp/screen differs from the one saved in
# $tmp/screen.before (for wait_until).
screen_moved() {
	! cmp -s "$tmp/screen" "$tmp/screen.before"
}

# scroll_until KEY MAX CMD...: press KEY (Down, NPage) until the command
# CMD (which looks at $tmp/screen) succeeds, at most MAX times; 0 when
# it did.  After each press it waits for the screen to move, a positive
# sign that the key was handled (no fixed sleep): while CMD fails there
# is more to scroll to, so a press that moves nothing (and the wait that
# then times out) is a failure too.
scroll_until() {
	_key=$1
	_max=$2
	shift 2
	_p=0
	shot
	while ! "$@"; do
		[ $_p -lt "$_max" ] || return 1
		cp "$tmp/screen" "$tmp/screen.before"
		keys "$_key"
		wait_until screen_moved || return 1
		_p=$((_p + 1))
	done
	return 0
}

# help_and_back SIGN: open help (F1) and close it (q), and wait until
# the screen it came from is back (showing SIGN: "F1 help" on a lesson's
# key bar, "q home" on the playground's).  Help
# opens only once every key sent before F1 has been read, so its coming
# is the positive sign that such a key was handled, also one that
# changes nothing on the screen ("a second Esc does nothing").  Closing
# it keeps the screen and mode it came from.
help_and_back() {
	keys F1
	wait_for "nabla · help"
	keys q
	wait_gone "nabla · help" "$1"
}

# keys KEY...: tmux key names (Enter, Escape, Up, C-c, ...).
keys() {
	tm send-keys -t nt "$@"
}

# type TEXT: literal text.
type_text() {
	tm send-keys -t nt -l -- "$1"
}

# start [ENV=VALUE...] -- [NABLA-OPTION...]: run nabla in a new 80x24
# session.  The wrapper records nabla's pid, the terminal settings before
# and after, the exit status and stderr, and then keeps the pane open:
# its last line reads "AFTER-EXIT rc=N terminal=restored|changed".
# Progress and histories go to $tmp/state.  Everything the program
# writes to the terminal is logged in $tmp/output.
start() {
	_env=
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do
		_env="$_env $1"
		shift
	done
	[ "$1" = "--" ] && shift
	# a new server for every start: a new session on the socket of a
	# server that is still shutting down can fail on a loaded machine
	tm kill-server >/dev/null 2>&1
	_starts=$((_starts + 1))
	sock=$tmp/tmux-$_starts
	rm -f "$tmp/pid" "$tmp/stderr" "$tmp/output"
	cat >"$tmp/run.sh" <<EOF
XDG_STATE_HOME='$tmp/state'
export XDG_STATE_HOME
NABLA_SEED=0
export NABLA_SEED
unset NO_COLOR
$(for e in $_env; do echo "export $e"; done)
before=\$(stty -g)
# Ctrl-C in a line mode (the terminal sends SIGINT then) must end nabla,
# not this wrapper: a trapped signal is back to its default in nabla.
trap : INT
sh -c 'echo \$\$ >"$tmp/pid"; exec "\$0" "\$@"' '$nabla' "\$@" 2>'$tmp/stderr'
rc=\$?
after=\$(stty -g)
if [ "\$before" = "\$after" ]; then t=restored; else t=changed; fi
printf '\nAFTER-EXIT rc=%s terminal=%s\n' "\$rc" "\$t"
exec sleep 600	# kept: holds the pane open to be read, not a wait
EOF
	tm new-session -d -s nt -x 80 -y 24 "sh '$tmp/run.sh' $*"
	tm pipe-pane -o -t nt "cat >>'$tmp/output'"
}

# alternate_is 0|1 DESCRIPTION: ok when the pane shows the alternate
# screen (1: the curses screens are up) or the normal one (0).
alternate_is() {
	_alt=$(tm display-message -p -t nt '#{alternate_on}')
	[ "$_alt" = "$1" ]
	ok $? "$2 (alternate_on=$_alt)"
}

# nabla_pid: the pid of the running nabla (once the wrapper wrote it).
# It runs in $(...), so it cannot count a test: when the pid never
# comes it says so in the log and prints nothing (what the caller then
# checks fails).
nabla_pid() {
	_i=0
	while [ ! -s "$tmp/pid" ] && [ $_i -lt $wait_polls ]; do
		sleep 0.05	# kept: the pause between two polls
		_i=$((_i + 1))
	done
	if [ ! -s "$tmp/pid" ]; then
		echo "# the wait for nabla's pid timed out after $wait_polls polls" >&2
		return 1
	fi
	cat "$tmp/pid"
}

# lesson_file DIR: write the small lesson the tests take: a text step,
# an exercise (the gradient of 3x^2 + y^2 at (1, 1), which is (6, 2):
# d/dx 3x^2 = 6x = 6, d/dy y^2 = 2y = 2), and a last text step.
lesson_file() {
	mkdir -p "$1"
	cat >"$1/a-tui-test.lesson" <<'EOF'
# nabla lesson used by the TUI tests
id: a-tui-test
title: TUI test lesson
summary: A lesson for the tests of the curses screens.
order: 1

--- text: Start
This is the *first* step of the test lesson.

--- exercise: value
id: grad-at
prompt: What is the gradient of $f$ at $(1, 1)$?
function: 3x^2 + y^2
ask: gradient
at: 1, 1
answer: 6, 2
hint: Differentiate $3x^2$ with respect to $x$ first.
hint: The partial derivatives are $6x$ and $2y$.

--- text: End
The last step of the test lesson.
EOF
}

# answer_example: in the checker, with the lecture's f (3x^2y + zy - x)
# being edited and read, go on to the answer, type the lecture's answer
# "6xy - 1, 3x^2, y" and wait for its verdict.
answer_example() {
	wait_for "read as: 3·x²·y + z·y − x"
	keys Enter
	wait_for "at (optional) ="
	keys Enter
	wait_for "answer        ="
	type_text "6xy - 1, 3x^2, y"
	keys Enter
	wait_for "2 of 3 right"
}

# playground_at SIZE [ENV=VALUE...]: a new tutor on a screen of SIZE
# (80x24; sets $w and $h) with ENV (a language too: English, German or
# Spanish), its state fresh, with the playground
# open: a test "SIZE: the playground opens" that stops the whole test
# when it fails.
playground_at() {
	_size=$1
	shift
	w=${_size%x*}
	h=${_size#*x}
	rm -rf "$tmp/state"
	start "$@" --
	tm resize-window -t nt -x "$w" -y "$h"
	# its name in English, German or Spanish
	wait_re "Playground|Spielplatz|Laboratorio"
	keys p
	wait_re "playground|Spielplatz|laboratorio"
	must $? "$_size: the playground opens"
}

# playground_f F A0: in the playground, f set to F and a0 to A0, typed
# as a learner types them; waits until the givens show "a₀ = A0" (in
# Unicode).
playground_f() {
	keys f C-u
	type_text "$1"
	keys Enter
	keys a C-u
	type_text "$2"
	keys Enter
	wait_for "a₀ = $2"
}

# lessons_at SIZE TITLE: a fresh tutor (no saved progress) on the
# lessons of $tmp/lessons at SIZE (80x24), its home listing TITLE; sets
# w and h.
lessons_at() {
	w=${1%x*}
	h=${1#*x}
	rm -rf "$tmp/state"
	start -- --lessons "$tmp/lessons"
	tm resize-window -t nt -x "$w" -y "$h"
	wait_for "$2"
	must $? "$1: home lists the lesson"
}

# tui_catalogues LANG...: the catalogues of po/LANG.po under
# $tmp/locale (for NABLA_LOCALEDIR) and a UTF-8 locale in $loc; when
# there is no NLS, msgfmt or such a locale, one skipped test and 1.
tui_catalogues() {
	loc=$(first_locale C.UTF-8 C.utf8)
	if ! grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h" \
	    2>/dev/null || ! command -v msgfmt >/dev/null 2>&1 ||
	    [ -z "$loc" ]; then
		n=$((n + 1))
		echo "ok $n # SKIP no NLS, msgfmt or C.UTF-8 locale: $*"
		return 1
	fi
	for _l in "$@"; do
		mkdir -p "$tmp/locale/$_l/LC_MESSAGES"
		msgfmt -o "$tmp/locale/$_l/LC_MESSAGES/nabla.mo" \
		    "${srcdir:-.}/po/$_l.po" || exit 1
	done
}

# tui_done: the plan and the status.
tui_done() {
	tap_plan
	exit $failed
}
