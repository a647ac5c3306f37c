#!/bin/sh
# t_critical_cluster.sh - critical points at the edges of issue 11, part
# three: critical points closer together than Newton's method or the
# digits shown can tell apart.  The points are known by construction:
# (x - a)^2 (x - b)^2 has minima at a and b and a maximum at (a + b)/2
# (its derivative is 2 (x - a)(x - b)(2x - a - b)); with + y^2 they are
# minima and a saddle.  Prints TAP.
. "${srcdir:-.}/tests/cli_lib.sh"

# a = 1, b = 1.001: three points, each exact, each with its kind:
# f''(1) = 2 (b - a)^2 = 2e-6, f''(1.0005) = -(b - a)^2 = -1e-6
run critical '(x-1)^2*(x-1.001)^2'
grep -q '^1  *0  *minimum  *2e-6$' "$tmp/out" &&
    grep -q '^1.0005  *6.25e-14  *maximum  *-1e-6$' "$tmp/out" &&
    grep -q '^1.001  *0  *minimum  *2e-6$' "$tmp/out"
ok $? "critical (x-1)^2 (x-1.001)^2: minima 1, 1.001, maximum 1.0005"

# a = 1, b = 1 + 1e-9: the three lie within 1e-9, closer than doubles
# with the number 1.000000001 rounded can tell; 1 itself is exact (f'(1)
# = 0 exactly, f''(1) = 2e-18 > 0: a minimum).  It used to say "one
# minimum" and nothing more; now the row 1 is the exact minimum and a
# note says more critical points may lie within about 1e-9 (the other
# two are at 5e-10 and 1e-9 from it)
run critical '(x-1)^2*(x-1-1e-9)^2+y^2' --json
grep -q '"points":\[{"point":\[1,0\],"exact":\["1","0"\],"f":0,"kind":"minimum"' \
    "$tmp/out" && near=$(sed -n 's/.*"near":\([-0-9.e+]*\).*/\1/p' "$tmp/out") &&
    awk -v d="$near" 'BEGIN { exit !(d >= 1e-9 && d <= 1e-7) }'
ok $? "critical (x-1)^2 (x-1-1e-9)^2 + y^2: 1 exact minimum, more may lie within $near"
run critical '(x-1)^2*(x-1-1e-9)^2+y^2'
grep -q '^Within 1.2e-9 of (1, 0), the slope of f changes sign' "$tmp/out"
ok $? "critical (x-1)^2 (x-1-1e-9)^2 + y^2: the note in words"

# a = 1, b = 1 + 1e-6: the minimum at 1 + 1e-6 is listed; the saddle at
# 1 + 5e-7 is found with fewer digits and shown alike with the exact 1,
# whose row keeps its own kind (the minimum: f''(1) = 2e-12) and says
# another point of a different kind lies close
run critical '(x-1)^2*(x-1-1e-6)^2+y^2'
grep -q '^(1, 0)  *0  *minimum  *2e-12, 2' "$tmp/out" &&
    grep -q '^(1.000001, 0)  *0  *minimum  *2e-12, 2' "$tmp/out" &&
    grep -q '^At (1, 0) exactly, the row shows the minimum there; another critical point, of a different kind' \
    "$tmp/out"
ok $? "critical (x-1)^2 (x-1-1e-6)^2 + y^2: two minima, the saddle said"

# check critical agrees: (1, 0) a minimum is right (exactly so), and so
# are the saddle and the other minimum
run check critical '(x-1)^2*(x-1-1e-6)^2+y^2' \
    --answer '(1,0), (1.0000005,0), (1.000001,0)' --kinds min,saddle,min
[ $rc -eq 0 ] && grep -q '^all 3 right' "$tmp/out"
ok $? "check critical (x-1)^2 (x-1-1e-6)^2 + y^2: the three points right"

# no cluster where there is one point: x^3 - 3x^2 + 3x (f' = 3 (x - 1)^2
# never changes sign) and (x - 0.1)^3 expanded stay one point, no note
for f in 'x^3 - 3x^2 + 3x' 'x^3-0.3x^2+0.03x-0.001' '(x-1)^4+y^2'; do
	run critical "$f" --json
	[ "$(grep -o '"point":' "$tmp/out" | wc -l)" -eq 1 ] &&
	    ! grep -q '"near"\|"nearby"\|"cluster"' "$tmp/out"
	ok $? "critical $f: one point, no cluster"
done

# a root of the gradient computed at a point near but not at the true
# one: the eigenvalue is shown with its certain digits only (f'' = 2e-12
# at the minimum 1 + 1e-6, not 2.094e-12 at the point found)
run critical '(x-1)^2*(x-1-1e-6)^2+y^2' --json
! grep -q '"eigenvalues":\[2\.0[0-9]*[1-9]' "$tmp/out"
ok $? "critical (x-1)^2 (x-1-1e-6)^2 + y^2: eigenvalues without false digits"

# the header counts honestly: (x-1)^2 (x-1-h)^2 has f_x = 2(x-1)(x-1-h)
# (2x-2-h), three critical points 1, 1 + h/2, 1 + h (y = 0); with
# h = 1e-6 two rows show them (the saddle hides in the row of 1), so
# "at least 3"; with h = 1e-9 one row, and more may lie close
run critical '(x-1)^2*(x-1-1e-6)^2+y^2'
grep -q 'at least 3 critical points, in 2 rows' "$tmp/out"
ok $? "critical (x-1)^2 (x-1-1e-6)^2 + y^2: the header says at least 3, not 2"
run critical '(x-1)^2*(x-1-1e-9)^2+y^2'
grep -q ': 1 critical point, and perhaps more very close to it' "$tmp/out"
ok $? "critical (x-1)^2 (x-1-1e-9)^2 + y^2: the header says perhaps more"
run critical '(x-1)^2*(x-1.001)^2'
grep -q ': 3 critical points$' "$tmp/out"
ok $? "critical (x-1)^2 (x-1.001)^2: 3 rows, 3 points, no hedge"
tap_done
