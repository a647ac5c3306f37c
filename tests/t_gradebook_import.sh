#!/bin/sh
# t_gradebook_import.sh - check --batch's gradebooks as Moodle's and
# Canvas's imports need them (issue 12).  Moodle's "Import grades, CSV
# file" finds each user by a column it maps to the e-mail address, ID
# number or user name, never by a name: with --students ROSTER (Moodle's
# own export, a plain key), --csv carries the roster's "ID number" and
# "Email address" columns beside the student.  Canvas's gradebook
# import finds students by its ID, SIS User ID and SIS Login ID: with
# Canvas's own export as the roster, --canvas fills them from it.  Read
# with Python's csv module; marks and totals worked out here.  Prints
# TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import csv, io, json
from tap import ok, done
from roster_lib import LES, run, tmp

def w(name, text):
    with open(tmp + "/" + name, "w", encoding="utf-8") as fh:
        fh.write(text)
    return tmp + "/" + name

key = w("key.tsv", "Q1\tnumber\t-\tkey=38\t2\n"
        "Q2\tchoice\t-\toptions=4 key=c\t1\nQ3\tgrad\tx^2y\t-\t2\n")
# the class: (first, last, ID number, e-mail, Canvas id, login)
CLASS = [("Ada", "Lovelace", "s101", "ada@example.org", "7", "ada"),
         ("Jan", "van der Berg", "s102", "jan@example.org", "8", "jan"),
         ("Jürgen", "Müller", "s103", "jm@example.org", "9", "jm"),
         ("Zoë", "Brontë", "s104", "zb@example.org", "10", "zb")]
moodle = w("moodle.csv", '"First name",Surname,"ID number",Institution,'
           '"Email address","Course total"\n' + "".join(
               '%s,"%s",%s,Uni,%s,-\n' % (f, l, i, e)
               for f, l, i, e, c, g in CLASS))
canvas = w("canvas.csv", "Student,ID,SIS User ID,SIS Login ID,Section,"
           "Week 3\n\"    Points Possible\",,,,,5\n" + "".join(
               '"%s, %s",%s,%s,%s,Calc 1,\n' % (l, f, c, i, g)
               for f, l, i, e, c, g in CLASS))
# answers typed by the students, names as they write them
ans = w("answers.tsv",
        "Ada Lovelace\tQ1\t38\nAda Lovelace\tQ2\tc\n"
        "Ada Lovelace\tQ3\t2xy, x^2\n"
        "jan van der berg\tQ1\t37\nJan van der Berg\tQ3\t2xy, x\n"
        "Müller, Jürgen\tQ2\tb\nMüller, Jürgen\tQ1\t38\n"
        "Bob Stranger\tQ1\t38\n")
# the marks, by hand: Q1 2 points, Q2 1, Q3 2 (a component each)
MARKS = {"Ada": [2, 1, 2], "Jan": [0, 0, 1], "Jürgen": [2, 0, 0],
         "Zoë": [0, 0, 0]}

def grade(*extra):
    return run("check", "--batch", ans, "--questions", key, *extra)

rc, out, err = grade("--students", moodle, "--csv")
ok("\r\n" in out and out.endswith("\r\n"), "--csv: CR LF line ends")
rows = list(csv.reader(io.StringIO(out)))
ok(rows[0] == ["student", "ID number", "Email address", "Q1", "Q2", "Q3",
               "total"],
   "--csv with Moodle's roster: the roster's ID number and Email address "
   "beside the student (%s)" % rows[0])
by_mail = {r[2]: r for r in rows[1:] if r[2]}
ok(all(len(r) == 7 for r in rows), "every row has every column")
good = True
for f, l, i, e, c, g in CLASS:
    r = by_mail.get(e)
    m = MARKS[f]
    good = good and r is not None and r[1] == i and \
        [float(x) for x in r[3:]] == [float(x) for x in m + [sum(m)]]
ok(good, "each roster student found by e-mail, with their ID number, "
   "marks and total worked out by hand (Zoë, who answered nothing: 0)")
stranger = [r for r in rows[1:] if r[0] == "Bob Stranger"]
ok(len(stranger) == 1 and stranger[0][1:3] == ["", ""] and
   float(stranger[0][-1]) == 2,
   "a name not in the roster: a row of its own, no identifiers")
rc, out, err = grade("--students", moodle)
ok("Bob Stranger is not in the roster: a row of its own" in out,
   "the text output says so on the line")
notes = {l.split("\t")[0]: l for l in out.splitlines() if "\t" in l}
ok(notes["1"].endswith('written "Ada Lovelace": the roster\'s name in the '
                       'other order ("Last, First" is "First Last")') and
   notes["4"].endswith('written "jan van der berg": the roster\'s name in '
                       'the other order ("Last, First" is "First Last"), '
                       'with other blanks, case or accents') and
   "written" not in notes["6"],
   "the notes say how each name differs from the roster's: the order, "
   "the order and case, nothing")

rc, out, err = grade("--students", canvas, "--canvas")
rows = list(csv.reader(io.StringIO(out)))
ok(rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
               "Q1", "Q2", "Q3"],
   "--canvas: Canvas's columns, a column per question, no total")
ok(rows[1][0].strip() == "Points Possible" and
   [float(x) for x in rows[1][5:]] == [2.0, 1.0, 2.0],
   "--canvas: the points possible of each question")
by_id = {r[1]: r for r in rows[2:]}
good = True
for f, l, i, e, c, g in CLASS:
    r = by_id.get(c)
    good = good and r is not None and r[0] == "%s, %s" % (l, f) and \
        r[2:5] == [i, g, "Calc 1"] and \
        [float(x) for x in r[5:]] == [float(x) for x in MARKS[f]]
ok(good, "--canvas with Canvas's export as the roster: each student's "
   "ID, SIS User ID, SIS Login ID and Section from it, marks by hand")
rc, out, err = grade("--canvas")
rows = list(csv.reader(io.StringIO(out)))
ok(all(r[3] == r[0] and r[1] == r[2] == r[4] == "" for r in rows[2:]),
   "--canvas without a roster: the login is the name, as before")
rc, out, err = grade("--students", moodle, "--csv", "--all-attempts")
ok(rc in (0, 1) and out.startswith("student,ID number,Email address,"),
   "--all-attempts: the same columns")
# a varied sheet with Moodle's roster: the same columns
sheet_ans = w("v.tsv", "Ada Lovelace\tq1\t1\n")
rc, out, err = run("check", "--batch", sheet_ans, "--questions", LES,
                   "--students", moodle, "--csv")
rows = list(csv.reader(io.StringIO(out)))
ok(rows[0][:3] == ["student", "ID number", "Email address"] and
   len(rows) == 5 and rows[1][2] == "ada@example.org",
   "a varied sheet: the roster's identifiers too")
rc, out, err = grade("--students", moodle, "--json")
j = json.loads(out)
ok(sorted(s["student"] for s in j["students"]) == sorted(
    ["Lovelace, Ada", "van der Berg, Jan", "Müller, Jürgen",
     "Brontë, Zoë", "Bob Stranger"]),
   "--json: the roster's names, and the stranger")
done()
PY
