/* t_expr_chunk.c - expr_copy puts a whole tree in one block: the copy
 * equals its original; its parts live on alone, freed in any order; the
 * simplifier takes a copied tree apart and builds on it as it does with
 * a tree made node by node (the parser's).  The expected trees are the
 * originals, parsed again: no output of the copy is taken on trust.
 * Run under valgrind (t_valgrind.sh) or the sanitizers, a node freed
 * twice or used after its block is gone is an error there. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

static const char *inputs[] = {
	"3x^2 y + sin(x y) - 4/(x + 1)",
	"exp(x + 2y) * ln(x^2 + 1) * (x - y)^3",
	"x",
	"2.5",
	"(x + y + 1)(x - y - 1)(2x + 3y) + cos(sin(tan(x)))",
	"x^2 + x^3 + x^4 + x^5 + x^6 + x^7 + x^8 + x^9 + x^10",
};

/* The tree of text as written (parsed node by node); exits on error. */
static expr *
raw(const char *text, expr_vars *v)
{
	expr *e;
	expr_error err;

	v->n = 0;
	if (expr_parse_raw(text, v, 0, &e, NULL, &err) < 0) {
		printf("Bail out! %s: %s\n", text, err.msg);
		exit(1);
	}
	return e;
}

int
main(void)
{
	size_t k;

	for (k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
		const char *in = inputs[k];
		expr_vars v;
		expr *r = raw(in, &v), *c = expr_copy(r), *cc, *s, *t, *u;
		int i;

		ok(expr_equal(c, r), "%s: the copy equals the original", in);
		cc = expr_copy(c);
		ok(expr_equal(cc, r), "%s: a copy of the copy too", in);

		/* parts taken out of a copy outlive it, and it them */
		if (c->nargs > 0) {
			s = c->args[0];
			c->args[0] = expr_int(0);
			expr_free(c);
			ok(expr_equal(s, r->args[0]),
			    "%s: its first part, the copy freed", in);
			expr_free(s);
		} else {
			expr_free(c);
			ok(1, "%s: a leaf, nothing to take out", in);
		}
		if (cc->nargs > 0) {
			i = cc->nargs - 1;
			s = cc->args[i];
			cc->nargs = i;	/* as explain.c shortens a node */
			expr_free(s);
			for (i = 0; i < cc->nargs; i++)
				if (!expr_equal(cc->args[i], r->args[i]))
					break;
			ok(i == cc->nargs, "%s: the rest, its last part freed "
			    "first", in);
		} else
			ok(1, "%s: a leaf, nothing to free first", in);
		expr_free(cc);

		/* the simplifier and diff on copies, against the same work
		 * on trees parsed again */
		t = expr_simplify(expr_copy(r));
		u = expr_simplify(raw(in, &v));
		ok(expr_equal(t, u), "%s: simplified from a copy", in);
		expr_free(t);
		expr_free(u);
		t = expr_diff(c = expr_copy(r), 0);
		u = expr_diff(s = raw(in, &v), 0);
		ok(expr_equal(t, u), "%s: differentiated from a copy", in);
		expr_free(c);
		expr_free(s);
		c = expr_copy(t);
		expr_free(t);
		t = expr_simplify(c);
		ok(expr_equal(t, u), "%s: a copy of the derivative simplified "
		    "again", in);
		expr_free(t);
		expr_free(u);
		expr_free(r);
	}
	return tap_done();
}
