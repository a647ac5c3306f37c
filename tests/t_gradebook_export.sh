#!/bin/sh
# t_gradebook_export.sh - check --batch --canvas: the gradebook in the
# columns Canvas's gradebook import reads (those of Canvas's own
# export: Student, ID, SIS User ID, SIS Login ID, Section, then one
# column per assignment, a Points Possible row), read back with
# Python's csv module; the marks worked by hand for a small key.  And
# the notes of the batch in one style (GNU: lower case after the
# field, no full stop), a lesson's "Did you mean ..." among them.  And
# a lesson's "points:": shown on its sheet, the points of its questions
# when it is the key (f = x^2 + y at (1, 2) is 3, worked by hand).
# And the core's decimal-comma notes in German text output (English
# in --json). Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
srcdir=${srcdir:-.}
export NABLA tmp srcdir
python3 - <<'PY'
import csv, io, json, os, subprocess
from tap import ok, skip, done

NABLA, tmp = os.environ["NABLA"], os.environ["tmp"]

def run(*args):
    p = subprocess.run([NABLA] + list(args), capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")

# Q1: the gradient of x^2 y + y^3 (2 points), Q2: the number 38 (1 point)
with open(tmp + "/key.tsv", "w") as f:
    f.write("Q1\tgrad\tx^2y + y^3\t-\t2\n")
    f.write("Q2\tnumber\t-\tkey=38\t1\n")
with open(tmp + "/answers.tsv", "w", encoding="utf-8") as f:
    f.write("ann@uni.example\tQ1\t2xy, x^2 + 3y^2\n")   # right: 2
    f.write("ann@uni.example\tQ2\t38,5\n")             # wrong: 0
    f.write("Jo M\u00fcller, Jr\tQ1\t2xy, x^2\n")        # one of two: 1
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   tmp + "/key.tsv", "--canvas")
rows = list(csv.reader(io.StringIO(out, newline="")))
ok(rc == 1 and rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID",
                           "Section", "Q1", "Q2"],
   "--canvas: Canvas's five columns in its order, then a column per question")
ok(rows[1][0].strip() == "Points Possible" and rows[1][1:] ==
   ["", "", "", "", "2", "1"], "--canvas: the Points Possible row (2, 1)")
ok(rows[2] == ["ann@uni.example", "", "", "ann@uni.example", "", "2", "0"],
   "--canvas: ann's row: her name as Student and SIS Login ID, 2 and 0")
ok(rows[3] == ["Jo M\u00fcller, Jr", "", "", "Jo M\u00fcller, Jr", "", "1",
               "0"] and len(rows) == 4,
   "--canvas: a name with a comma and a u-umlaut, quoted; 1 and 0 (not answered)")
ok(out.endswith("\r\n") and "total" not in out,
   "--canvas: CR LF, and no total column (Canvas would make it an assignment)")
rc, out, err = run("check", "grad", "x", "--answer", "1", "--canvas")
ok(rc == 2 and "--canvas is for --batch" in err, "--canvas without --batch")
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--csv",
                   "--canvas")
ok(rc == 2 and "choose one of" in err, "--canvas and --csv: one of them")

# --json: a question written without a function ("-": Q2, a number)
# has "function": null, not the placeholder
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   tmp + "/key.tsv", "--json")
fa = [(a["question"], a["function"]) for a in json.loads(out)["answers"]]
ok(fa == [("Q1", "x^2y + y^3"), ("Q2", None), ("Q1", "x^2y + y^3")],
   "--json: function null for the number question, given for the grad (%s)"
   % fa)

# the note on 38,5 (a lesson's number kind): lower case, no full stop
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   tmp + "/key.tsv")
line = [l for l in out.split("\n") if l.startswith("2\t")][0]
note = line.split("\t")[-1]
ok("did you mean 38.5?" in note and not note.endswith(".") and
   "Did you" not in line,
   "a lesson's note in the batch's style: 'did you mean', no full stop")
rc, out, err = run("check", "--batch", tmp + "/answers.tsv", "--questions",
                   tmp + "/key.tsv", "--tap")
diag = [l for l in out.split("\n") if l.startswith("# ") and "\t" not in l]
ok(diag and all(not l[2].isupper() and not l.endswith(".") for l in diag),
   "TAP diagnostics, a lesson's feedback too, in lower case, no full stop "
   "(%s)" % "; ".join(diag))

# in German, a lesson kind's decimal-comma note (which lessons
# translate) is still shown in the text output, not dropped
loc = os.path.join(tmp, "locale", "de", "LC_MESSAGES")
os.makedirs(loc)
mf = subprocess.run(["msgfmt", "-o", os.path.join(loc, "nabla.mo"),
                     os.path.join(os.environ["srcdir"], "po", "de.po")],
                    capture_output=True) if any(
    os.access(os.path.join(d, "msgfmt"), os.X_OK)
    for d in os.environ.get("PATH", "").split(":")) else None
env = dict(os.environ, LANGUAGE="de", LC_ALL="C.UTF-8",
           NABLA_LOCALEDIR=os.path.join(tmp, "locale"))
p = subprocess.run([NABLA, "check", "--batch", tmp + "/answers.tsv",
                    "--questions", tmp + "/key.tsv"], capture_output=True,
                   env=env)
de = p.stdout.decode("utf-8", "replace")
if mf is None or mf.returncode != 0 or "falsch" not in de:
    skip("no German catalogue or locale (msgfmt, C.UTF-8, NLS)")
else:
    line = [l for l in de.split("\n") if l.startswith("2\t")][0]
    ok("38,5" in line and "38.5?" in line,
       "German: a lesson kind's translated decimal-comma note is shown (%s)"
       % line.split("\t")[-1])

