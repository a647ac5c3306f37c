#!/bin/sh
# t_roster_typos.sh - a name of the answers that is a typo of a roster
# name ("Jon Smith" for John Smith), graded with a key (the same numbers
# for all): a row of its own, never merged (the marks could be given to
# the wrong student), but named after the table, in the summary, and
# as a warning beside the machine outputs, with the nearest roster name
# (did you mean ...?).  The nearest names (optimal string alignment of
# tests/osa_lib.py, within 2 edits, case ignored) and the totals are
# computed here in Python.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
NABLA=$NABLA TMPD=$tmp python3 - <<'PY'
import csv, io, os, subprocess
from tap import ok, done
from osa_lib import osa

nabla, tmp = os.environ["NABLA"], os.environ["TMPD"]
first = ["John", "Ann", "Ben", "Cara", "Dev", "Eva"]
last = ["Smith", "Lee", "Ong", "Quist", "Patel"]
roster = ["%s %s" % (f, l) for f in first for l in last]      # 30
with open(tmp + "/roster.txt", "w") as f:
    f.write("\n".join(roster) + "\n")
# the key: Q1 the gradient of x^2 y at (1, 2) = (4, 1), 2 points;
# Q2 x + y at (1, 2) = 3, 1 point
with open(tmp + "/key.tsv", "w") as f:
    f.write("Q1\tgrad\tx^2*y\tat=1,2\t2\nQ2\tvalue\tx+y\task=f at=1,2\t1\n")
typos = {"Jon Smith": "John Smith", "Ben Onng": "Ben Ong",
         "cara quist": None, "Evva Pattel": "Eva Patel",
         "Zed Zulu": None}

lines, right = [], {}
for k, s in enumerate(roster[:20]):
    ok1 = k % 3 != 0
    lines.append((s, "Q1", "4, 1" if ok1 else "1, 4"))
    lines.append((s, "Q2", "3"))
    right[s] = (2 if ok1 else 0) + 1
for s in typos:
    lines.append((s, "Q2", "3"))
    right.setdefault(s, 1)
with open(tmp + "/ans.tsv", "w") as f:
    for l in lines:
        f.write("\t".join(l) + "\n")
firstline = {}
for i, l in enumerate(lines):
    firstline.setdefault(l[0], i + 1)
# "cara quist" is Cara Quist spelled otherwise (case): the roster's
# student, no typo; the others are strangers
near = {}
for s, want in typos.items():
    if any(s.lower() == r.lower() for r in roster):
        continue
    ds = sorted((osa(s.lower(), r.lower()), r) for r in roster)
    best = [r for d, r in ds if d == ds[0][0] and d <= 2]
    near[s] = best[0] if len(best) == 1 else None
ok(near == {k: v for k, v in typos.items() if k != "cara quist"},
   "Python's nearest names agree with the test's intent: %r" % near)

def run(*args):
    p = subprocess.run([nabla, "check", "--batch", tmp + "/ans.tsv",
                        "--questions", tmp + "/key.tsv", "--students",
                        tmp + "/roster.txt"] + list(args),
                       capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr

def said(s):
    if near[s] is not None:
        return ("%s/ans.tsv:%d: %s is not in the roster: a row of its own "
                "(did you mean %s?)" % (tmp, firstline[s], s, near[s]))
    return ("%s/ans.tsv:%d: %s is not in the roster: a row of its own"
            % (tmp, firstline[s], s))

rc, out, err = run()
tail = out[out.find("not in the roster (correct"):].splitlines()[1:]
ok(tail == [said(s) for s in near],
   "text: after the table, each stranger once, at its first line, "
   "with the nearest roster name")
rows = {l.split("\t")[0]: l.split("\t") for l in out.splitlines()
        if l.count("\t") == 8}
ok(all(s in rows for s in near) and "Cara Quist" in rows and
   "cara quist" not in rows,
   "text: each typo has a row of its own; a name spelled otherwise is "
   "the roster's")
rc, out, err = run("--summary")
ok([l for l in out.splitlines() if "is not in the roster" in l] ==
   [said(s) for s in near], "--summary names them too")
rc, out, err = run("--csv")
book = {r["student"]: r for r in csv.DictReader(io.StringIO(out))}
want = dict((s, 0) for s in roster)
# (cara quist's Q2 is Cara Quist's again: the last attempt, the same 1)
for s, v in right.items():
    if s != "cara quist":
        want[s] = v
ok(len(book) == 30 + len(near) and
   all(float(book[s]["total"]) == want[s] for s in want),
   "--csv: %d rows (30 and the strangers), totals as computed here"
   % (30 + len(near)))
ok("not in the roster" not in out and
   [l for l in err.splitlines() if "warning:" in l] ==
   ["nabla check: " + said(s).replace(": %s is" % s, ": warning: %s is" % s, 1)
    for s in near],
   "--csv: the gradebook unchanged, the strangers as warnings on stderr")
rc, out, err = run("--tap")
ok(all(l.startswith(("ok ", "not ok ", "# ", "1..")) or l == ""
       for l in out.splitlines()) and
   any(l == "# " + said(near and "Jon Smith") for l in out.splitlines()),
   "--tap: named in comments")
done()
PY
