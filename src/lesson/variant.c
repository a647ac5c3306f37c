/* variant.c - per-student variants: reading "vary:" and "require:",
 * picking the values of a seed, filling them into the fields of a
 * block, and giving a lesson the numbers of a seed (see variant.h). */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch_name.h"
#include "core/datafn.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/sbuf.h"
#include "core/text.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/lmath.h"
#include "lesson/variant.h"

/* The fields whose values are mathematics: parameter names in them
 * stand for their values. */
static const char *const variant_math_fields[] = {
	"function", "at", "from", "rate", "rates", "direction", "until",
	"box", "backtrack", "steps", "tolerance", "x", "y", NULL
};

/* --- the generator --------------------------------------------------- */

/* FNV-1a of n bytes, continuing from h. */
static uint64_t
variant_fnv(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* The first state for (lesson id, exercise id, seed). */
uint64_t
variant_state(const char *lesson_id, const char *ex_id, unsigned long seed)
{
	uint64_t h = 14695981039346656037ull;
	char buf[32];

	h = variant_fnv(h, lesson_id, strlen(lesson_id));
	h = variant_fnv(h, "\xff", 1);
	h = variant_fnv(h, ex_id, strlen(ex_id));
	h = variant_fnv(h, "\xff", 1);
	snprintf(buf, sizeof buf, "%lu", seed);
	return variant_fnv(h, buf, strlen(buf));
}

/* The next number of a splitmix64 sequence. */
uint64_t
variant_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Read a seed; see variant.h. */
int
variant_read_seed(const char *s, unsigned long *seed)
{
	unsigned long long v = 0;
	size_t i;

	if (s == NULL || !isdigit((unsigned char)s[0]))
		return -1;
	for (i = 0; isdigit((unsigned char)s[i]); i++) {
		v = v * 10 + (unsigned long long)(s[i] - '0');
		if (v > VARIANT_SEED_MAX)
			return -1;
	}
	if (s[i] != '\0')
		return -1;
	*seed = (unsigned long)v;
	return 0;
}

/* The seed of a name ("Last, First": of "First Last"). */
unsigned long
variant_seed_of_name(const char *name)
{
	char *natural = batch_name_natural(name);
	const char *s = natural != NULL ? natural : name;
	uint64_t h = variant_fnv(14695981039346656037ull, s, strlen(s));
	unsigned long v = (unsigned long)((h ^ (h >> 32)) & 0xffffffffu);

	free(natural);
	return v != 0 ? v : 1;
}

/* --- reading "vary:" ------------------------------------------------- */

/* Read a constant expression of the n bytes at s into *v.  0 or -1. */
static int
variant_number(const char *s, size_t n, double *v, char *err, size_t errn)
{
	char *t = xstrndup(s, n), e[160];
	num x;
	int r = lmath_parse_number(t, &x, e, sizeof e);

	if (r != 0)
		snprintf(err, errn, "%s", e);
	else if (!isfinite(x.v)) {
		snprintf(err, errn, _("\"%s\" is not a finite number"), t);
		r = -1;
	} else
		*v = x.v;
	free(t);
	return r;
}

/* Read a list "v, v, ..." (n bytes at s) into out (at most max). */
static int
variant_list(const char *s, size_t n, double *out, int max, int *count,
    char *err, size_t errn)
{
	const char *end = s + n, *c;

	*count = 0;
	while (s < end) {
		for (c = s; c < end && *c != ','; c++)
			;
		if (*count >= max) {
			snprintf(err, errn, _("at most %d values"), max);
			return -1;
		}
		if (variant_number(s, (size_t)(c - s), &out[*count], err,
		    errn) != 0)
			return -1;
		(*count)++;
		s = c < end ? c + 1 : c;
	}
	return 0;
}

/* Find word w (surrounded by spaces) in the n bytes at s, or NULL. */
static const char *
variant_word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w), i;

	for (i = 1; i + k < n; i++)
		if (memcmp(s + i, w, k) == 0 && isspace((unsigned char)s[i - 1])
		    && isspace((unsigned char)s[i + k]))
			return s + i;
	return NULL;
}

/* Whether name may name a parameter: not a function name (sin(x)
 * would become 3(x)), a constant, or a word of the syntax. */
