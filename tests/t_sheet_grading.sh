#!/bin/sh
# t_sheet_grading.sh - a varied sheet from hand-out to marks (issues 12
# and 13): nabla sheet writes a sheet and a key for each of a roster of
# 30 (text and LaTeX, the LaTeX compiled when pdflatex is installed);
# here each student's numbers are read from their own sheet, the right
# answers worked out from the formulas with exact fractions (never
# taken from nabla's key), a class file written with right, wrong,
# resubmitted and missing answers, a student with a seed cell, and one
# who copies a neighbour's answers; nabla check --batch --questions
# LESSON grades each against their own variant, and every status,
# total and the "another variant" note are checked in the text, JSON,
# CSV and summary outputs.  The class is drawn from a fixed seed
# (printed).  Prints TAP.

. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
nabla=$NABLA
srcdir=${srcdir:-.}
XDG_STATE_HOME=$tmp/state
XDG_DATA_HOME=$tmp/data
export XDG_STATE_HOME XDG_DATA_HOME
unset NABLA_LESSONS NABLA_SEED

python3 - "$nabla" "$srcdir" "$tmp" <<'EOF'
from tap import ok, skip, done
import csv, io, json, os, random, re, shutil, subprocess, sys
from fractions import Fraction as F

nabla, srcdir, tmp = sys.argv[1:4]
LES = srcdir + "/tests/lessons-variant/homework.lesson"
SEED = 1213
rng = random.Random(SEED)

