/* figure.c - plot steps: reading what to draw from a "--- plot" block. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/descent.h"
#include "core/linalg.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "lesson/exercise.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "lesson/lmath.h"

static const char *figure_kind_names[] = {
	"contour", "field", "convergence", "slice", "auto"
};

#define FIG_ERR(...) lesson_diags_add(ds, LESSON_ERROR, file, __VA_ARGS__)
/* An error in field fl, its value echoed with a caret under all of it. */
#define FIG_FIELD_ERR(fl, ...) do { \
		FIG_ERR((fl)->line, __VA_ARGS__); \
		lesson_diags_echo(ds, (fl)->value, 0, strlen((fl)->value)); \
	} while (0)

/* The name of a kind ("contour"), and the kind of a name or -1 (the
 * four kinds a lesson can ask for; not "auto") (see figure.h). */
const char *
figure_kind_name(enum figure_kind k)
{
	return figure_kind_names[k];
}

/* The figure kind called name, or -1. */
int
figure_kind_lookup(const char *name)
{
	int i;

	for (i = 0; i < FIGURE_AUTO; i++)
		if (strcmp(figure_kind_names[i], name) == 0)
			return i;
	return -1;
}

/* Read a range "A:B" into lo, hi; a last word "exact" ("x: -2:2
 * exact") sets *exact.  0, or -1 reported. */
static int
figure_range(lesson_field *fl, double *lo, double *hi, int *exact,
    const char *file, lesson_diags *ds)
{
	char *copy = xstrdup(fl->value), *colon = strchr(copy, ':');
	size_t len = strlen(copy);
	char err[200];
	num a, b;
	int r = -1;

	if (len > 5 && strcmp(copy + len - 5, "exact") == 0 &&
	    (copy[len - 6] == ' ' || copy[len - 6] == '\t' ||
	    copy[len - 6] == ',')) {
		copy[len - 6] = '\0';
		*exact = 1;
	}
	if (colon == NULL || colon >= copy + strlen(copy))
		FIG_FIELD_ERR(fl, _("%s: a range is written LO:HI, like -2:2"),
		    fl->key);
	else {
		*colon = '\0';
		if (lmath_parse_number(copy, &a, err, sizeof err) != 0 ||
		    lmath_parse_number(colon + 1, &b, err, sizeof err) != 0)
			FIG_FIELD_ERR(fl, "%s: %s", fl->key, err);
		else if (!num_range_end_ok(a.v) || !num_range_end_ok(b.v))
			FIG_FIELD_ERR(fl, _("%s: the ends of a range are at most "
			    "1e300 in size"), fl->key);
		else if (!(a.v < b.v))
			FIG_FIELD_ERR(fl, _("%s: the range must go from low to "
			    "high"), fl->key);
		else {
			*lo = a.v;
			*hi = b.v;
			r = 0;
		}
	}
	free(copy);
	return r;
}

/* Read a point into x (doubles, nvars of them).  0, or -1 reported. */
static int
figure_point(lesson_field *fl, int nvars, double *x, const char *file,
    lesson_diags *ds)
{
	num v[EXPR_MAX_VARS];
	char err[200];
	int n = lmath_parse_point(fl->value, v, EXPR_MAX_VARS, err,
	    sizeof err), i;

	if (n < 0) {
		FIG_FIELD_ERR(fl, "%s: %s", fl->key, err);
		return -1;
	}
	if (n != nvars) {
		FIG_FIELD_ERR(fl, _("%s: the point has %d coordinates, the "
		    "function has %d variables"), fl->key, n, nvars);
		return -1;
	}
	for (i = 0; i < n; i++)
		x[i] = v[i].v;
	return 0;
}

/* Check the points of fig, read from step s, where the picture is
 * drawn: a direction other than 0, f and its slope with a value at at:
 * (as `nabla plot --at` asks), f and its gradient with a value at
 * from: and within the bound where descents stop.  Problems go to ds
 * at the field's line, its value echoed. */