static int
variant_name_ok(const char *name)
{
	static const char *const words[] = { "e", "pi", "in", "step",
	    "except", "and", "or", "mean", "sum", NULL };
	int i;

	if (expr_fn_lookup(name) >= 0)
		return 0;
	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], name) == 0)
			return 0;
	return 1;
}

/* Read one declaration "NAME in RANGE|SET [except LIST]" (n bytes). */
static int
variant_param_read(const char *s, size_t n, variant_param *p, char *err,
    size_t errn)
{
	const char *end = s + n, *in, *ex, *dots, *st, *vend;
	size_t k;
	double hi;

	memset(p, 0, sizeof *p);
	while (s < end && isspace((unsigned char)*s))
		s++;
	for (k = 0; s + k < end && (isalnum((unsigned char)s[k]) ||
	    s[k] == '_'); k++)
		;
	if (k >= sizeof p->name) {
		/* letters and digits: shown up to 40 (the reason must fit) */
		snprintf(err, errn, _("the name \"%.*s\" is longer than %d "
		    "bytes"), (int)(k > 40 ? 40 : k), s,
		    (int)sizeof p->name - 1);
		return -1;
	}
	if (k == 0 || isdigit((unsigned char)*s)) {
		char *t = xstrndup(s, (size_t)(end - s)), *shown;

		shown = text_excerpt(t, 40);
		snprintf(err, errn, _("\"%.*s\" does not start with a parameter "
		    "name"), (int)strlen(shown), shown);
		free(shown);
		free(t);
		return -1;
	}
	memcpy(p->name, s, k);
	if (!variant_name_ok(p->name)) {
		snprintf(err, errn, _("\"%s\" cannot name a parameter: it is a "
		    "function name, e, pi or a word of vary: (in, step, "
		    "except)"), p->name);
		return -1;
	}
	if ((in = variant_word(s, (size_t)(end - s), "in")) == NULL) {
		snprintf(err, errn, _("write \"%s in 1..5\" or \"%s in {1, 2}\""),
		    p->name, p->name);
		return -1;
	}
	in += 2;
	ex = variant_word(in - 1, (size_t)(end - in + 1), "except");
	vend = ex != NULL ? ex : end;
	while (in < vend && isspace((unsigned char)*in))
		in++;
	if (ex != NULL && variant_list(ex + 6, (size_t)(end - ex - 6),
	    p->except, VARIANT_MAX_VALUES, &p->nexcept, err, errn) != 0)
		return -1;
	if (in < vend && *in == '{') {
		const char *close = memchr(in, '}', (size_t)(vend - in));
		if (close == NULL) {
			snprintf(err, errn, _("%s: the set has no \"}\""), p->name);
			return -1;
		}
		p->is_set = 1;
		for (st = close + 1; st < vend && isspace((unsigned char)*st);
		    st++)
			;
		if (st < vend) {
			snprintf(err, errn, _("%s: \"%.*s\" after the set"),
			    p->name, (int)(vend - st), st);
			return -1;
		}
		if (variant_list(in + 1, (size_t)(close - in - 1), p->values,
		    VARIANT_MAX_VALUES, &p->nvalues, err, errn) != 0)
			return -1;
		p->count = p->nvalues;
		if (p->count == 0) {
			snprintf(err, errn, _("%s: the set is empty"), p->name);
			return -1;
		}
		return 0;
	}
	dots = NULL;
	for (st = in; st + 1 < vend; st++)
		if (st[0] == '.' && st[1] == '.') {
			dots = st;
			break;
		}
	if (dots == NULL) {
		snprintf(err, errn, _("%s: write a range like 1..5 or a set like "
		    "{1, 2, 3}"), p->name);
		return -1;
	}
	st = variant_word(dots + 1, (size_t)(vend - dots - 1), "step");
	p->step = 1;
	if (variant_number(in, (size_t)(dots - in), &p->lo, err, errn) != 0 ||
	    variant_number(dots + 2, (size_t)((st != NULL ? st : vend) - dots -
	    2), &hi, err, errn) != 0 || (st != NULL && variant_number(st + 4,
	    (size_t)(vend - st - 4), &p->step, err, errn) != 0))
		return -1;
	if (!(p->step > 0) || hi < p->lo) {
		snprintf(err, errn, _("%s: the range is empty (or its step is not "
		    "positive)"), p->name);
		return -1;
	}
	if ((hi - p->lo) / p->step >= VARIANT_MAX_RANGE) {
		snprintf(err, errn, _("%s: more than %d values"), p->name,
		    VARIANT_MAX_RANGE);
		return -1;
	}
	p->count = (long)floor((hi - p->lo) / p->step + 1e-9) + 1;
	return 0;
}

