/* figure.h - plot steps of a lesson: what to draw, read from the fields
 * of a "--- plot: KIND" block.
 *
 * A figure only describes the picture (function, ranges, descent path,
 * slice); lesson/figure_draw.h draws it with src/plot/ for every front
 * end, and `nabla plot` fills one in from its command line.  Every
 * figure of a lesson has a caption that says in words what it shows,
 * which line mode prints for screen readers. */
#ifndef NABLA_FIGURE_H
#define NABLA_FIGURE_H

#include "core/expr.h"
#include "lesson/lesson.h"

enum figure_kind {
	FIGURE_CONTOUR,		/* level curves of f(x, y), with the path */
	FIGURE_FIELD,		/* arrows of -grad f on a grid */
	FIGURE_CONVERGENCE,	/* f(a_k) or |grad f(a_k)| against k */
	FIGURE_SLICE,		/* f(x) of one variable, or the slice through
				   at (or the start) along direction (or
				   -grad f there) */
	FIGURE_AUTO		/* chosen from the function (`nabla plot`
				   without --kind; never in a lesson file):
				   a graph for one variable, a map for two (a
				   convergence chart for several step sizes),
				   a chart and a slice for more */
};

/* What a convergence chart shows. */
enum figure_measure {
	FIGURE_MEASURE_GRAD,	/* |grad f(a_k)| (the default in lessons) */
	FIGURE_MEASURE_GAP,	/* f(a_k) - f*, where f* is f at the minimum
				   a run ends at; without one, |grad f(a_k)|
				   and a note that says so */
	FIGURE_MEASURE_AUTO	/* the gap when f* is known, else the
				   gradient, without a note */
};

#define FIGURE_MAX_RATES 6

/* A figure from figure_prepare owns function, f and caption (figure_free
 * frees them); `nabla plot` fills one in on the stack with borrowed
 * pointers and no caption. */
typedef struct figure {
	enum figure_kind kind;
	char *function;		/* as written */
	expr *f;
	expr_vars vars;
	int nvars;
	int has_x, has_y;	/* ranges given */
	double x0, x1, y0, y1;
	int exact;		/* maps: keep both given ranges as they are
				   ("exact" after a range; always in `nabla
				   plot`), else the shorter one widens so
				   that circles look round */
	int has_from;		/* a descent path from here */
	double from[EXPR_MAX_VARS];
	int nrates;		/* step sizes: one path each */
	double rates[FIGURE_MAX_RATES];
	int steps;		/* descent steps (default 10) */
	enum figure_measure measure;	/* convergence charts */
	int has_tol;		/* convergence charts: the tolerance ε of
				   the stopping rule ("until:"), drawn as a
				   line, with the first k below it marked */
	double tol;
	int shade;		/* maps: shade by the value of f */
	int has_at, has_direction;	/* slice: point and direction */
	double at[EXPR_MAX_VARS], direction[EXPR_MAX_VARS];
	char *caption;		/* rich text */
} figure;

/* The name of a kind ("contour"), and the kind of a name or -1 (the
 * four kinds a lesson can ask for; not "auto"). */
const char *figure_kind_name(enum figure_kind k);
int figure_kind_lookup(const char *name);

/* Read the fields of plot step s (kind in s->word).  Problems go to ds
 * with file and line.  Returns a new figure (free with figure_free) or
 * NULL on errors. */
figure *figure_prepare(lesson_step *s, const char *file, lesson_diags *ds);

void figure_free(figure *fig);

#endif