static void
figure_check_points(const figure *fig, lesson_step *s, const char *file,
    lesson_diags *ds)
{
	figure_draw_fn fn;
	double g[EXPR_MAX_VARS], fa, slope = 0;
	const char *why;
	lesson_field *fl;
	int i, n = fig->nvars, bad;

	if (fig->has_direction && linalg_norm(fig->direction, n) == 0) {
		fl = lesson_step_field(s, "direction");
		/* g(t) = f(a) for every t: nothing to see */
		FIG_FIELD_ERR(fl, _("direction: the zero vector has no "
		    "direction"));
	}
	if (!fig->has_at && !fig->has_from)
		return;
	figure_draw_fn_init(&fn, fig->f, n);
	if (fig->has_at) {
		fa = fn.pf.f(fn.pf.ctx, fig->at);
		fn.pf.grad(fn.pf.ctx, fig->at, g);
		if (fig->has_direction)
			for (i = 0; i < n; i++)
				slope += g[i] * fig->direction[i];
		else
			slope = -linalg_norm(g, n);
		why = figure_draw_tangent_why(fa, g, n, slope);
		if (why != NULL) {
			fl = lesson_step_field(s, "at");
			FIG_FIELD_ERR(fl, "at: %s", why);
		}
	}
	if (fig->has_from) {
		fa = fn.pf.f(fn.pf.ctx, fig->from);
		fn.pf.grad(fn.pf.ctx, fig->from, g);
		bad = !isfinite(fa) || fabs(fa) > DESCENT_BOUND;
		for (i = 0; i < n; i++)
			bad |= !isfinite(g[i]) || fabs(fig->from[i]) >
			    DESCENT_BOUND;
		if (bad) {
			char b[40];

			num_format_exact(DESCENT_BOUND, b, sizeof b);
			fl = lesson_step_field(s, "from");
			FIG_FIELD_ERR(fl, _("from: a descent cannot start here: "
			    "f or its gradient has no value, or they or the "
			    "point are beyond %s, where descents stop"), b);
		}
	}
	figure_draw_fn_free(&fn);
}

