/* batch.c - grading the lines of an instructor's batch file (reading
 * them is batch_read.c, scoring them batch_score.c). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "batch_impl.h"
#include "nls.h"
#include "num.h"
#include "xalloc.h"

/* One prepared function in the cache. */
struct entry {
	char		*key;		/* function, '\n', vars, '\n', sig */
	unsigned long	 hash;		/* of key (key_hash) */
	expr		*f;		/* owned by c when c is not NULL */
	expr_vars	 vars;
	check_fn	*c;		/* NULL when too large to check */
	char		*refused;	/* then why, for every line of it */
	int		 hessian;	/* critical lines: 0 not asked yet,
					 * 1 fits, -1 too large (why in
					 * hess_refused) */
	char		*hess_refused;
};

struct batch_cache {
	check_opts	 o;
	int		 cap, n, next;
	struct entry	*e;
	batch_memo	*memo;		/* answers graded */
	expr_work	 work;		/* spent by expr_gradient_fits */
	void		*spare;		/* the block of a dropped entry's
					 * check_fn, for the next one
					 * (check_fn_recycle) */
	int		 fresh;		/* the last batch_check prepared its
					 * function (batch_cache_fresh) */
};

/* --- grading ------------------------------------------------------------ */

/* A cache for checking with options o. */
batch_cache *
batch_cache_new(const check_opts *o, int capacity)
{
	batch_cache	*bc = xcalloc(1, sizeof *bc);

	if (o != NULL)
		bc->o = *o;
	else
		check_opts_init(&bc->o);
	bc->o.as_written = 1;	/* decimal commas: batch_score.c */
	bc->cap = capacity > 0 ? capacity : 64;
	bc->e = xcalloc(bc->cap, sizeof *bc->e);
	bc->memo = batch_memo_new();
	return bc;
}

/* Free one cache entry's contents, the block of its check_fn kept in
 * bc->spare when that is empty. */
static void
entry_clear(batch_cache *bc, struct entry *e)
{
	free(e->key);
	if (e->c == NULL)
		expr_free(e->f);	/* else e->c's, freed with it */
	if (bc->spare == NULL)
		bc->spare = check_fn_recycle(e->c);
	else
		check_fn_free(e->c);
	free(e->refused);
	free(e->hess_refused);
	memset(e, 0, sizeof *e);
}

/* The answers the cache remembers. */
batch_memo *
batch_cache_memo(batch_cache *bc)
{
	return bc->memo;
}

/* The style of the cache's texts. */
enum expr_style
batch_cache_style(const batch_cache *bc)
{
	return bc->o.style;
}

/* Whether the last batch_check prepared its function, not finding it
 * in the cache: its first answer since it came in. */
int
batch_cache_fresh(const batch_cache *bc)
{
	return bc->fresh;
}

/* The work spent admitting functions. */
unsigned long
batch_cache_steps(const batch_cache *bc)
{
	return bc->work.steps;
}

/* Free bc and what it owns. */
void
batch_cache_free(batch_cache *bc)
{
	int	i;

	if (bc == NULL)
		return;
	for (i = 0; i < bc->n; i++)
		entry_clear(bc, &bc->e[i]);
	free(bc->spare);
	free(bc->e);
	batch_memo_free(bc->memo);
	free(bc);
}

/* The column (1-based, in characters) of byte pos in s. */
static size_t
column(const char *s, size_t pos)
{
	size_t	i, c = 1;

	for (i = 0; i < pos && s[i] != '\0'; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			c++;
	}
	return c;
}

/* A message about field text at err: "answer: what at column 5 (hint)". */
static char *
field_error(const char *field, const char *text, const expr_error *err)
{
	if (err->pos == EXPR_NO_POS)	/* about the whole function */
		return err->hint[0] != '\0' ? xasprintf("%s: %s (%s)", field,
		    err->msg, err->hint) : xasprintf("%s: %s", field, err->msg);
	if (err->hint[0] != '\0')
		return xasprintf(_("%s: %s at column %zu (%s)"), field, err->msg,
		    column(text, err->pos), err->hint);
	return xasprintf(_("%s: %s at column %zu"), field, err->msg,
	    column(text, err->pos));
}