/* Whether s starts a declaration: spaces, a name, spaces, "in". */
static int
variant_starts_param(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	if (!isalpha((unsigned char)*s) && *s != '_')
		return 0;
	while (isalnum((unsigned char)*s) || *s == '_')
		s++;
	if (!isspace((unsigned char)*s))
		return 0;
	while (isspace((unsigned char)*s))
		s++;
	return s[0] == 'i' && s[1] == 'n' && (s[2] == '\0' ||
	    isspace((unsigned char)s[2]));
}

/* Read the text of "vary:" (and of "require:", or NULL) into sp (see
 * variant.h). */
int
variant_spec_read(const char *vary, const char *require, variant_spec *sp,
    char *err, size_t errn)
{
	const char *s = vary, *c;
	int depth, i;

	memset(sp, 0, sizeof *sp);
	sp->require = require;
	/* each try evaluates it: bounded (and its "and"/"or" nest) */
	if (require != NULL && strlen(require) > VARIANT_MAX_REQUIRE) {
		snprintf(err, errn, _("require: longer than %d bytes (it is "
		    "evaluated at every draw)"), VARIANT_MAX_REQUIRE);
		return -1;
	}
	while (*s != '\0') {
		/* a declaration ends at a comma outside {} that a new one
		 * follows ("except 1, 2" goes on) */
		depth = 0;
		for (c = s; *c != '\0' && !(*c == ',' && depth == 0 &&
		    variant_starts_param(c + 1)); c++)
			depth += *c == '{' ? 1 : *c == '}' ? -1 : 0;
		if (sp->n >= VARIANT_MAX_PARAMS) {
			snprintf(err, errn, _("at most %d parameters"),
			    VARIANT_MAX_PARAMS);
			return -1;
		}
		if (variant_param_read(s, (size_t)(c - s), &sp->p[sp->n], err,
		    errn) != 0)
			return -1;
		for (i = 0; i < sp->n; i++)
			if (strcmp(sp->p[i].name, sp->p[sp->n].name) == 0) {
				snprintf(err, errn, _("%s is declared twice"),
				    sp->p[i].name);
				return -1;
			}
		sp->n++;
		s = *c != '\0' ? c + 1 : c;
	}
	if (sp->n == 0) {
		snprintf(err, errn, _("no parameters (write \"vary: a in 1..5\")"));
		return -1;
	}
	return 0;
}

/* --- filling --------------------------------------------------------- */

/* A value as it is written into a text ("3", "-0.5") (see variant.h). */
void
variant_format(double v, char *buf, size_t n)
{
	if (v == floor(v) && fabs(v) < 1e15)
		snprintf(buf, n, "%.0f", v == 0 ? 0.0 : v);
	else
		snprintf(buf, n, "%.12g", v);
}

/* The index of parameter name (k bytes at s), or -1. */
static int
variant_find(const variant_spec *sp, const char *s, size_t k)
{
	int i;

	for (i = 0; i < sp->n; i++)
		if (strlen(sp->p[i].name) == k && memcmp(sp->p[i].name, s, k)
		    == 0)
			return i;
	return -1;
}

/* The value of the expression in the n bytes at s, parameters put in. */
static int
variant_eval(const char *s, size_t n, const variant_spec *sp,
    const double *vals, double *v, char *err, size_t errn)
{
	char *t = xstrndup(s, n), *m = variant_fill(t, sp, vals, 1, err,
	    errn);
	int r = -1;

	if (m != NULL)
		r = variant_number(m, strlen(m), v, err, errn);
	free(m);
	free(t);
	return r;
}

/* text with {expr} filled in as numbers and, when math is 1, every
 * parameter name put in as its value (caller frees), or NULL with err
 * (see variant.h). */
