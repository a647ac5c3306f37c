#!/bin/sh
# t_tui_leftout.sh - the home screen of the full-screen tutor says when
# a lesson of a folder was left out because another holds its id (as
# nabla lessons does on standard error): one lesson by its id, several
# by their number; a folder with no such lesson has no note.  At 80x24,
# in a private tmux.  Prints TAP.

. "${srcdir:-.}/tests/t_tui_lib.sh"

mkdir -p "$tmp/lessons" "$tmp/data/nabla/lessons"
# a lesson of ours, and in the user's folder (weaker than --lessons) a
# lesson with its id
for f in "$tmp/lessons/mine.lesson" "$tmp/data/nabla/lessons/twin.lesson"; do
	printf 'id: twin\ntitle: Twin %s\nsummary: S.\norder: 1\n\n--- text\nHi.\n' \
	    "${f##*/}" >"$f"
done
XDG_DATA_HOME=$tmp/nothing
export XDG_DATA_HOME
lessons_at 80x24 "Twin mine.lesson"
tm capture-pane -p -t nt | grep -q 'left out'
[ $? -ne 0 ]
ok $? "no lesson left out: no note"

XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME
lessons_at 80x24 "Twin mine.lesson"
wait_for "lesson twin was left out: another lesson has that id"
tm capture-pane -p -t nt | grep -q 'Twin twin.lesson'
[ $? -ne 0 ]
ok $? "the lesson left out is not listed"

printf 'id: other\ntitle: Other of mine\nsummary: S.\norder: 2\n\n--- text\nHi.\n' \
    >"$tmp/lessons/other.lesson"
printf 'id: other\ntitle: Other there\nsummary: S.\n\n--- text\nHi.\n' \
    >"$tmp/data/nabla/lessons/other.lesson"
lessons_at 80x24 "Other of mine"
wait_for "2 lessons were left out: other lessons have their ids"

tui_done
