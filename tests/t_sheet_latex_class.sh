#!/bin/sh
# t_sheet_latex_class.sh - nabla sheet --students --latex writes, besides
# a .tex per student, the whole class in one document with a page per
# student, class.tex, and the keys in class-key.tex (issue 13).  A class
# of 30, names with accents, LaTeX's specials, "Last, First" and a
# student called "class" (whose own files become class-2.tex): each
# document has one preamble and one \end{document}, 30 pages split by
# 29 \clearpage, each page a student's own sheet, in the roster's
# order, with the seed computed here (FNV-1a of "First Last",
# tests/roster_lib.py) and, on the key, the number of that student's
# sheet.  Compiled with pdflatex when it is installed: 30 pages each.
# Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"
python_tests
LES=${srcdir:-.}/tests/lessons-variant/tiny.lesson
export LES NABLA tmp
python3 - <<'PY'
import os, re, shutil, subprocess
from tap import ok, skip, done
from roster_lib import LES, run, seed, tmp

names = ["Ada Lovelace", "Jürgen Müller", "50% _Kim_ & {Lee}", "class",
         "Łukasz Nowak", "Zoë Brontë", "O'Neil, Sean",
         "back\\slash ~tilde^"]
names += ["Student %02d" % i for i in range(len(names), 30)]
natural = [("Sean O'Neil" if n == "O'Neil, Sean" else n) for n in names]
with open(tmp + "/roster.txt", "w") as fh:
    fh.write("\n".join(names) + "\n")
out_dir = tmp + "/tex"
rc, out, err = run("sheet", LES, "--students", tmp + "/roster.txt",
                   "--latex", "--out", out_dir)
ok(rc == 0 and "30 students" in out and
   "the whole class, a page per student: %s/class.tex and "
   "%s/class-key.tex" % (out_dir, out_dir) in out,
   "sheet --students --latex: 30 sheets and the class's two documents "
   "(%d %s)" % (rc, out.strip()))
ok("files named class-2" in err and
   os.path.exists(out_dir + "/class-2.tex"),
   "the student called class has files of their own, class-2.tex")

def pages(path):
    """The document's pages: the text between the preamble and the end,
    split at \\clearpage; None when its shape is wrong."""
    t = open(path, encoding="ascii").read()
    if (t.count("\\documentclass") != 1 or t.count("\\begin{document}") != 1
            or not t.endswith("\\end{verbatim}\n\\end{document}\n")
            or t.count("\\end{document}") != 1):
        return None
    body = t[t.index("\\begin{document}\n") + 17:-len("\\end{document}\n")]
    return body.split("\\clearpage\n")

sheets, keys = pages(out_dir + "/class.tex"), pages(out_dir + "/class-key.tex")
ok(sheets is not None and keys is not None and len(sheets) == 30 and
   len(keys) == 30,
   "class.tex and class-key.tex: one preamble, one end, 30 pages")
ok(sheets is not None and all(p.count("\\begin{verbatim}") == 1 and
                              p.endswith("\\end{verbatim}\n") and
                              p.startswith("\\section*{")
                              for p in sheets + keys),
   "each page: a heading, then its one verbatim block")
got = [int(m.group(1)) for p in sheets or []
       for m in [re.search(r"^Seed: (\d+)$", p, re.M)] if m]
ok(got == [seed(n) for n in natural],
   "the pages in the roster's order, each with its student's seed")
got = [int(m.group(1)) for p in keys or []
       for m in [re.search(r"^Seed: (\d+)$", p, re.M)] if m]
ok(got == [seed(n) for n in natural], "the keys' pages too")
# each page is that student's own sheet: the body of their .tex
files = sorted(f for f in os.listdir(out_dir) if f.endswith(".tex")
               and not f.startswith("class.") and f != "class-key.tex")
bodies = {}
for f in files:
    t = open(os.path.join(out_dir, f), encoding="ascii").read()
    b = t[t.index("\\begin{document}\n") + 17:-len("\\end{document}\n")]
    s = int(re.search(r"^Seed: (\d+)$", b, re.M).group(1))
    bodies[(s, f.endswith("-key.tex"))] = b
ok(len(bodies) == 60 and all(bodies.get((seed(n), False)) == sheets[i] and
                             bodies.get((seed(n), True)) == keys[i]
                             for i, n in enumerate(natural)),
   "each page is the student's own .tex, sheet and key")
nums = [re.search(r"With a = (\d+):", p) for p in sheets or []]
ans = [re.search(r"Exercise 1 \(q1\): (\d+)", p) for p in keys or []]
ok(all(nums) and all(ans) and [m.group(1) for m in nums] ==
   [m.group(1) for m in ans],
   "the key's page answers the number of the sheet's page")
ok(sheets is not None and "Student: J\\\"{u}rgen M\\\"{u}ller\\\\" in
   sheets[1] and "Student: 50\\% \\_Kim\\_ \\& \\{Lee\\}\\\\" in sheets[2],
   "the names in the headings with LaTeX's accents and escapes")

if shutil.which("pdflatex"):
    for f in ("class", "class-key"):
        p = subprocess.run(["pdflatex", "-interaction=nonstopmode",
                            "-no-shell-escape", f + ".tex"], cwd=out_dir,
                           capture_output=True, timeout=300)
        lp = os.path.join(out_dir, f + ".log")
        log = open(lp, encoding="latin-1").read() if os.path.exists(lp) \
            else ""
        m = re.search(r"Output written on %s\.pdf \((\d+) pages?" % f, log)
        ok(p.returncode == 0 and m and int(m.group(1)) == 30,
           "pdflatex %s.tex: 30 pages" % f)
else:
    skip("pdflatex is not installed")
    skip("pdflatex is not installed")
done()
PY
