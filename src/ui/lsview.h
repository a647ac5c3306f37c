/* lsview.h - the text of `nabla landscape`, shared by the command
 * (cmd_landscape.c) and the playground's landscape screen
 * (tui_landscape.c): a small network trained on a toy data set, and one
 * view of its loss landscape (the interpolation, a slice, the
 * trajectory or the Hessian) as lines for a given width and plot
 * height, or as JSON fields.  Curses-free; the work is in
 * core/landscape.h. */
#ifndef NABLA_LSVIEW_H
#define NABLA_LSVIEW_H

#include "core/dataset.h"
#include "core/expr.h"
#include "core/landscape.h"
#include "core/mlp.h"
#include "core/sbuf.h"
#include "ui/cli_util.h"

#define LSVIEW_MAX_W 1000	/* --width */
#define LSVIEW_MAX_H 500	/* --height */
#define LSVIEW_FIT_MIN 8	/* the smallest plot lsview_fit draws */
#define LSVIEW_FIT_PROBE 6	/* ... and the one it measures with */

enum lsview_kind { LSVIEW_INTERP, LSVIEW_SLICE, LSVIEW_TRAJECTORY,
	LSVIEW_HESSIAN, LSVIEW_NKINDS };

/* Everything a view works on.  lsview_defaults fills in the defaults of
 * `nabla landscape`; the caller then sets the net (mlp_setup) and the
 * data and calls lsview_train.  Release with lsview_free. */
typedef struct lsview {
	const char *dataname;	/* not owned */
	dataset data;
	mlp net;
	landscape_train_spec spec;
	landscape_run run;
	double *theta0;
	unsigned long long seed;
	enum lsview_kind view;
	double range;
	int grid, w, h, ascii, points;
	double noise;
	/* the plane of a slice or trajectory */
	double *d1, *d2, *work;
	int plot_top;		/* private: where the plot of the text
				   starts */
	int para_lines;		/* 1: each paragraph on one line, for a
				   caller that wraps the lines itself (the
				   screen, as it wraps the others); 0: broken
				   at spaces into lines of w columns */
} lsview;

/* The defaults of `nabla landscape` into v (zeroed first): moons of 200
 * points with noise 0.1, seed 1, gradient descent at rate 0.5 for 1000
 * steps, the interpolation, range 1, grid 21, 80 columns, 24 rows. */
void lsview_defaults(lsview *v);

/* Set up the default network (2-16-1, tanh, mean squared error) and
 * generate the data set kind (enum dataset_kind) from v's seed, points
 * and noise; v->dataname becomes the kind's name.  0, or -1 with err. */
int lsview_default_setup(lsview *v, int kind, expr_error *err);

/* The name of a data set kind ("moons", "xor", "spiral"). */
const char *lsview_kind_name(int kind);

/* Look up "interp", "slice", "trajectory" or "hessian"; -1 otherwise. */
int lsview_lookup(const char *name);

/* Train v's net on v's data from the initialisation of v's seed (the
 * training stays within the spec's steps). */
void lsview_train(lsview *v);

/* Append the text of `nabla landscape` to out: the lines about the
 * data, the net and the training, then v's view drawn v->w columns
 * wide with a plot of v->h rows.  *plot_top (may be NULL) receives the
 * line of out's text where the plot starts (-1: no plot). */
void lsview_text(lsview *v, sbuf *out, int *plot_top);

/* The same as JSON fields of the open object of j. */
void lsview_json(lsview *v, cli_json *j);

/* The lines of lsview_text, without their newlines, into a new array
 * of *n strings (free with lsview_lines_free). */
char **lsview_lines(lsview *v, int *n, int *plot_top);

/* lsview_lines for w columns (into v->w) with the plot's height (into
 * v->h) chosen so that all lines fit in rows rows, or, when they cannot
 * with a plot of LSVIEW_FIT_MIN rows, so that the plot ends on the
 * last of them (what is below it scrolls); never below LSVIEW_FIT_MIN.
 * The same as `nabla landscape --width v->w --height v->h`. */
char **lsview_fit(lsview *v, int w, int rows, int *n, int *plot_top);

/* Free lines from lsview_lines. */
void lsview_lines_free(char **lines, int n);

/* Release what v holds. */
void lsview_free(lsview *v);

#endif