# the core's decimal-comma notes (a step, an ambiguous point) in the
# text output are in the language of the messages; the machine outputs
# keep English.  Q3: one step on x^2 + 2y^2 from (1, 1), rate 0.1:
# (1, 1) - 0.1 (2, 4) = (0.8, 0.6), worth 2 points
with open(tmp + "/kc.tsv", "w") as f:
    f.write("Q3\tstep\tx^2 + 2y^2\tfrom=1,1 rate=0.1 steps=1\t2\n")
with open(tmp + "/ac.tsv", "w") as f:
    f.write("ann\tQ3\t0,8, 0,6\n")      # right as meant: 2/2
    f.write("ben\tQ3\t0,8, 0,7\n")      # wrong as meant: 0/2
    f.write("cleo\tQ3\t1,5,2\n")        # ambiguous: malformed, 0/2
def de_run(*args):
    p = subprocess.run([NABLA] + list(args), capture_output=True, env=env)
    return p.stdout.decode("utf-8", "replace")
if mf is None or mf.returncode != 0 or "falsch" not in de:
    for _ in range(3):
        skip("no German catalogue or locale (msgfmt, C.UTF-8, NLS)")
else:
    de = de_run("check", "--batch", tmp + "/ac.tsv", "--questions",
                tmp + "/kc.tsv").split("\n")
    ok(de[0] == "1\tann\tQ3\tstep\trichtig\t2/2\tmeinten Sie (0.8, 0.6)? "
       "0,8 wird als zwei Zahlen gelesen: schreiben Sie Dezimalzahlen "
       "mit Punkt" and de[1].startswith("2\tben\tQ3\tstep\tfalsch\t0/2\t"
       "a\u2081: falsch; meinten Sie (0.8, 0.7)? 0,8 wird als zwei"),
       "German text: the core's decimal-comma note translated (%s | %s)"
       % (de[0], de[1]))
    ok(de[2].startswith("3\tcleo\tQ3\tstep\tfehlerhaft\t0/2\t") and
       "1,5,2 l\u00e4sst sich mit Dezimalkommas auf mehr als eine Art" in
       de[2] and "can be read" not in de[2],
       "German text: the ambiguous decimal commas said in German (%s)"
       % de[2])
    js = json.loads(de_run("check", "--batch", tmp + "/ac.tsv",
                           "--questions", tmp + "/kc.tsv", "--json"))
    ok(js["answers"][0]["notes"][0] == "did you mean (0.8, 0.6)? 0,8 reads "
       "as two numbers: write decimals with a point" and
       js["answers"][0]["points"] == 2 and js["answers"][1]["points"] == 0,
       "German locale, --json: the note stays English (%s)"
       % js["answers"][0]["notes"])

# a lesson kind's part that is missing is labelled by what is missing
with open(tmp + "/k3.tsv", "w") as f:
    f.write("Q3\tvalue\tx^2y + y^3\task=gradient at=1,2\t2\n")
with open(tmp + "/a3.tsv", "w") as f:
    f.write("ann\tQ3\t4\n")
rc, out, err = run("check", "--batch", tmp + "/a3.tsv", "--questions",
                   tmp + "/k3.tsv")
brief = out.split("\n")[0].split("\t")[-1]
ok("\u2202f/\u2202y:" in brief and "value:" not in brief,
   "a gradient given as one number: the missing part is labelled df/dy (%s)"
   % brief)

# points: on a lesson: the sheet shows them, the grading uses them
LESSON = """id: pts
title: Points
summary: Two exercises with points.

--- exercise: value
id: q1
points: 3
prompt: The value of $f(x, y) = x^2 + y$ at (1, 2).
function: x^2 + y
ask: f
at: 1, 2

--- exercise: value
id: q2
points: 1.5
prompt: The value of $f(x) = 2x$ at 1.
function: 2x
ask: f
at: 1
"""
with open(tmp + "/pts.lesson", "w") as f:
    f.write(LESSON)
rc, out, err = run("sheet", tmp + "/pts.lesson", "--ascii")
ok(rc == 0 and "Points: 4.5" in out and "Exercise 1 (q1), 3 points" in out
   and "Exercise 2 (q2), 1.5 points" in out,
   "sheet: the points of each exercise (3, 1.5) and of the sheet (4.5)")
with open(tmp + "/pa.tsv", "w") as f:
    f.write("ann\tq1\t3\nann\tq2\t5\n")
rc, out, err = run("check", "--batch", tmp + "/pa.tsv", "--questions",
                   tmp + "/pts.lesson", "--csv")
rows = list(csv.reader(io.StringIO(out, newline="")))
ok(rows == [["student", "q1", "q2", "total"], ["ann", "3", "0", "3"]],
   "--questions LESSON: q1 right is worth 3, q2 wrong 0: 3 in all")
rc, out, err = run("check", "--batch", tmp + "/pa.tsv", "--questions",
                   tmp + "/pts.lesson", "--json")
import json
ok(json.loads(out)["max_points"] == 4.5, "--questions LESSON: 4.5 points in all")
with open(tmp + "/bad.lesson", "w") as f:
    f.write(LESSON.replace("points: 3", "points: -1"))
rc, out, err = run("lint", tmp + "/bad.lesson")
ok(rc == 1 and "bad.lesson:7: error: points must be a number from 0 to "
   "1000000" in out + err, "lint: points: -1 is an error at its line")
with open(tmp + "/none.lesson", "w") as f:
    f.write(LESSON.replace("points: 3\n", "").replace("points: 1.5\n", ""))
rc, out, err = run("sheet", tmp + "/none.lesson", "--ascii")
ok(rc == 0 and "Points:" not in out and "Exercise 1 (q1)\n" in out,
   "sheet: a lesson without points: no points shown")
done()
PY
