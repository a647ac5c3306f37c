#!/bin/sh
# t_roster_headers.sh - rosters as real tools export them (issues 12 and
# 13): Moodle's grade export ("First name", "Surname"/"Last name", "ID
# number", "Email address", grade columns), Moodle's grading worksheet
# and participants ("Full name" beside "Identifier" and "Email
# address"), Canvas's gradebook ("Student" as "Last, First", "ID", "SIS
# User ID", "Points Possible"), spreadsheets ("Name" beside "Student
# ID", a German "Name;Vorname;Matrikelnummer"), in CSV with commas or
# semicolons and in TSV.  Each gives the same three students: their
# seeds are FNV-1a of "First Last", computed here (tests/roster_lib.py),
# and nabla sheet --students writes their sheets with them; check
# --batch --students names each answer and row as the roster does.  A
# header with identifier columns but no names is refused whole, exit 2,
# before any sheet is written.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import glob, json, os, re
from tap import ok, done
from roster_lib import LES, run, seed, tmp

PEOPLE = [("Ada", "Lovelace"), ("Jan", "van der Berg"), ("Jo", "Müller")]
NATURAL = ["%s %s" % p for p in PEOPLE]
ROSTERS = {
    # Moodle: Grades > Export > Plain text file (its unit test's header)
    "moodle-grades.csv": (
        '"First name",Surname,"ID number",Institution,Department,'
        '"Email address","Assignment: Week 3","Course total",'
        '"Last downloaded from this course"\n'
        'Ada,Lovelace,s1,"Uni","Maths",ada@example.org,5.00,5.00,1\n'
        'Jan,"van der Berg",s2,"Uni","Maths",jan@example.org,-,-,1\n'
        'Jo,Müller,s3,"Uni","Maths",jo@example.org,4.00,4.00,1\n',
        "First Last"),
    "moodle-grades.tsv": (
        'First name\tLast name\tID number\tEmail address\tCourse total\n'
        'Ada\tLovelace\ts1\tada@example.org\t5.00\n'
        'Jan\tvan der Berg\ts2\tjan@example.org\t-\n'
        'Jo\tMüller\ts3\tjo@example.org\t4.00\n', "First Last"),
    # Moodle: the assignment's grading worksheet
    "moodle-worksheet.csv": (
        'Identifier,"Full name","Email address",Status,Grade,'
        '"Maximum Grade","Grade can be changed"\n'
        '"Participant 101","Ada Lovelace",ada@example.org,"Submitted",,'
        '10.00,Yes\n'
        '"Participant 102","Jan van der Berg",jan@example.org,"No '
        'submission",,10.00,Yes\n'
        '"Participant 103","Jo Müller",jo@example.org,"Submitted",,'
        '10.00,Yes\n', "Full name"),
    # Canvas: the gradebook's export
    "canvas.csv": (
        'Student,ID,SIS User ID,SIS Login ID,Section,"Week 3 (1234)"\n'
        '"    Points Possible",,,,,10.00\n'
        '"Lovelace, Ada",7,s1,ada,"Calculus 1",\n'
        '"van der Berg, Jan",8,s2,jan,"Calculus 1",\n'
        '"Müller, Jo",9,s3,jo,"Calculus 1",\n', "Student"),
    # a spreadsheet: the name beside a student number and an address
    "sheet.csv": ('Student ID,Name,Email\n1,Ada Lovelace,ada@x\n'
                  '2,Jan van der Berg,jan@x\n3,Jo Müller,jo@x\n', "Name"),
    "sheet.tsv": ('Name\tStudent ID\nAda Lovelace\t1\n'
                  'Jan van der Berg\t2\nJo Müller\t3\n', "Name"),
    # a German list: "Name" is the last name beside "Vorname"
    "liste.csv": ('Name;Vorname;Matrikelnummer;E-Mail\n'
                  'Lovelace;Ada;1;a@x\nvan der Berg;Jan;2;j@x\n'
                  'Müller;Jo;3;m@x\n', "Name;Vorname"),
    "fullname.tsv": ('Full name\tEmail address\tID number\n'
                     'Ada Lovelace\ta@x\t1\nJan van der Berg\tj@x\t2\n'
                     'Jo Müller\tm@x\t3\n', "Full name"),
}
# the answers: Ada and Jan answer, typed in the other order; Jo not
with open(tmp + "/a.tsv", "w") as fh:
    fh.write("Lovelace, Ada\tq1\t1\nJan van der Berg\tq1\t1\n")