char *
variant_fill(const char *text, const variant_spec *sp, const double *vals,
    int math, char *err, size_t errn)
{
	sbuf b;
	const char *s = text, *close;
	double v;
	size_t k;
	int i, dollar = 0;

	memset(&b, 0, sizeof b);
	close = strchr(s, '}');
	while (*s != '\0') {
		/* the next "}" after s, looked for once a "}" (linear) */
		if (close != NULL && close < s)
			close = strchr(s, '}');
		if (*s == '{' && close != NULL) {
			if (variant_eval(s + 1, (size_t)(close - s - 1), sp, vals,
			    &v, err, errn) != 0) {
				sbuf_free(&b);
				return NULL;
			}
			/* in a field of mathematics as it was written
			 * ("x_{a}" is x_1), but "+ -3" is "- 3" */
			s = variant_tidy_put(&b, close + 1, v, dollar && !math ?
			    VARIANT_TIDY_MATH : VARIANT_TIDY_PLAIN);
			continue;
		}
		if (math && (isalpha((unsigned char)*s) || *s == '_')) {
			for (k = 0; isalnum((unsigned char)s[k]) || s[k] == '_';
			    k++)
				;
			if ((i = variant_find(sp, s, k)) >= 0) {
				s = variant_tidy_put(&b, s + k, vals[i],
				    VARIANT_TIDY_FIELD);
				continue;
			}
			sbuf_addn(&b, s, k);
			s += k;
			continue;
		}
		if (*s == '$')
			dollar = !dollar;
		sbuf_addn(&b, s, 1);
		s++;
	}
	return sbuf_take(&b);
}

/* --- require --------------------------------------------------------- */

/* One comparison "E op E" (n bytes): 1, 0 or -1. */
static int
variant_compare(const char *s, size_t n, const variant_spec *sp,
    const double *vals, char *err, size_t errn)
{
	static const char *const ops[] = { "<=", ">=", "==", "!=", "<", ">",
	    NULL };
	size_t i;
	int o;
	double a, b;

	for (i = 0; i < n; i++)
		for (o = 0; ops[o] != NULL; o++) {
			size_t k = strlen(ops[o]);
			if (i + k > n || memcmp(s + i, ops[o], k) != 0)
				continue;
			if (variant_eval(s, i, sp, vals, &a, err, errn) != 0 ||
			    variant_eval(s + i + k, n - i - k, sp, vals, &b, err,
			    errn) != 0)
				return -1;
			switch (o) {
			case 0: return a <= b + 1e-12;
			case 1: return a >= b - 1e-12;
			case 2: return fabs(a - b) <= 1e-12;
			case 3: return fabs(a - b) > 1e-12;
			case 4: return a < b - 1e-12;
			default: return a > b + 1e-12;
			}
		}
	snprintf(err, errn, _("require: \"%.*s\" is not a comparison (<, <=, >, "
	    ">=, ==, !=)"), (int)n, s);
	return -1;
}

/* A condition of comparisons joined by "and" / "or" ("and" binds
 * tighter), n bytes at s: 1, 0 or -1. */
static int
variant_cond(const char *s, size_t n, const variant_spec *sp,
    const double *vals, char *err, size_t errn)
{
	const char *w;
	int a, b;

	if ((w = variant_word(s, n, "or")) != NULL) {
		a = variant_cond(s, (size_t)(w - s), sp, vals, err, errn);
		b = variant_cond(w + 2, n - (size_t)(w + 2 - s), sp, vals, err,
		    errn);
		return a < 0 || b < 0 ? -1 : a || b;
	}
	if ((w = variant_word(s, n, "and")) != NULL) {
		a = variant_cond(s, (size_t)(w - s), sp, vals, err, errn);
		b = variant_cond(w + 3, n - (size_t)(w + 3 - s), sp, vals, err,
		    errn);
		return a < 0 || b < 0 ? -1 : a && b;
	}
	return variant_compare(s, n, sp, vals, err, errn);
}

/* Whether vals satisfy sp->require (see variant.h). */
int
variant_require(const variant_spec *sp, const double *vals, char *err,
    size_t errn)
{
	if (sp->require == NULL)
		return 1;
	return variant_cond(sp->require, strlen(sp->require), sp, vals, err,
	    errn);
}

