#!/bin/sh
# t_roster_order.sh - a roster in "Last, First" form, as Canvas and
# Moodle export it, and answers typed "First Last" (issues 12 and 13):
# one student, one seed.  The seed of "Last, First" is FNV-1a (64 bits,
# folded to 32, the rule of lesson/variant.h) of "First Last", computed
# here; a plain name keeps the hash of its own bytes.  A class of 30 is
# sheeted from such a roster, each student's number read from their
# sheet (the tiny lesson asks for f(1) of f = a x: the answer is a), the
# answers typed in either order, other case, NFD accents, and graded in
# every output, each naming the student as the roster does.  Two roster
# lines one name in two orders: said, exit 2.  An empty line after an
# answer does not take it back.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import csv, glob, io, json, re
from tap import ok, done
from roster_lib import LES, run, seed, tmp

def sheet_seed(name):
    rc, out, err = run("sheet", LES, "--student", name, "--ascii")
    m = re.search(r"^Seed: (\d+)$", out, re.M)
    return int(m.group(1)) if rc == 0 and m else None

# the seed: "Last, First" is "First Last"; plain names as before
for written, natural in (("Lovelace, Ada", "Ada Lovelace"),
                         ("  Lovelace ,Ada ", "Ada Lovelace"),
                         ("van der Berg, Jan", "Jan van der Berg"),
                         ("Lovelace, Ada Augusta", "Ada Augusta Lovelace"),
                         ("Ada Lovelace", "Ada Lovelace"),
                         ("King, Martin, Jr.", "King, Martin, Jr."),
                         (", Ada", ", Ada")):
    ok(sheet_seed(written) == seed(natural),
       "sheet --student %r: the seed of %r (%d)" % (written, natural,
                                                   seed(natural)))

# a class of 30, the roster last name first (a few plain ones)
FIRST = ["Ada", "Jan", "Jürgen", "Eva", "Sean", "Kim", "Zoë", "Łukasz",
         "Maria José", "Li", "Ben", "Cleo", "Dan", "Farid", "Gül"]
LAST = ["Lovelace", "van der Berg", "Müller", "Novák", "O'Neil", "Ng",
        "Brontë", "Kowalski", "García Pérez", "Wei", "Okafor", "Park",
        "de la Cruz", "Haddad", "Yılmaz"]
