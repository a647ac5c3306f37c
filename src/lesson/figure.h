/* figure.h - plot steps of a lesson: what to draw, read from the fields
 * of a "--- plot: KIND" block.
 *
 * A figure only describes the picture (function, ranges, descent path,
 * slice); the front ends draw it with src/plot/.  Every figure has a
 * caption that says in words what it shows, which line mode prints for
 * screen readers. */
#ifndef NABLA_FIGURE_H
#define NABLA_FIGURE_H

#include "core/expr.h"
#include "lesson/lesson.h"

enum figure_kind {
	FIGURE_CONTOUR,		/* level curves of f(x, y), with the path */
	FIGURE_FIELD,		/* arrows of -grad f on a grid */
	FIGURE_CONVERGENCE,	/* f(a_k) or |grad f(a_k)| against k */
	FIGURE_SLICE		/* f(x) of one variable, or the slice through
				   at (or the start) along direction (or
				   -grad f there) */
};

#define FIGURE_MAX_RATES 6

typedef struct figure {
	enum figure_kind kind;
	char *function;		/* as written */
	expr *f;
	expr_vars vars;
	int nvars;
	int has_x, has_y;	/* ranges given */
	double x0, x1, y0, y1;
	int has_from;		/* a descent path from here */
	double from[EXPR_MAX_VARS];
	int nrates;		/* step sizes: one path each */
	double rates[FIGURE_MAX_RATES];
	int steps;		/* descent steps (default 10) */
	int measure_gap;	/* convergence: f(a_k) - f* instead of the
				   default |grad f(a_k)| */
	int has_at, has_direction;	/* slice: point and direction */
	double at[EXPR_MAX_VARS], direction[EXPR_MAX_VARS];
	char *caption;		/* rich text */
} figure;

/* The name of a kind ("contour"), and the kind of a name or -1. */
const char *figure_kind_name(enum figure_kind k);
int figure_kind_lookup(const char *name);

/* Read the fields of plot step s (kind in s->word).  Problems go to ds
 * with file and line.  Returns a new figure (free with figure_free) or
 * NULL on errors. */
figure *figure_prepare(lesson_step *s, const char *file, lesson_diags *ds);

void figure_free(figure *fig);

#endif