/* Pick the values of sp's parameters for (lesson id, exercise id, seed)
 * into vals (see variant.h). */
int
variant_pick(const variant_spec *sp, const char *lesson_id,
    const char *ex_id, unsigned long seed, double *vals, char *err,
    size_t errn)
{
	unsigned long work = 0;

	return variant_pick_work(sp, lesson_id, ex_id, seed, vals, &work,
	    err, errn);
}

/* variant_pick that adds the work of its tries to *work (see
 * variant.h). */
int
variant_pick_work(const variant_spec *sp, const char *lesson_id,
    const char *ex_id, unsigned long seed, double *vals,
    unsigned long *work, char *err, size_t errn)
{
	uint64_t st = variant_state(lesson_id, ex_id, seed);
	unsigned long try_work = VARIANT_TRY_WORK + VARIANT_BYTE_WORK *
	    (sp->require != NULL ? strlen(sp->require) : 0);
	int t, i, j, ok, r;

	/* seed 0: the lesson as written, every parameter at its first
	 * value, when they pass */
	for (i = 0, ok = seed == 0; ok && i < sp->n; i++) {
		vals[i] = sp->p[i].is_set ? sp->p[i].values[0] : sp->p[i].lo;
		for (j = 0; j < sp->p[i].nexcept; j++)
			if (fabs(vals[i] - sp->p[i].except[j]) <= 1e-12)
				ok = 0;
	}
	if (ok) {
		*work += try_work;
		if ((r = variant_require(sp, vals, err, errn)) != 0)
			return r < 0 ? -1 : 0;
	}
	for (t = 0; t < VARIANT_TRIES; t++) {
		*work += try_work;
		ok = 1;
		for (i = 0; i < sp->n; i++) {
			const variant_param *p = &sp->p[i];
			long k = (long)(variant_next(&st) %
			    (uint64_t)p->count);
			char buf[40];
			vals[i] = p->is_set ? p->values[k] : p->lo +
			    (double)k * p->step;
			/* 0.1 + 2 * 0.1 is 0.30000000000000004: round */
			variant_format(vals[i], buf, sizeof buf);
			vals[i] = strtod(buf, NULL);
			for (j = 0; j < p->nexcept; j++)
				if (fabs(vals[i] - p->except[j]) <= 1e-12)
					ok = 0;
		}
		if (!ok)
			continue;
		if ((r = variant_require(sp, vals, err, errn)) < 0)
			return -1;
		if (r == 1)
			return 0;
	}
	snprintf(err, errn, _("no values of the parameters satisfy the "
	    "conditions (%d tries)"), VARIANT_TRIES);
	return -1;
}

/* --- lessons --------------------------------------------------------- */

/* Whether a step declares parameters ("vary:") (see variant.h). */
int
variant_step_varies(const lesson_step *s)
{
	int i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, "vary") == 0)
			return 1;
	return 0;
}

/* Whether key names a field of mathematics. */
static int
variant_is_math(const char *key)
{
	int i;

	for (i = 0; variant_math_fields[i] != NULL; i++)
		if (strcmp(variant_math_fields[i], key) == 0)
			return 1;
	return 0;
}

/* Fill the fields of a varied step for a seed from their text as
 * written (kept in s->templates on the first call) (see variant.h). */