people = []
for i in range(30):
    f, l = FIRST[i % 15], LAST[(i * 7 + i // 15) % 15]
    people.append((f, l))
assert len(set(people)) == 30
roster = ["%s, %s" % (l, f) if i % 6 != 5 else "%s %s" % (f, l)
          for i, (f, l) in enumerate(people)]
with open(tmp + "/roster.txt", "w") as fh:
    fh.write("# exported from the LMS\n" + "\n".join(roster) + "\n")
rc, out, err = run("sheet", LES, "--students", tmp + "/roster.txt", "--out",
                   tmp + "/sheets", "--ascii")
ok(rc == 0 and err == "", "sheet --students: a roster in 'Last, First' "
   "form, exit 0, nothing said (%d %s)" % (rc, err.strip()))
# each sheet's number by its seed (the Student line may be ASCII)
by_seed = {}
for p in glob.glob(tmp + "/sheets/*.txt"):
    if p.endswith("-key.txt"):
        continue
    t = open(p, encoding="utf-8").read()
    num = re.search(r"With a = (\d+):", t)
    s = re.search(r"^Seed: (\d+)$", t, re.M)
    if num and s:
        by_seed[int(s.group(1))] = int(num.group(1))
sd = {r: seed("%s %s" % people[i]) for i, r in enumerate(roster)}
ok(len(by_seed) == 30 and all(sd[r] in by_seed for r in roster),
   "30 sheets, each seed the hash of 'First Last'")
a = {r: by_seed.get(sd[r], 0) for r in roster}

def nfd(s):
    return s.replace("ü", "u\u0308").replace("á", "a\u0301")

def typed(i):
    f, l = people[i]
    return [f + " " + l, (f + " " + l).upper(), nfd(f + "  " + l),
            "%s,%s" % (l, f), "%s, %s" % (l.lower(), f)][i % 5]

lines, want = [], {}
for i, r in enumerate(roster):
    right = i % 3 != 1
    lines.append((typed(i), str(a[r] if right else a[r] + 1)))
    if i % 7 == 3:
        lines.append((typed(i), ""))    # an empty resubmission
    want[r] = 1 if right else 0
with open(tmp + "/answers.tsv", "w", encoding="utf-8") as fh:
    for who, ans in lines:
        fh.write("%s\tq1\t%s\n" % (who, ans))
base = ["check", "--batch", tmp + "/answers.tsv", "--questions", LES,
        "--students", tmp + "/roster.txt"]
ok(any(i % 7 == 3 and i % 3 != 1 for i in range(30)),
   "the class has a right answer followed by an empty one")

rc, out, err = run(*base)
rows = [l.split("\t") for l in out.splitlines() if l.count("\t") >= 8 and
        not l.startswith("student\t")]
got = {r[0]: float(r[7]) for r in rows}
ok(rc == 1 and got == want, "text: every student by the roster's name, the "
   "points worked by hand (%d rows)" % len(rows))
ok("other order" in out and "other blanks, case or accents" in out,
   "text: the notes say the other order, and other case or accents")

rc, out, err = run(*base, "--json")
j = json.loads(out)
ok(all(x["student"] in roster and x["seed"] == sd[x["student"]]
       for x in j["answers"]),
   "json: every answer the roster's student, graded with the sheet's seed")
ok(all(x.get("student_as_written", x["student"]) == lines[k][0]
       for k, x in enumerate(j["answers"])),
   "json: student_as_written is the file's spelling")
ok({x["student"]: x["points"] for x in j["students"]} == want,
   "json: the totals by the roster's names")

rc, out, err = run(*base, "--all-attempts", "--json")
j = json.loads(out)
half = {r: want[r] / 2 if i % 7 == 3 else want[r]
        for i, r in enumerate(roster)}
ok({x["student"]: x["points"] for x in j["students"]} == half,
   "--all-attempts: an empty attempt is one of the mean, as before")

rc, out, err = run(*base, "--csv")
c = list(csv.reader(io.StringIO(out)))
ok(c[0] == ["student", "q1", "total"] and
   {r[0]: float(r[2]) for r in c[1:]} == want,
   "csv: a row per roster name, its total")
rc, out, err = run(*base, "--canvas")
c = list(csv.reader(io.StringIO(out)))
ok({r[0]: float(r[5]) for r in c[2:]} == want,
   "canvas: the Student column is the roster's name")
rc, out, err = run(*base, "--gradescope")
g = json.loads(out)
ok({x["student"]: x["score"] for x in g} == want,
   "gradescope: each student the roster's name")
rc, out, err = run(*base, "--tap")
ok(all(any(" %s q1 " % r in l for l in out.splitlines()) for r in roster),
   "tap: every result names the roster's student")

# two roster lines one name in two orders: said, exit 2, nothing graded
with open(tmp + "/clash.txt", "w") as fh:
    fh.write("Lovelace, Ada\nGrace Hopper\nada lovelace\nHopper,Grace\n"
             "Ann Lee\nann  lee\n")
with open(tmp + "/a2.tsv", "w") as fh:
    fh.write("Ada Lovelace\tq1\t1\n")
rc, out, err = run("check", "--batch", tmp + "/a2.tsv", "--questions", LES,
                   "--students", tmp + "/clash.txt")
ok(rc == 2 and out == "" and
   "clash.txt:3: ada lovelace is Lovelace, Ada of line 1" in err and
   "clash.txt:4: Hopper,Grace is Grace Hopper of line 2" in err,
   "check --students: one name in two orders on two lines: both said, "
   "exit 2, nothing graded")
ok("warning: ann  lee is Ann Lee of line 5" in err,
   "and other blanks or case in one order stay a warning")
rc, out, err = run("sheet", LES, "--students", tmp + "/clash.txt", "--out",
                   tmp + "/cs")
ok(rc == 2 and "clash.txt:3: ada lovelace is Lovelace, Ada of line 1" in err
   and "2 lines refused" in err and
   len(glob.glob(tmp + "/cs/*-key.txt")) == 4,
   "sheet --students: the later line refused, no sheet for it, exit 2")
with open(tmp + "/c2.txt", "w") as fh:
    fh.write("Lovelace, Ada\nLovelace,Ada\n")
rc, out, err = run("sheet", LES, "--students", tmp + "/c2.txt", "--out",
                   tmp + "/c2")
ok(rc == 2 and "c2.txt:2: Lovelace,Ada is Lovelace, Ada of line 1" in err,
   "two 'Last, First' of one seed: said, exit 2")
# a roster exported with columns: Moodle's first and last name, a
# German spreadsheet's ';', a tab-separated one, Canvas's gradebook
ROSTERS = {
    "moodle.csv": ('First name,Last name,ID number,Email address\n'
                   'Ada,Lovelace,1,ada@example.org\n'
                   'Jan,van der Berg,2,jan@example.org\n'
                   '"Jo","Müller",3,jo@example.org\n'),
    "de.csv": ('Nachname;Vorname;E-Mail\nLovelace;Ada;a@x\n'
               'van der Berg;Jan;j@x\nMüller;Jo;m@x\n'),
    "tabs.txt": ('Surname\tFirst name\nLovelace\tAda\n'
                 'van der Berg\tJan\nMüller\tJo\n'),
    "canvas.csv": ('Student,ID,SIS User ID,SIS Login ID,Section,q1\n'
                   '"    Points Possible",,,,,1\n'
                   '"Lovelace, Ada",7,,ada,S1,\n'
                   '"van der Berg, Jan",8,,jan,S1,\n'
                   '"Müller, Jo",9,,jo,S1,\n'),
}
names = ["Lovelace, Ada", "van der Berg, Jan", "Müller, Jo"]
with open(tmp + "/a3.tsv", "w") as fh:
    fh.write("Ada Lovelace\tq1\t1\njan van der berg\tq1\t1\n"
             "Müller, Jo\tq1\t1\n")
for f, text in sorted(ROSTERS.items()):
    with open(tmp + "/" + f, "w") as fh:
        fh.write(text)
    rc, out, err = run("sheet", LES, "--students", tmp + "/" + f, "--out",
                       tmp + "/out-" + f)
    seeds = sorted(int(x) for x in re.findall(r"^Seed: (\d+)$", "\n".join(
        open(p, encoding="utf-8").read() for p in
        glob.glob(tmp + "/out-" + f + "/*-key.txt")), re.M))
    ok(rc == 0 and err == "" and seeds == sorted(
        seed(x) for x in ("Ada Lovelace", "Jan van der Berg", "Jo Müller")),
       "sheet --students %s: the header read, three sheets, seeds of "
       "'First Last' (%s)" % (f, err.strip()))
    rc, out, err = run("check", "--batch", tmp + "/a3.tsv", "--questions",
                       LES, "--students", tmp + "/" + f, "--json")
    j = json.loads(out) if out else {"answers": []}
    ok(rc in (0, 1) and err == "" and
       [x["student"] for x in j["answers"]] == names and
       sorted(x["student"] for x in j["students"]) == sorted(names),
       "check --students %s: each answer the roster's 'Last, First'" % f)
done()
PY
