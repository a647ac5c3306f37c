"""crit_json: what the tests of `nabla critical --json` on a function
with a curve of critical points p = 0 share (t_critical_isolated_first.sh,
t_critical_curve_degen_off.sh): the rows must be the critical points off
the curve first, then 8 samples of the curve, each of them on it.  The
points off the curve, the truth, are worked out by each test with SymPy.
"""
import json

import sympy as sp


def off_curve_first(path, want, p, x, y):
    """Read the JSON of `nabla critical --json` in the file path; return
    it and a list of what disagrees (empty when all agrees).  want: the
    critical points off p = 0, each (X, Y, kind, higher), higher None
    when it is not checked; each must be among the first len(want) rows,
    and the 8 rows after them on p = 0 (p a SymPy expression in x, y)."""
    with open(path) as f:
        d = json.load(f)
    pts = d['points']
    bad = []
    m = len(want)
    if len(pts) != m + 8 or d['curve_samples'] != 8 or d['truncated']:
        bad.append('%d rows, curve_samples %s, truncated %s (want %d + 8)'
                   % (len(pts), d['curve_samples'], d['truncated'], m))
    for X, Y, kind, higher in want:
        hit = [q for q in pts[:m] if abs(q['point'][0] - X) < 1e-6 and
               abs(q['point'][1] - Y) < 1e-6 and q['kind'] == kind and
               (higher is None or q['higher'] == higher)]
        if not hit:
            bad.append('(%g, %g) %s%s not among the first rows'
                       % (X, Y, kind, '' if higher is None else
                          '/' + higher))
    pf = sp.lambdify((x, y), p)
    for q in pts[m:]:
        if abs(pf(*q['point'])) > 1e-3:
            bad.append('sample %s not on p = 0' % q['point'])
    return d, bad