def run(*args):
    p = subprocess.run([nabla] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")

print("# seed %d" % SEED)

# The roster: 30 names, one of them not ASCII.
FIRST = ["ann", "ben", "cleo", "dan", "eva", "finn", "gus", "hana", "ivo",
         "jan", "kim", "lea", "max", "nora", "otto", "pia", "quin", "rosa",
         "sam", "tara", "udo", "vera", "will", "xia", "yann", "zoe", "abe",
         "bea", "cai"]
names = FIRST + ["Zoë Müller"]
rng.shuffle(names)
with open(tmp + "/roster.txt", "w", encoding="utf-8") as f:
    f.write("# week 3\n" + "\n".join(names) + "\n")

def file_name(name):
    # letters of any script kept, a blank (and other ASCII) made "_"
    b = re.sub(r"[^A-Za-z0-9._\u00a1-\U0010ffff-]", "_", name)
    return "_" + b[1:] if b[:1] == "." else b

os.makedirs(tmp + "/txt")
os.makedirs(tmp + "/tex")
rc, out, err = run("sheet", LES, "--students", tmp + "/roster.txt",
                   "--out", tmp + "/txt")
ok(rc == 0 and "30 students" in out, "sheet: 30 text sheets and keys (%s)" % err.strip())
rc, out, err = run("sheet", LES, "--students", tmp + "/roster.txt",
                   "--out", tmp + "/tex", "--latex")
ok(rc == 0, "sheet --latex: 30 LaTeX sheets and keys")

# Each student's numbers, read from the sheet the student was given.
PAT = [("q1", r"With a = (\d+) and b = (\d+):"),
       ("q2", r"With c = (\d+) and d = (\d+):"),
       ("q3", r"With p = (\d+) and q = (\d+):"),
       ("q4", r"With k = (\d+):")]

def params(text):
    m = re.search(r"^Seed: (\d+)$", text, re.M)
    got = {"seed": int(m.group(1)) if m else None}
    for q, pat in PAT:
        m = re.search(pat.replace(" ", r"\s+"), text)
        got[q] = tuple(int(g) for g in m.groups()) if m else None
    return got

P = {}
good = True
for s in names:
    with open(tmp + "/txt/" + file_name(s) + ".txt", encoding="utf-8") as f:
        P[s] = params(f.read())
    with open(tmp + "/tex/" + file_name(s) + ".tex", encoding="utf-8") as f:
        tex = f.read()
    if None in P[s].values() or params(tex) != P[s] or \
            "\\begin{document}" not in tex:
        good = False
        print("# %s: %r" % (s, P[s]))
ok(good, "every sheet (text and LaTeX) shows the seed and the student's numbers")
seeds = {P[s]["seed"] for s in names}
ok(len(seeds) == 30, "30 students, 30 seeds")
vs = {tuple(P[s][q] for q in ("q1", "q2", "q3", "q4")) for s in names}
ok(len(vs) >= 25, "the numbers differ between students (%d variants)" % len(vs))

if shutil.which("pdflatex"):
    good = True
    for s in names[:2]:
        p = subprocess.run(["pdflatex", "-interaction=nonstopmode",
                            "-halt-on-error", "-output-directory",
                            tmp + "/tex", tmp + "/tex/" + file_name(s) + ".tex"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        good = good and p.returncode == 0
    ok(good, "pdflatex compiles the LaTeX sheets")
else:
    skip("pdflatex is not installed")

# The right answers, worked out here.
def dec(x):
    x = F(x)
    s = "%.10f" % (x.numerator / x.denominator)
    return s.rstrip("0").rstrip(".") if "." in s else s

def right(p, q):
    if q == "q1":    # grad(a x^2 y + b y^3) = (2axy, a x^2 + 3b y^2) at (2, 3)
        a, b = p["q1"]
        return "%d, %d" % (2 * a * 2 * 3, a * 4 + 3 * b * 9)
    if q == "q2":    # x <- x - 0.1 (2c x) = (1 - 0.2c) x, twice
        c, d = p["q2"]
        fx, fy = 1 - F(2, 10) * c, 1 - F(2, 10) * d
        return "%s, %s; %s, %s" % (dec(fx), dec(fy), dec(fx * fx), dec(fy * fy))
    if q == "q3":    # 2x - 2p = 0, 2y + 2q = 0
        pp, qq = p["q3"]
        return "%d, %d" % (pp, -qq)
    k, = p["q4"]     # |1 - 2 k gamma| < 1 and |1 - 2 gamma| < 1: gamma < 1/k
    return "%.6g" % (1.0 / k)

def wrong(p, q):
    # wrong for every variant: no variant's right answer looks like these
    if q == "q1":
        a, b = p["q1"]
        return "%d, %d" % (12 * a + 1, 4 * a + 27 * b + 1)
    if q == "q2":
        c, d = p["q2"]
        fx, fy = 1 - F(2, 10) * c, 1 - F(2, 10) * d
        return "%s, %s; %s, %s" % (dec(fx + 1), dec(fy + 1), dec(fx * fx + 1),
                                  dec(fy * fy + 1))
    if q == "q3":
        pp, qq = p["q3"]
        return "%d, %d" % (pp + 10, -qq)
    k, = p["q4"]
    return "%.6g" % (10.0 / k)

QS = ("q1", "q2", "q3", "q4")
lines = []          # (student, question, answer[, seed])
want = {}           # (student, question) -> (status, note)
copier, neighbour = names[10], names[11]
resub, missing = names[5], names[3]
for i, s in enumerate(names):
    for j, q in enumerate(QS):
        if s == missing and q == "q4":
            continue
        if s == copier:
            a = right(P[neighbour], q)
            if a == right(P[s], q):
                want[(s, q)] = ("right", None)
            else:
                want[(s, q)] = ("wrong", P[neighbour]["seed"])
            lines.append((s, q, a))
            continue
        if s == resub and q == "q1":
            lines.append((s, q, wrong(P[s], q)))
        bad = (i * 7 + j) % 6 == 0
        lines.append((s, q, wrong(P[s], q) if bad else right(P[s], q)))
        want[(s, q)] = ("wrong" if bad else "right", None)
# a guest who was given the sheet of seed 7, named by a seed cell
rc, out, err = run("sheet", LES, "--seed", "7")
P["guest"] = params(out.split("(answer key)")[0])
for q in QS:
    lines.append(("guest", str(QS.index(q) + 1), right(P["guest"], q), "7"))
    want[("guest", q)] = ("right", None)
ncopied = sum(1 for q in QS if want[(copier, q)][0] == "wrong")
ok(ncopied >= 2, "%s copies %s's answers: %d of them differ from %s's own"
   % (copier, neighbour, ncopied, copier))
rng.shuffle(lines)
lines.sort(key=lambda t: 0 if t[0] != resub else 1)  # resubmission: in order
with open(tmp + "/answers.tsv", "w", encoding="utf-8") as f:
    f.write("student\tquestion\tanswer\tseed\n")
    for t in lines:
        f.write("\t".join(t) + "\n")
students = names + ["guest"]
# the seeds for which a copied answer is right: any of them may be named
by_seed = {P[x]["seed"]: P[x] for x in names}
by_seed[7] = P["guest"]
def seeds_for(q, answer):
    return {sd for sd, p in by_seed.items() if right(p, q) == answer}
total = {s: sum(1 for q in QS if want.get((s, q), ("",))[0] == "right")
         for s in students}

def grade(*fmt):
    return run("check", "--batch", tmp + "/answers.tsv", "--questions", LES,
               *fmt)

# --- text --------------------------------------------------------------------
rc, out, err = grade()
ok(rc == 1, "text: exit 1 (wrong answers) %s" % err.strip()[:200])
rows = [l.split("\t") for l in out.splitlines() if l[:1].isdigit()]
ok(len(rows) == len(lines), "text: a verdict per answer (%d)" % len(rows))
good = True
for r in rows:
    s, q, st = r[1], r[2], r[4]
    w = want.get((s, q))
    if w is None or (s == resub and q == "q1"):
        continue
    if st != w[0] or ((w[1] is not None) != ("another variant" in "\t".join(r))):
        good = False
        print("# %r, want %r" % (r, w))
ok(good, "text: every answer judged against its student's own numbers")
cop = [r for r in rows if r[1] == copier and len(r) > 6]
def named_seeds(t):
    # one variant "(seed N)" (a roster's student's: "NAME's variant"),
    # or several "N other variants have them (seeds A, B, ...)"
    m = re.search(r"these are the answers to (?:another|.*'s) variant "
                  r"\(seed (\d+)\)|these are the answers to another "
                  r"variant: \d+ other variants have them \(seeds "
                  r"([\d, ]+)", t)
    if m is None:
        return set()
    return {int(x) for x in (m.group(1) or m.group(2)).split(", ") if x}
ok(len(cop) == ncopied and all(named_seeds(r[6]) and named_seeds(r[6]) <=
   seeds_for(r[2], right(P[neighbour], r[2])) for r in cop),
   "text: the copied answers are wrong: these are the answers to another variant")
tab = {l.split("\t")[0]: l.split("\t") for l in out.split("\n\n", 1)[1].splitlines()[1:]}
ok(all(s in tab and float(tab[s][7]) == total[s] and tab[s][8] == "4"
       for s in students), "text: every student's total of 4")

# --- JSON --------------------------------------------------------------------
rc, out, err = grade("--json")
d = json.loads(out)
good = len(d["answers"]) == len(lines)
for a in d["answers"]:
    s = a["student"]
    if a["seed"] != P[s]["seed"] if s != "guest" else a["seed"] != 7:
        good = False
        print("# seed %r" % a)
ok(good, "json: each answer carries its student's seed, the one on the sheet")
good = True
for a in d["answers"]:
    w = want[(a["student"], a["question"])]
    if not a["counts"]:
        continue
    another = [p for p in a["parts"] if p["mistake"] == "another-variant"]
    named = {x for t in a["notes"] for x in named_seeds(t)}
    if a["status"] != w[0] or bool(another) != (w[1] is not None) or \
            (w[1] is not None and not named & seeds_for(a["question"],
                                                       a["answer"])):
        good = False
        print("# %r, want %r" % (a, w))
ok(good, "json: statuses; the copies carry the mistake another-variant and the note")
js = {x["student"]: x for x in d["students"]}
ok(all(js[s]["points"] == total[s] and js[s]["max_points"] == 4
       for s in students), "json: every total")
ok(all(a["function"] for a in d["answers"] if a["question"] != "q4") and
   any(a["function"] != d["answers"][0]["function"] for a in d["answers"]
       if a["question"] == d["answers"][0]["question"]),
   "json: the function of each answer is the student's variant")
rs = [a for a in d["answers"] if a["student"] == resub and a["question"] == "q1"]
ok(len(rs) == 2 and not rs[0]["counts"] and rs[1]["counts"],
   "json: a resubmission counts, the first attempt does not")

# --- CSV and summary ---------------------------------------------------------
rc, out, err = grade("--csv")
rd = list(csv.reader(io.StringIO(out, newline="")))
ok(rd[0] == ["student", "q1", "q2", "q3", "q4", "total"], "csv: the header")
by = {r[0]: r for r in rd[1:]}
good = set(by) == set(students)
for s in students:
    for j, q in enumerate(QS):
        w = 1.0 if want.get((s, q), ("",))[0] == "right" else 0.0
        good = good and float(by[s][j + 1]) == w
    good = good and float(by[s][5]) == total[s]
ok(good, "csv: every mark and total")
rc, out, err = grade("--summary")
flagged = [q for q in QS if want[(copier, q)][0] == "wrong"]
ok(all(re.search(r"^%s:.*another-variant 1 of 31" % q, out, re.M)
       for q in flagged), "summary: another-variant 1 of 31 (%s)" % flagged)

# --- a neighbour's answers by seed cell; a bad seed ---------------------------
with open(tmp + "/one.tsv", "w") as f:
    f.write("%s\tq3\t%s\t%d\n" % ("someone", right(P[neighbour], "q3"),
                                    P[neighbour]["seed"]))
    f.write("someone\tq3\t1, 1\tseven\n")
    f.write("someone\tq9\t1, 1\n")
rc, out, err = run("check", "--batch", tmp + "/one.tsv", "--questions", LES)
r = [l.split("\t") for l in out.splitlines()]
ok(r[0][4] == "right", "a seed cell picks the variant: %s's numbers are right for that seed" % neighbour)
ok(r[1][4] == "malformed" and "seed" in r[1][6] and r[2][4] == "malformed"
   and "unknown question" in r[2][6], "a bad seed cell, an unknown question: malformed")
# --students: a copy from a student of the roster who did not answer
absent = names[12]
other = [x for x in names if right(P[x], "q3") != right(P[absent], "q3")][0]
with open(tmp + "/two.tsv", "w", encoding="utf-8") as f:
    f.write("%s\tq3\t%s\n" % (other, right(P[absent], "q3")))
rc, out, err = run("check", "--batch", tmp + "/two.tsv", "--questions", LES)
ok(out.split("\t")[4] == "wrong" and "another variant" not in out,
   "without the roster, a copy from one who did not answer is only wrong")
rc, out, err = run("check", "--batch", tmp + "/two.tsv", "--questions", LES,
                   "--students", tmp + "/roster.txt")
ok(named_seeds(out) and named_seeds(out) <= seeds_for("q3", right(P[absent], "q3")),
   "--students: the copy from %s, who did not answer, is named" % absent)
# a name the roster spells otherwise (case, blanks) is the roster's
# student, graded with the roster's numbers, and the line says so; a
# name that is not the roster's at all is named
typo = "  " + names[0].upper() + " "
other = names[0] + "x"
with open(tmp + "/three.tsv", "w", encoding="utf-8") as f:
    f.write("%s\tq1\t%s\n" % (typo, right(P[names[0]], "q1")))
    f.write("%s\tq1\t%s\n" % (names[0], right(P[names[0]], "q1")))
    f.write("%s\tq1\t%s\n" % (other, right(P[names[0]], "q1")))
rc, out, err = run("check", "--batch", tmp + "/three.tsv", "--questions", LES,
                   "--students", tmp + "/roster.txt", "--json")
d = json.loads(out)["answers"]
ok(d[0]["student"] == names[0] and d[0]["status"] == "right" and
   any("written \"%s\"" % typo.strip() in t and "other blanks, case" in t
       for t in d[0]["notes"]) and
   d[1]["status"] == "right" and d[1]["notes"] == [],
   "--students: %s is the roster's %s, with its numbers, named" %
   (typo.strip(), names[0]))
ok(any("%s is not in the roster" % other in t for t in d[2]["notes"]),
   "--students: %s, not in the roster, is named" % other)
rc, out, err = run("check", "--batch", tmp + "/two.tsv", "--students",
                   tmp + "/roster.txt")
ok(rc == 2 and "--students" in err, "--students without a sheet: a usage error")
rc, out, err = run("check", "--batch", tmp + "/one.tsv", "--questions",
                   tmp + "/nowhere.lesson")
ok(rc == 2 and "nowhere.lesson" in err, "a sheet that cannot be read: exit 2")

done()
EOF
