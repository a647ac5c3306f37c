#!/bin/sh
# t_sheet_latex_safe.sh - a lesson from a stranger cannot run LaTeX
# through `nabla sheet --latex` (issue 17): the exercises sit in one
# verbatim block, which the characters \end{verbatim} in a prompt, an
# option or a hint would close early, letting the rest
# (\input{/etc/passwd}) run.  Every sheet and key has exactly one
# \end{verbatim}, its own, on the line before \end{document}.  Prints
# TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

mkdir -p "$tmp/les" "$tmp/sheets"
cat >"$tmp/les/evil.lesson" <<'LES'
id: evil
title: Evil \end{verbatim} title
summary: A lesson that tries to escape the verbatim block.
order: 1

--- exercise: value
id: v1
prompt: Find \end{verbatim}\input{/etc/passwd}\begin{verbatim} the value.
function: 3x^2 + y^2
ask: value
at: 1, 1
answer: 4

--- exercise: choice
id: c1
prompt: Which? \end{verbatim}\immediate\write18{touch pwned}\begin{verbatim}
option: \end{verbatim}\input{/etc/shadow}\begin{verbatim}
option: none of these
answer: b
LES
printf 'ann\n' >"$tmp/roster.txt"
run sheet "$tmp/les/evil.lesson" --students "$tmp/roster.txt" --latex \
    --out "$tmp/sheets"
[ $rc -eq 0 ] && [ -s "$tmp/sheets/ann.tex" ] && [ -s "$tmp/sheets/ann-key.tex" ]
ok $? "sheet --latex writes the sheet and the key (rc $rc)"
for f in ann.tex ann-key.tex; do
	cnt=$(grep -c '\\end{verbatim}' "$tmp/sheets/$f")
	last=$(grep -n '\\end{verbatim}' "$tmp/sheets/$f" | cut -d: -f1)
	doc=$(grep -n '^\\end{document}$' "$tmp/sheets/$f" | cut -d: -f1)
	[ "$cnt" -eq 1 ] && [ "$last" -eq $((doc - 1)) ]
	ok $? "$f: one \\end{verbatim}, the sheet's own (found $cnt)"
done
grep -q '\\ end{verbatim}\\input{/etc/passwd}' "$tmp/sheets/ann.tex"
ok $? "the prompt's \\end{verbatim} is shown broken, not obeyed"
grep -q '\\ end{verbatim}\\input{/etc/shadow}' "$tmp/sheets/ann.tex"
ok $? "an option's too"
if command -v pdflatex >/dev/null 2>&1; then
	(cd "$tmp/sheets" && pdflatex -interaction=nonstopmode -no-shell-escape \
	    ann.tex >/dev/null 2>&1)
	[ ! -e "$tmp/sheets/pwned" ] && ! grep -q 'root:' "$tmp/sheets/ann.log" 2>/dev/null
	ok $? "pdflatex: nothing read, nothing run"
else
	tap_skip "no pdflatex"
fi
tap_done