/* Fill vars from a "x,y,z" list; -1 with *cause. */
static int
read_vars(const char *text, expr_vars *vars, char **cause)
{
	char	**parts, *t;
	size_t	 *off;
	int	  n, i, j, rc = 0;

	memset(vars, 0, sizeof *vars);
	n = expr_split(text, ',', &parts, &off);
	for (i = 0; i < n; i++) {
		t = batch_trimmed(parts[i], strlen(parts[i]));
		if (rc == 0 && (t[0] == '\0' || strlen(t) >=
		    sizeof vars->name[0] || vars->n >= EXPR_MAX_VARS)) {
			*cause = xasprintf(_("vars: \"%s\" is not a usable list of "
			    "variable names"), text);
			rc = -1;
		}
		for (j = 0; rc == 0 && j < vars->n; j++) {
			if (strcmp(vars->name[j], t) == 0) {
				*cause = xasprintf(_("vars: %s is listed twice"),
				    t);
				rc = -1;
			}
		}
		if (rc == 0)
			snprintf(vars->name[vars->n++], sizeof vars->name[0],
			    "%s", t);
		free(t);
		free(parts[i]);
	}
	free(parts);
	free(off);
	return rc;
}

/* The cache's key of line l: its function, '\n', its variables, '\n',
 * its significant figures (the caller frees it). */
