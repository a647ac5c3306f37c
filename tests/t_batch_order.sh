#!/bin/sh
# t_batch_order.sh - without a roster, one student written "Last, First"
# on some lines and "First Last" on others (issue 12: a form, then a
# spreadsheet) is one student when the two are the same name, byte for
# byte, in the other order: one row in the table, the CSV, Canvas,
# Gradescope and the summary, the first spelling's name in every line
# (JSON keeps the other as student_as_written, the text and TAP a note
# naming the first line); on a varied sheet both have one seed, the
# hash of "First Last" computed here.  Names that differ in case or
# blanks too stay two students, with a warning that says how they
# differ and that they may be one person.  Totals worked out here.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import csv, io, json, re
from tap import ok, done
from roster_lib import LES, run, seed, tmp

with open(tmp + "/key.tsv", "w") as fh:
    fh.write("Q1\tnumber\t-\tkey=38\t2\nQ2\tchoice\t-\toptions=4 key=c\t1\n"
             "Q3\tnumber\t-\tkey=7\t1\n")
# Ada in three writings of one name; Ben in two; Cleo once, then again
# with other case and the other order (two students who may be one)
lines = [("Lovelace, Ada", "Q1", "38"),     # line 1: right, 2
         ("Ada Lovelace", "Q2", "c"),       # line 2: right, 1
         ("Lovelace,Ada", "Q3", "8"),       # line 3: wrong, 0
         ("Ben Okafor", "Q1", "37"),        # line 4: wrong
         ("Okafor, Ben", "Q1", "38"),       # line 5: resubmitted, right 2
         ("Cleo Park", "Q1", "38"),         # line 6: right 2
         ("park, cleo", "Q2", "c")]         # line 7: another student
with open(tmp + "/a.tsv", "w") as fh:
    fh.write("".join("\t".join(l) + "\n" for l in lines))
want = {"Lovelace, Ada": [2, 1, 0], "Ben Okafor": [2, 0, 0],
        "Cleo Park": [2, 0, 0], "park, cleo": [0, 1, 0]}

def grade(*extra):
    return run("check", "--batch", tmp + "/a.tsv", "--questions",
               tmp + "/key.tsv", *extra)

rc, out, err = grade("--json")
j = json.loads(out)
ok([a["student"] for a in j["answers"]] ==
   ["Lovelace, Ada"] * 3 + ["Ben Okafor"] * 2 + ["Cleo Park", "park, cleo"],
   "json: each line names the first spelling of its name")
ok([a.get("student_as_written") for a in j["answers"]] ==
   [None, "Ada Lovelace", "Lovelace,Ada", None, "Okafor, Ben", None, None],
   "json: student_as_written where the file wrote the other order")
ok([a["counts"] for a in j["answers"]][3:5] == [False, True],
   "json: Ben's answer in the other order is his resubmission")
ok({s["student"]: s["points"] for s in j["students"]} ==
   {k: sum(v) for k, v in want.items()},
   "json: four students, totals worked out by hand")
ok(err.count("warning") == 1 and
   "a.tsv:7: warning: park, cleo is Cleo Park of line 6 in the other "
   "order, with other blanks, case or accents: graded as two students, "
   "who may be one person" in err,
   "the other order with other case: two students, said precisely (%s)"
   % err.strip())

rc, out, err = grade()
rows = [l.split("\t") for l in out.splitlines() if l]
ok(rows[1][1] == "Lovelace, Ada" and 'written "Ada Lovelace": the name of '
   'line 1 in the other order' in rows[1][-1] and "one student" in rows[1][-1],
   "text: the line names the first spelling, and notes the other order")
table = {r[0]: r for r in rows if len(r) == 9 and r[0] != "student"}
ok(sorted(table) == sorted(want) and table["Lovelace, Ada"][1] == "3" and
   table["Lovelace, Ada"][7] == "3",
   "text: one row for Ada, 3 answers, 3 points")

rc, out, err = grade("--csv")
book = list(csv.reader(io.StringIO(out)))
ok(book[0] == ["student", "Q1", "Q2", "Q3", "total"] and
   {r[0]: [float(x) for x in r[1:]] for r in book[1:]} ==
   {k: [float(x) for x in v + [sum(v)]] for k, v in want.items()},
   "csv: one row per student, the marks worked out by hand")
rc, out, err = grade("--canvas")
book = list(csv.reader(io.StringIO(out)))
ok([r[0] for r in book[2:]] == list(want), "canvas: one row per student")
rc, out, err = grade("--gradescope")
g = json.loads(out)
ok([x["student"] for x in g] == list(want) and g[0]["score"] == 3,
   "gradescope: one object for Ada, score 3")
rc, out, err = grade("--summary")
ok("(4 students)" in out, "summary: four students")
rc, out, err = grade("--tap")
ok("ok 2 - line 2 Lovelace, Ada Q2 choice right 1/1: written" in out,
   "tap: the first spelling, and the note")

# a varied sheet without a roster: one seed for the name in both orders
with open(tmp + "/v.tsv", "w") as fh:
    fh.write("Lovelace, Ada\tq1\t1\nAda Lovelace\tq1\t2\n"
             "Lovelace,Ada\tq1\t3\n")
rc, out, err = run("check", "--batch", tmp + "/v.tsv", "--questions", LES,
                   "--json")
j = json.loads(out)
ok([a["seed"] for a in j["answers"]] == [seed("Ada Lovelace")] * 3 and
   [s["student"] for s in j["students"]] == ["Lovelace, Ada"] and
   err == "",
   "a varied sheet: one student, the seed of 'Ada Lovelace' on each line")
done()
PY