want_seeds = sorted(seed(n) for n in NATURAL)
for f, (text, how) in sorted(ROSTERS.items()):
    path = tmp + "/" + f
    with open(path, "w") as fh:
        fh.write(text)
    out_dir = tmp + "/out-" + f
    rc, out, err = run("sheet", LES, "--students", path, "--out", out_dir)
    keys = glob.glob(out_dir + "/*-key.txt")
    seeds = sorted(int(x) for p in keys for x in re.findall(
        r"^Seed: (\d+)$", open(p, encoding="utf-8").read(), re.M))
    ok(rc == 0 and err == "" and seeds == want_seeds,
       "sheet --students %s (%s): three sheets, seeds of 'First Last' "
       "(%d %s %s)" % (f, how, rc, seeds, err.strip()))
    rc, out, err = run("check", "--batch", tmp + "/a.tsv", "--questions",
                       LES, "--students", path, "--json")
    j = json.loads(out) if out.startswith("{") else {"answers": [],
                                                     "students": []}
    rows = [s["student"] for s in j["students"]]
    ok(rc in (0, 1) and err == "" and len(j["answers"]) == 2 and
       all(a["seed"] == seed(n) for a, n in zip(j["answers"], NATURAL))
       and len(rows) == 3 and [s["unanswered"] for s in j["students"]]
       == [0, 0, 1] and {seed(r if "," not in r else
                                    "%s %s" % tuple(reversed(
                                        [x.strip() for x in r.split(",")])))
                               for r in rows} == set(want_seeds),
       "check --students %s: each answer graded with its roster "
       "student's seed, Jo's row unanswered (%s %s)" % (f, rows,
                                                          err.strip()))

# a header of identifiers only: no names to read; refused whole, exit 2
BAD = {"ids.csv": 'Email address,ID number\nada@x,1\njan@x,2\n',
       "ids.tsv": 'Student ID\tUsername\n1\tada\n2\tjan\n'}
for f, text in sorted(BAD.items()):
    path = tmp + "/" + f
    with open(path, "w") as fh:
        fh.write(text)
    rc, out, err = run("sheet", LES, "--students", path, "--out",
                       tmp + "/bad-" + f)
    ok(rc == 2 and "%s:1: a header without a column of names" % f in err
       and glob.glob(tmp + "/bad-" + f + "/*.txt") == [] and out == "",
       "sheet --students %s: a header without names refused, no sheet, "
       "exit 2 (%d %s)" % (f, rc, err.strip()))
    rc, out, err = run("check", "--batch", tmp + "/a.tsv", "--questions",
                       LES, "--students", path)
    ok(rc == 2 and "%s:1: a header without a column of names" % f in err
       and out == "",
       "check --students %s: refused, nothing graded, exit 2" % f)

# a plain roster whose first line is a name with a comma is no header
with open(tmp + "/plain.txt", "w") as fh:
    fh.write("Lovelace, Ada\nvan der Berg, Jan\nJo Müller\n")
rc, out, err = run("sheet", LES, "--students", tmp + "/plain.txt", "--out",
                   tmp + "/plain")
seeds = sorted(int(x) for p in glob.glob(tmp + "/plain/*-key.txt")
               for x in re.findall(r"^Seed: (\d+)$",
                                   open(p, encoding="utf-8").read(), re.M))
ok(rc == 0 and seeds == want_seeds,
   "a plain roster 'Last, First' on its first line: three students")
done()
PY