int
variant_step_fill(lesson_step *s, const char *lesson_id,
    const char *exercise_id, unsigned long seed, double *vals,
    const char *file, lesson_diags *ds)
{
	variant_spec sp;
	double v[VARIANT_MAX_PARAMS];
	char err[200];
	const char *vary = NULL, *req = NULL;
	const lesson_field *fd, *ff;
	int i, vline = s->line, rline = vline;
	char *t;

	if (s->templates == NULL) {
		s->templates = xcalloc((size_t)s->nfields + 1,
		    sizeof *s->templates);
		for (i = 0; i < s->nfields; i++)
			s->templates[i] = xstrdup(s->fields[i].value);
	}
	for (i = 0; i < s->nfields; i++) {
		if (strcmp(s->fields[i].key, "vary") == 0) {
			vary = s->templates[i];
			vline = s->fields[i].line;
			s->fields[i].used = 1;
		} else if (strcmp(s->fields[i].key, "require") == 0) {
			req = s->templates[i];
			rline = s->fields[i].line;
			s->fields[i].used = 1;
		}
	}
	if (vary == NULL)
		return 0;
	if (variant_spec_read(vary, req, &sp, err, sizeof err) != 0) {
		if (strncmp(err, "require:", 8) == 0)
			lesson_diags_add(ds, LESSON_ERROR, file, rline, "%s",
			    err);
		else
			lesson_diags_add(ds, LESSON_ERROR, file, vline,
			    "vary: %s", err);
		return -1;
	}
	s->draw_work = 0;
	if (variant_pick_work(&sp, lesson_id != NULL ? lesson_id : "",
	    exercise_id, seed, v, &s->draw_work, err, sizeof err) != 0) {
		/* a condition that is not a comparison says "require:"
		 * itself (it said "require: require: ...") */
		const char *what = strncmp(err, "require:", 8) == 0 ? "" :
		    req != NULL ? "require: " : "vary: ";
		lesson_diags_add(ds, LESSON_ERROR, file, req != NULL ? rline :
		    vline, "%s%s", what, err);
		return -1;
	}
	for (i = 0; i < s->nfields; i++) {
		lesson_field *f = &s->fields[i];
		s->draw_work += VARIANT_FILL_WORK * strlen(s->templates[i]);
		if (strcmp(f->key, "vary") == 0 || strcmp(f->key, "require")
		    == 0 || strcmp(f->key, "id") == 0)
			continue;
		t = variant_fill(s->templates[i], &sp, v,
		    variant_is_math(f->key), err, sizeof err);
		if (t == NULL) {
			lesson_diags_add(ds, LESSON_ERROR, file, f->line,
			    "%s: %s", f->key, err);
			return -1;
		}
		free(f->value);
		f->value = t;
	}
	/* its table is written out again under the new function */
	if ((fd = lesson_step_field(s, "data")) != NULL && (ff =
	    lesson_step_field(s, "function")) != NULL)
		s->draw_work += VARIANT_DATA_WORK * datafn_text_cost(fd->value,
		    ff->value);
	if (vals != NULL)
		memcpy(vals, v, (size_t)sp.n * sizeof *v);
	return 0;
}

/* While a lesson is parsed (see variant.h). */
int
variant_step_read(lesson_step *s, const char *lesson_id, int number,
    int plots, const char *file, lesson_diags *ds)
{
	char id[64];

	if (!variant_step_varies(s))
		return 0;
	variant_step_id(s, number, plots, id, sizeof id);
	return variant_step_fill(s, lesson_id, id, 0, NULL, file, ds);
}

/* Report (and return 1) when a variable of vars is a parameter of s
 * (variant_step_shadow), else 0 (see variant.h). */
int
variant_step_shadowed(const lesson_step *s, const expr_vars *vars,
    const char *file, lesson_diags *ds)
{
	const char *name = variant_step_shadow(s, vars);

	if (name != NULL)
		lesson_diags_add(ds, LESSON_ERROR, file, s->line, _("function: "
		    "the parameter %s is read as a variable; write a space "
		    "or * after it (a x, not ax)"), name);
	return name != NULL;
}

/* Free what a varied step keeps (its templates) (see variant.h). */
void
variant_step_free(lesson_step *s)
{
	int i;

	for (i = 0; s->templates != NULL && i < s->nfields; i++)
		free(s->templates[i]);
	free(s->templates);
	s->templates = NULL;
}

/* The first variable of vars whose name is a parameter of the varied
 * step s (static storage of vars), or NULL (see variant.h). */
const char *
variant_step_shadow(const lesson_step *s, const expr_vars *vars)
{
	variant_spec sp;
	char err[200];
	int i, j;

	for (i = 0; s->templates != NULL && i < s->nfields; i++) {
		if (strcmp(s->fields[i].key, "vary") != 0 ||
		    variant_spec_read(s->templates[i], NULL, &sp, err,
		    sizeof err) != 0)
			continue;
		for (j = 0; j < vars->n; j++)
			if (variant_find(&sp, vars->name[j],
			    strlen(vars->name[j])) >= 0)
				return vars->name[j];
	}
	return NULL;
}

