#!/bin/sh
# t_batch_wide_empty.sh - a wide answers file (a row per student, a
# column per question) with rows that answer nothing: a student who sent
# the form blank gets a row of zeros, unanswered (the row vanished, and
# the student with it); a row without a student is named once, at its
# line (it was named once a question); a row whose every cell is empty
# is a blank line.  The totals are computed here in Python.  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
NABLA=$NABLA TMPD=$tmp python3 - <<'PY'
import csv, io, os, subprocess
from tap import ok, done

nabla, tmp = os.environ["NABLA"], os.environ["TMPD"]
# Q1: the gradient of x^2 y at (1, 2) is (2xy, x^2) = (4, 1), 2 points,
# one a component; Q2: x + y at (1, 2) is 3, 1 point
with open(tmp + "/key.tsv", "w") as f:
    f.write("Q1\tgrad\tx^2*y\tat=1,2\t2\nQ2\tvalue\tx+y\task=f at=1,2\t1\n")
rows = [
    ("2026-12-01", "ann", "4, 1", "3"),     # line 2: 3 points
    ("2026-12-02", "ben", "", ""),          # line 3: sent blank
    ("2026-12-03", "", "4, 1", "3"),        # line 4: no student
    ("2026-12-04", "", "", ""),             # line 5: a time stamp alone
    ("", "", "", ""),                       # line 6: an empty row
    ("2026-12-05", "cleo", "4, 7", ""),     # line 7: 1 point (one part)
    ("2026-12-06", "dan", " ", ""),         # line 8: a blank answer
]
want = {"ann": 3, "ben": 0, "cleo": 1, "dan": 0}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Timestamp", "Student", "Q1", "Q2"])
for r in rows:
    w.writerow(r)
with open(tmp + "/wide.csv", "w", newline="") as f:
    f.write(buf.getvalue())

def run(*args):
    p = subprocess.run([nabla, "check", "--batch", tmp + "/wide.csv",
                        "--questions", tmp + "/key.tsv"] + list(args),
                       capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr

rc, out, err = run("--csv")
book = {r["student"]: r for r in csv.DictReader(io.StringIO(out))}
ok(sorted(book) == sorted(want), "--csv: a row for each student, ben "
   "and dan too: %s" % sorted(book))
ok(all(float(book[s]["total"]) == want[s] for s in want),
   "--csv: the totals as computed here %r" % want)
ok(book["ben"]["Q1"] == "0" and book["ben"]["Q2"] == "0",
   "ben's blank form: 0 for each question")
rc, out, err = run()
lines = out.splitlines()
ok(rc == 1, "exit status 1: a line is malformed")
ok([l.split("\t")[0] for l in lines if "the student field is empty" in l]
   == ["4", "5"], "no student: lines 4 and 5 said, once each")
tab = {l.split("\t")[0]: l.split("\t") for l in lines if l.count("\t") == 8}
ok("ben" in tab and tab["ben"][5] == "2" and tab["ben"][7] == "0",
   "the text's table: ben, 2 unanswered, 0 points")
ok(not any(l.startswith("6\t") for l in lines),
   "the empty row (line 6) is a blank line: nothing said")
done()
PY