/* Read the fields of plot step s (kind in s->word) (see figure.h). */
figure *
figure_prepare(lesson_step *s, const char *file, lesson_diags *ds)
{
	figure *fig = xcalloc(1, sizeof *fig);
	int k = figure_kind_lookup(s->word), errors = ds->nerrors, i, n;
	lesson_field *fl;
	const char *text;
	char **parts = NULL, err[200];
	num v;

	if (k < 0) {
		FIG_ERR(s->line, _("unknown plot kind \"%s\" (known: contour, "
		    "field, convergence, slice)"), s->word);
		free(fig);
		return NULL;
	}
	fig->kind = (enum figure_kind)k;
	fig->steps = 10;
	fl = lesson_step_field(s, "caption");
	if (fl == NULL || fl->value[0] == '\0')
		FIG_ERR(s->line, _("a plot needs a caption (\"caption: ...\" "
		    "says in words what it shows, for everyone who cannot "
		    "see it)"));
	else
		fig->caption = xstrdup(fl->value);
	if (exercise_read_function(s, file, ds, &fig->f, &fig->vars,
	    &text) != 0)
		goto done;
	fig->function = xstrdup(text);
	fig->nvars = n = fig->vars.n;
	if ((fig->kind == FIGURE_CONTOUR || fig->kind == FIGURE_FIELD) &&
	    n != 2)
		FIG_ERR(s->line, _("a %s plot needs a function of two "
		    "variables"), s->word);
	if ((fl = lesson_step_field(s, "x")) != NULL &&
	    figure_range(fl, &fig->x0, &fig->x1, &fig->exact, file,
	    ds) == 0)
		fig->has_x = 1;
	if ((fl = lesson_step_field(s, "y")) != NULL &&
	    figure_range(fl, &fig->y0, &fig->y1, &fig->exact, file,
	    ds) == 0)
		fig->has_y = 1;
	if ((fl = lesson_step_field(s, "from")) != NULL &&
	    figure_point(fl, n, fig->from, file, ds) == 0)
		fig->has_from = 1;
	if ((fl = lesson_step_field(s, "rate")) != NULL) {
		if (lmath_parse_number(fl->value, &v, err, sizeof err) != 0 ||
		    !(v.v > 0))
			FIG_FIELD_ERR(fl, _("rate must be a positive number"));
		else
			fig->rates[fig->nrates++] = v.v;
	}
	if ((fl = lesson_step_field(s, "rates")) != NULL) {
		int np = expr_split(fl->value, ',', &parts, NULL);
		if (fig->nrates > 0)
			FIG_FIELD_ERR(fl, _("give either rate or rates, not "
			    "both"));
		else if (np > FIGURE_MAX_RATES)
			FIG_FIELD_ERR(fl, _("rates: at most %d step sizes"),
			    FIGURE_MAX_RATES);
		for (i = 0; i < np; i++) {
			if (fig->nrates < FIGURE_MAX_RATES &&
			    lmath_parse_number(parts[i], &v, err,
			    sizeof err) == 0 && v.v > 0)
				fig->rates[fig->nrates++] = v.v;
			else if (fig->nrates < FIGURE_MAX_RATES)
				FIG_FIELD_ERR(fl, _("rates: \"%s\" is not a "
				    "positive number"), parts[i]);
			free(parts[i]);
		}
		free(parts);
	}
	if ((fl = lesson_step_field(s, "steps")) != NULL) {
		char *end;
		long st = strtol(fl->value, &end, 10);
		if (end == fl->value || *end != '\0' || st < 1 || st > 1000)
			FIG_FIELD_ERR(fl, _("steps must be a whole number from 1 "
			    "to 1000"));
		else
			fig->steps = (int)st;
	}
	if (fig->kind == FIGURE_SLICE) {
		if ((fl = lesson_step_field(s, "at")) != NULL &&
		    figure_point(fl, n, fig->at, file, ds) == 0)
			fig->has_at = 1;
		if ((fl = lesson_step_field(s, "direction")) != NULL &&
		    figure_point(fl, n, fig->direction, file, ds) == 0)
			fig->has_direction = 1;
		if (n > 1 && !fig->has_from && !fig->has_at)
			FIG_ERR(s->line, _("a slice of a function of several "
			    "variables needs a point: \"at:\" (with "
			    "\"direction:\", or along -grad f), or \"from:\" "
			    "and \"rate:\""));
		if (n > 1 && fig->has_at && !fig->has_direction &&
		    !fig->has_from)
			FIG_ERR(s->line, _("a slice through \"at:\" needs a "
			    "\"direction:\""));
	}
	if (fig->kind == FIGURE_CONVERGENCE &&
	    (fl = lesson_step_field(s, "measure")) != NULL) {
		if (strcmp(fl->value, "gap") == 0)
			fig->measure = FIGURE_MEASURE_GAP;
		else if (strcmp(fl->value, "grad") != 0)
			FIG_FIELD_ERR(fl, _("measure: \"grad\" (|grad f(a_k)|, "
			    "the default) or \"gap\" (f(a_k) - f*)"));
	}
	if ((fl = lesson_step_field(s, "until")) != NULL) {
		if (fig->kind != FIGURE_CONVERGENCE)
			FIG_FIELD_ERR(fl, _("until: (a tolerance) belongs to a "
			    "convergence plot"));
		else if (lmath_parse_number(fl->value, &v, err,
		    sizeof err) != 0 || !(v.v > 0) || !isfinite(v.v))
			FIG_FIELD_ERR(fl, _("until must be a positive number "
			    "(the tolerance epsilon)"));
		else {
			fig->has_tol = 1;
			fig->tol = v.v;
		}
	}
	if (fig->has_from && fig->nrates == 0)
		FIG_ERR(s->line, _("a descent path needs a step size (\"rate: "
		    "0.1\" or \"rates: 0.1, 0.3\")"));
	if (fig->nrates > 0 && !fig->has_from)
		FIG_ERR(s->line, _("a step size needs a start point (\"from: "
		    "...\")"));
	if (fig->kind == FIGURE_CONVERGENCE && !fig->has_from)
		FIG_ERR(s->line, _("a convergence plot needs \"from:\" and "
		    "\"rate:\""));
	if (ds->nerrors == errors)
		figure_check_points(fig, s, file, ds);
done:
	if (ds->nerrors > errors) {
		figure_free(fig);
		return NULL;
	}
	return fig;
}

/* Free fig and what it owns. */
void
figure_free(figure *fig)
{
	if (fig == NULL)
		return;
	expr_free(fig->f);
	free(fig->function);
	free(fig->caption);
	free(fig);
}