static char *
line_key(const batch_line *l)
{
	const char	*v = l->vars ? l->vars : "";
	size_t		 nf = strlen(l->function), nv = strlen(v), nd = 0;
	char		 d[24], *k, *p;
	long long	 sig = l->sig;
	unsigned long long u = sig < 0 ? 0ULL - (unsigned long long)sig :
			    (unsigned long long)sig;

	/* the digits of sig as "%d" writes them, last first */
	do {
		d[nd++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (sig < 0)
		d[nd++] = '-';
	p = k = xmalloc(nf + nv + nd + 3);
	memcpy(p, l->function, nf);
	p += nf;
	*p++ = '\n';
	memcpy(p, v, nv);
	p += nv;
	*p++ = '\n';
	while (nd > 0)
		*p++ = d[--nd];
	*p = '\0';
	return k;
}

/* FNV-1a of string s: entries are compared by it before their keys. */
static unsigned long
key_hash(const char *s)
{
	unsigned long	h = 14695981039346656037UL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211UL;
	return h;
}

/* The prepared function for a line, from the cache or new, its entry
 * in *ep; NULL with *cause when it cannot be read. */
static check_fn *
lookup(batch_cache *bc, const batch_line *l, struct entry **ep,
    char **cause)
{
	struct entry	*e;
	expr_error	 err;
	expr_vars	 vars;
	expr		*f, *raw, **g;
	char		*key;
	unsigned long	 h;
	int		 i;

	key = line_key(l);
	h = key_hash(key);
	for (i = 0; i < bc->n; i++) {
		if (bc->e[i].hash == h && strcmp(bc->e[i].key, key) == 0) {
			free(key);
			*ep = &bc->e[i];
			if (bc->e[i].refused != NULL)
				*cause = xstrdup(bc->e[i].refused);
			return bc->e[i].c;
		}
	}
	memset(&vars, 0, sizeof vars);
	if (l->vars != NULL && read_vars(l->vars, &vars, cause) != 0) {
		free(key);
		return NULL;
	}
	/* parsed once: the tree as written is probed for a value */
	if (expr_parse_both(l->function, &vars, l->vars ?
	    EXPR_PARSE_NO_NEW_VARS : 0, &f, &raw, NULL, &err) != 0) {
		*cause = field_error("function", l->function, &err);
		free(key);
		return NULL;
	}
	if (vars.n == 0) {
		*cause = xstrdup(_("function: it has no variables"));
		expr_free(raw);
		expr_free(f);
		free(key);
		return NULL;
	}
	i = check_defined_somewhere_expr(raw, vars.n, NULL, 0);
	if (i == 0) {
		*cause = xstrdup(_("function: it is defined nowhere"));
		expr_free(raw);
		expr_free(f);
		free(key);
		return NULL;
	}
	bc->fresh = 1;
	if (bc->n < bc->cap)
		e = &bc->e[bc->n++];
	else {
		/* the oldest one goes */
		e = &bc->e[bc->next];
		bc->next = (bc->next + 1) % bc->cap;
		entry_clear(bc, e);
	}
	e->key = key;
	e->hash = h;
	e->f = f;
	e->vars = vars;
	*ep = e;
	/* a function whose derivatives are too large is refused at once,
	 * and remembered: every line of it is refused without more work */
	if ((g = expr_gradient_fitting(f, vars.n > expr_max_var(f) ? vars.n :
	    expr_max_var(f), &bc->work, &err)) == NULL) {
		e->refused = xasprintf(_("function: %s (%s)"), err.msg,
		    err.hint);
		*cause = xstrdup(e->refused);
		expr_free(raw);
		return NULL;
	}
	if (l->sig > 0) {
		check_opts	o = bc->o;

		o.sig = l->sig;
		e->c = check_fn_new_grad_take(bc->spare, f, &vars, &o, g);
	} else
		e->c = check_fn_new_grad_take(bc->spare, f, &vars, &bc->o, g);
	bc->spare = NULL;
	/* x/x has no value at 0: c keeps the tree as written */
	check_fn_set_typed_expr(e->c, raw);
	return e->c;
}

/* Read a point of n coordinates (expressions without variables); -1
 * with *cause. */
static int
read_point(const char *field, const char *text, int n, double *x,
    char **cause)
{
	char		**parts, *s = xstrdup(text), *b = s, *e;
	size_t		 *off;
	int		  k, i, rc = 0;
	expr_vars	  none;
	expr_error	  err;
	expr		 *v;
	num		  val;

	e = b + strlen(b);
	while (*b == ' ')
		b++;
	while (e > b && e[-1] == ' ')
		*--e = '\0';
	if (*b == '(' && e > b + 1 && e[-1] == ')') {
		b++;
		*--e = '\0';
	}
	k = expr_split(b, ',', &parts, &off);
	if (k != n) {
		char *nv = xasprintf(ngettext("%d variable", "%d variables",
		    n), n);

		/* TRANSLATORS: the last %s is "N variables" */
		*cause = xasprintf(ngettext("%s: the point %s has %d coordinate, "
		    "but the function has %s", "%s: the point %s has %d "
		    "coordinates, but the function has %s", k), field, text, k,
		    nv);
		free(nv);
		rc = -1;
	}
	for (i = 0; i < k; i++) {
		if (rc == 0) {
			memset(&none, 0, sizeof none);
			if (expr_parse(parts[i], &none, EXPR_PARSE_NO_NEW_VARS,
			    &v, NULL, &err) != 0) {
				err.pos += off[i] + (size_t)(b - s);
				*cause = field_error(field, text, &err);
				rc = -1;
			} else {
				if (expr_eval_num(v, NULL, &val, NULL) < 0 ||
				    !isfinite(val.v)) {
					*cause = xasprintf(_("%s: coordinate %d "
					    "of %s has no value"), field, i + 1,
					    text);
					rc = -1;
				} else
					x[i] = val.v;
				expr_free(v);
			}
		}
		free(parts[i]);
	}
	free(parts);
	free(off);
	free(s);
	return rc;
}

/* Read a box "X0:X1,Y0:Y1" for n variables into co (one range "-3:3"
 * is every variable's, as --box takes it); -1 with *cause. */
static int
read_box(const char *text, int n, critical_opts *co, char **cause)
{
	char	**parts, *colon, *end;
	size_t	 *off;
	int	  k, i, rc = 0;

	k = expr_split(text, ',', &parts, &off);
	if (k != n && k != 1) {
		char *v = xasprintf(ngettext("%d variable", "%d variables", n),
		    n);

		/* TRANSLATORS: %s is "N variables" */
		*cause = xasprintf(ngettext("box: %d range for %s",
		    "box: %d ranges for %s", k), k, v);
		free(v);
		rc = -1;
	}
	for (i = 0; i < k; i++) {
		if (rc == 0) {
			colon = strchr(parts[i], ':');
			co->lo[i] = num_strtod(parts[i], &end);
			if (colon == NULL || end == parts[i])
				rc = -1;
			else {
				co->hi[i] = num_strtod(colon + 1, &end);
				if (end == colon + 1 || !(co->lo[i] <
				    co->hi[i]))
					rc = -1;
			}
			if (rc != 0)
				*cause = xasprintf(_("box: \"%s\" is not a range "
				    "like -3:3"), parts[i]);
			else if (!num_range_end_ok(co->lo[i]) ||
			    !num_range_end_ok(co->hi[i])) {
				*cause = xasprintf(_("box: \"%s\": the ends of a "
				    "range are at most 1e300 in size"), parts[i]);
				rc = -1;
			}
		}
		free(parts[i]);
	}
	free(parts);
	free(off);
	for (i = 1; rc == 0 && k == 1 && i < n; i++) {
		co->lo[i] = co->lo[0];
		co->hi[i] = co->hi[0];
	}
	co->has_box = 1;
	return rc;
}

/* Whether the second derivatives of e's function are small enough to
 * check critical points (asked once per function): 0, or -1 with
 * *cause. */
static int
critical_fits(batch_cache *bc, struct entry *e, char **cause)
{
	expr_error err;

	if (e->hessian == 0) {
		e->hessian = expr_hessian_fits(e->f, check_fn_nvars(e->c),
		    &bc->work, &err) == 0 ? 1 : -1;
		if (e->hessian < 0)
			e->hess_refused = xasprintf(_("function: %s (%s)"),
			    err.msg, err.hint);
	}
	if (e->hessian > 0)
		return 0;
	*cause = xstrdup(e->hess_refused);
	return -1;
}

/* The number of variables of l's function; see batch_impl.h. */
int
batch_nvars(batch_cache *bc, const batch_line *l)
{
	struct entry	*e;
	check_fn	*c;
	char		*cause = NULL;

	if (BATCH_IS_EXERCISE(l->kind) || (c = lookup(bc, l, &e, &cause)) ==
	    NULL) {
		free(cause);
		return -1;
	}
	return check_fn_nvars(c);
}

/* Grade one line. */
int
batch_check(batch_cache *bc, const batch_line *l, check_result *r,
    char **cause)
{
	check_fn	*c;
	struct entry	*e;
	check_error	 err;
	critical_opts	 co;
	double		 x[EXPR_MAX_VARS], rate;
	char		*shown;
	int		 n, rc;

	*cause = NULL;
	memset(r, 0, sizeof *r);
	bc->fresh = 0;
	if (BATCH_IS_EXERCISE(l->kind)) {
		*cause = xasprintf(_("a %s line is judged as a lesson's exercise "
		    "(lesson/batch_exercise.h)"), l->kind_name);
		return -1;
	}
	if ((c = lookup(bc, l, &e, cause)) == NULL)
		return -1;
	if (l->kind != BATCH_GRAD && l->kind != BATCH_STEP &&
	    critical_fits(bc, e, cause) != 0)
		return -1;
	n = check_fn_nvars(c);
	switch (l->kind) {
	case BATCH_GRAD:
		if (l->at != NULL) {
			if (read_point("at", l->at, n, x, cause) != 0)
				return -1;
			/* the point as typed, (π/6, 1) */
			shown = check_point_shown(l->at, bc->o.style);
			rc = check_grad_at_shown(c, x, shown, l->answer, r,
			    &err);
			free(shown);
		} else
			rc = check_grad(c, l->answer, r, &err);
		break;
	case BATCH_STEP:
		if (read_point("from", l->from, n, x, cause) != 0 ||
		    read_point("rate", l->rate, 1, &rate, cause) != 0)
			return -1;
		if (!(rate > 0)) {
			*cause = xasprintf(_("rate: the step size must be "
			    "positive, not %s"), l->rate);
			return -1;
		}
		/* a_0 as typed, (π/6, 1) */
		shown = check_point_shown(l->from, bc->o.style);
		rc = check_step_shown(c, x, shown, rate, l->answer, r, &err);
		free(shown);
		break;
	default:	/* BATCH_CRITICAL */
		memset(&co, 0, sizeof co);
		critical_opts_init(&co);
		if (l->box != NULL && read_box(l->box, n, &co, cause) != 0)
			return -1;
		rc = check_critical_search(c, &co, l->answer, l->kinds, r,
		    &err);
		break;
	}
	if (rc != 0) {
		*cause = field_error(err.field, strcmp(err.field, "kinds") == 0
		    ? l->kinds : l->answer, &err.e);
		return -1;
	}
	return 0;
}

/* --- the summary per student -------------------------------------------- */

/* The hash of a student id (FNV-1a). */
static size_t
tally_hash(const char *s)
{
	unsigned long long h = 14695981039346656037ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return (size_t)h;
}

/* The slot of student in t's table: where its index is, or the empty
 * slot where it goes. */
static size_t
tally_slot(batch_tally *t, const char *student)
{
	size_t	mask = (size_t)t->nslots - 1, i;

	for (i = tally_hash(student) & mask; t->slots[i] != 0;
	    i = (i + 1) & mask) {
		t->probes++;
		if (strcmp(t->s[t->slots[i] - 1].id, student) == 0)
			break;
	}
	return i;
}

/* Double the table (kept at most half full). */
static void
tally_grow(batch_tally *t)
{
	int	i;

	free(t->slots);
	t->nslots = t->nslots > 0 ? 2 * t->nslots : 64;
	t->slots = xcalloc((size_t)t->nslots, sizeof *t->slots);
	for (i = 0; i < t->n; i++)
		t->slots[tally_slot(t, t->s[i].id)] = i + 1;
}

/* The index of id in t, or -1. */
int
batch_tally_find(batch_tally *t, const char *id)
{
	size_t	k;

	if (t->nslots == 0)
		return -1;
	k = tally_slot(t, id);
	return t->slots[k] != 0 ? t->slots[k] - 1 : -1;
}

/* The index of id in t, added when new. */
int
batch_tally_index(batch_tally *t, const char *id)
{
	batch_student	*s;
	size_t		 k;

	if (2 * (t->n + 1) > t->nslots)
		tally_grow(t);
	k = tally_slot(t, id);
	if (t->slots[k] != 0)
		return t->slots[k] - 1;
	if (t->n == t->cap) {
		t->cap = t->cap > 0 ? 2 * t->cap : 16;
		t->s = xrealloc(t->s, (size_t)t->cap * sizeof *t->s);
	}
	s = &t->s[t->n++];
	memset(s, 0, sizeof *s);
	s->id = xstrdup(id);
	t->slots[k] = t->n;
	return t->n - 1;
}

/* Count one line for a student. */
void
batch_tally_add(batch_tally *t, const char *student, int verdict)
{
	batch_student	*s;
	int		 k;

	if (student == NULL)
		student = "?";
	k = batch_tally_index(t, student);
	s = &t->s[k];
	s->answers++;
	if (verdict > 0)
		s->correct++;
	else if (verdict == 0)
		s->wrong++;
	else
		s->malformed++;
}

/* Free t and what it owns. */
void
batch_tally_free(batch_tally *t)
{
	int	i;

	for (i = 0; i < t->n; i++)
		free(t->s[i].id);
	free(t->s);
	free(t->slots);
	memset(t, 0, sizeof *t);
}