/* The id a block's variant is drawn for (see variant.h). */
void
variant_step_id(const lesson_step *s, int number, int plot, char *buf,
    size_t n)
{
	int i;

	if (s->kind == LESSON_PLOT) {
		snprintf(buf, n, "plot-%d", plot);
		return;
	}
	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].key, "id") == 0) {
			snprintf(buf, n, "%s", s->fields[i].value);
			return;
		}
	snprintf(buf, n, "%d", number);
}

/* Report at line of file that a lesson has more than VARIANT_MAX_BLOCKS
 * varied blocks (blocks 1), or (0) that its varied blocks take more
 * than LESSON_MAX_WORK to draw and solve (see variant.h). */
void
variant_too_much(lesson_diags *d, const char *file, int line, int blocks)
{
	if (blocks)
		lesson_diags_add(d, LESSON_ERROR, file, line, _("more than %d "
		    "varied blocks (vary:) in one lesson; split the lesson"),
		    VARIANT_MAX_BLOCKS);
	else
		lesson_diags_add(d, LESSON_ERROR, file, line, _("too much "
		    "work: the varied blocks up to here take more than %lu "
		    "steps of work to draw and solve; split the lesson"),
		    LESSON_MAX_WORK);
}

/* Give every varied block of a solved lesson the numbers of a seed (see
 * variant.h). */
int
variant_lesson(lesson *l, unsigned long seed, lesson_diags *ds)
{
	lesson_diags local;
	lesson_diags *d = ds;
	char id[64];
	int i, number = 0, r = 0, plots = 0, rc, blocks = 0, over = 0;
	unsigned long work = 0, left;

	memset(&local, 0, sizeof local);
	if (d == NULL)
		d = &local;
	l->variant = seed;
	for (i = 0; i < l->nsteps; i++) {
		lesson_step *s = &l->steps[i];
		if (s->kind == LESSON_EXERCISE)
			number++;
		else if (s->kind == LESSON_PLOT && !variant_step_varies(s))
			plots++;
		if (!variant_step_varies(s))
			continue;
		if (s->kind == LESSON_PLOT)
			plots++;
		variant_step_id(s, number, plots, id, sizeof id);
		/* a stranger's lesson of 10,000 varied blocks: the draws
		 * and the blocks are bounded like the solving */
		if (++blocks > VARIANT_MAX_BLOCKS || work >= LESSON_MAX_WORK) {
			if (over++ == 0)
				variant_too_much(d, l->file, s->line,
				    blocks > VARIANT_MAX_BLOCKS);
			exercise_free(s->ex);
			s->ex = NULL;
			figure_free(s->fig);
			s->fig = NULL;
			r = -1;
			continue;
		}
		rc = variant_step_fill(s, l->id, id, seed, NULL, l->file, d);
		work += s->draw_work;
		if (rc != 0) {
			r = -1;
			continue;
		}
		if (s->kind == LESSON_EXERCISE) {
			exercise_free(s->ex);
			s->ex = exercise_prepare(s, number, l->file, d);
			/* the varied blocks share one file's budget */
			left = work < LESSON_MAX_WORK ? LESSON_MAX_WORK - work :
			    0;
			rc = -1;
			if (s->ex != NULL && left > 0) {
				s->ex->budget = left < EXPR_MAX_CHECK_WORK ?
				    left : EXPR_MAX_CHECK_WORK;
				rc = exercise_solve(s->ex, l->file, d);
				work += s->ex->work;
			}
			if (rc == -2 || (s->ex != NULL && left == 0))
				lesson_diags_add(d, LESSON_ERROR, l->file,
				    s->line, _("too much work: the varied "
				    "exercises up to here take more than %lu "
				    "steps of work to solve"), LESSON_MAX_WORK);
			if (rc != 0) {
				exercise_free(s->ex);
				s->ex = NULL;
				r = -1;
			}
		} else if (s->kind == LESSON_PLOT) {
			figure_free(s->fig);
			s->fig = figure_prepare(s, l->file, d);
			if (s->fig == NULL)
				r = -1;
		}
	}
	lesson_diags_free(&local);
	return r;
}

/* Whether l has a varied block (see variant.h). */
int
variant_lesson_varies(const lesson *l)
{
	int i;

	for (i = 0; i < l->nsteps; i++)
		if (variant_step_varies(&l->steps[i]))
			return 1;
	return 0;
}
