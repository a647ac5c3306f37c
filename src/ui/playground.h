/* playground.h - the playground's model, without curses: gradient
 * descent on a function of the student's choice, as the playground
 * screen (tui_lab.c) shows it (playground.c; what it keeps on its map
 * and its legend, playground_marks.c).
 *
 * It holds f (as typed, parsed, compiled for the plots, its Hessian
 * analysis when it is a quadratic, its critical points), the start a₀,
 * the step size γ and the steps asked for; the run from a₀ recomputed
 * after every change; in "you compute" mode the student's own iterates
 * instead; the range of the map (fixed the first time it is drawn, let
 * go when a₀ leaves it or on request) and the map and chart drawn into
 * plot canvases.  Errors are returned as messages for the student,
 * never printed. */
#ifndef NABLA_PLAYGROUND_H
#define NABLA_PLAYGROUND_H

#include <stddef.h>

#include "core/datafn.h"
#include "core/descent.h"
#include "core/expr.h"
#include "lesson/figure_draw.h"
#include "plot/canvas.h"
#include "plot/contour.h"
#include "plot/frame.h"
#include "plot/plot.h"

#define PLAYGROUND_TOL 1e-6	/* a run to convergence stops when ‖∇f‖
				   is below this */
#define PLAYGROUND_MAX_STEPS 10000	/* ... or after this many steps */
#define PLAYGROUND_MAX_CRIT 16	/* critical points marked on the map */
#define PLAYGROUND_MAX_KEPT 3	/* runs kept on the map to compare */
/* The marks of the kept runs, of the student's iterates after you
 * compute, and of wrong tries (✗, or ! in ASCII). */
#define PLAYGROUND_KEPT_MARKS "ABC"
#define PLAYGROUND_MARK_YOURS '+'
#define PLAYGROUND_MARK_WRONG(unicode) ((unicode) ? 0x2717u : '!')
/* Room for the name of any iterate, "a" and up to ten subscript
 * digits of three bytes each. */
#define PLAYGROUND_NAME_SIZE 40

typedef struct playground {
	int unicode;		/* texts and plots in Unicode (else ASCII) */

	char *ftext;		/* f as typed (NULL before the first f) */
	expr *f;
	expr_vars vars;
	int nvars;
	unsigned fgen;		/* bumped with every new f */
	figure_draw_fn fn;	/* f and ∇f compiled (fn.f NULL: no f) */
	int is_quad;		/* quad holds the Hessian analysis */
	descent_quad quad;
	plot_critical crit[PLAYGROUND_MAX_CRIT];
	int ncrit;

	double a0[EXPR_MAX_VARS];
	double gamma;
	int steps;		/* steps asked for */
	int run_ok;
	descent_result run;
	char *why;		/* why the run stopped early, or NULL */
	char *why_short;	/* the same in one short sentence, its
				   verdict and ‖∇f‖ first, or NULL */

	/* You compute: the student's own iterates replace the run's. */
	int you;
	double *you_path;	/* you_n points, nvars coordinates each */
	int you_n;
	double *you_wrong;	/* you_nwrong wrong tries at a point: nvars
				   coordinates, then the step they tried */
	int you_nwrong;
	int you_kept;		/* after you compute: the student's path and
				   tries stay on the map */

	/* Runs kept on the map to compare (two variables): (x, y) each. */
	double *kept_path[PLAYGROUND_MAX_KEPT];
	int kept_n[PLAYGROUND_MAX_KEPT];
	double kept_gamma[PLAYGROUND_MAX_KEPT];
	int nkept;
	double levels[PLOT_MAX_LEVELS];	/* the map's levels, kept with
					   the view */
	int nlevels;
	plot_frame frame;	/* where the last map was drawn */
	int have_frame;

	int have_view;		/* the map's range is fixed */
	double view[4];		/* x0, x1, y0, y1 (t0, t1 for one variable) */
	plot_canvas *map, *chart;
	unsigned gen;		/* bumped when the picture changes */
	unsigned map_gen, chart_gen;	/* what the canvases show */

	/* A function over data (playground_sgd.c): the table (p's), f in
	 * parts when it has mean(...) or sum(...), and the run's rule. */
	data_table *table;	/* NULL: no table */
	datafn *dfn;		/* NULL: f is not over the data */
	int sgd;		/* 1: the run is mini-batch SGD */
	int batch;		/* its batch size (>= 1) */
	unsigned seed;		/* its seed */
	/* The noise ball of SGD at γ (made on demand, for ball_gen). */
	double *ball;		/* ball_n iterates, nvars coordinates each */
	int ball_n;
	double ball_radius;	/* RMS distance from the minimum; INFINITY
				   when the run diverged, NAN: none */
	double ball_min[EXPR_MAX_VARS];	/* the minimum it is measured from */
	unsigned ball_gen;
	int ball_drawn;		/* cells of the ball on the map at its last
				   drawing (the legend names only a ball
				   seen) */
} playground;

/* Start with the lecture's example: f = 3x² + y², a₀ = (1, 1),
 * γ = 0.1, no steps yet.  Free with playground_free. */
void playground_init(playground *p, int unicode);
/* Free what p holds (p itself is the caller's). */
void playground_free(playground *p);

/* Take f from text: a new f keeps a₀ when it has as many variables as
 * the old one (else a₀ = (1, ..., 1)), clears the steps and lets the
 * view go.  Returns 0, or -1 with a message in err (n bytes) and the
 * old f kept. */
int playground_set_f(playground *p, const char *text, char *err, size_t n);
/* Take a₀ from text ("1, 0.5", parentheses optional; pi and sqrt(2)
 * are fine) and let the view go.  Returns 0, or -1 with a message. */
int playground_set_a0(playground *p, const char *text, char *err, size_t n);
/* Take γ from text (positive).  Returns 0, or -1 with a message. */
int playground_set_gamma(playground *p, const char *text, char *err,
    size_t n);

/* Recompute the run from a₀: the steps asked for, or with converge
 * until ‖∇f‖ < PLAYGROUND_TOL (then the steps become the run's). */
void playground_run(playground *p, int converge);
/* One step more (the run recomputed). */
void playground_step(playground *p);
/* Back to a₀ (no steps). */
void playground_reset(playground *p);
/* γ one notch up (dir 1) or down (dir -1) the ladder 1, 1.2, 1.5, 2,
 * 2.5, 3, 3.5, 4, 5, 6, 7, 8 times powers of ten. */
void playground_notch(playground *p, int dir);
/* The notch of that ladder above (dir 1) or below (dir -1) g (g itself
 * past its ends), as the decimal it stands for. */
double playground_gamma_notch(double g, int dir);
/* γ times factor. */
void playground_scale_gamma(playground *p, double factor);
/* Move a₀ along axis (0: x, 1: y) by a round step, about a twentieth
 * of the view, to the next multiple of it in direction dir (1 or -1);
 * the view goes when a₀ leaves it. */
void playground_move(playground *p, int axis, int dir);
/* Let the view go: the next map fits itself to f and the path. */
void playground_refit(playground *p);

/* The iterates shown: the run's (at most steps + 1), or the student's
 * in you-compute mode. */
int playground_niter(const playground *p);
/* Iterate k (nvars coordinates; valid until the next change). */
const double *playground_iter(const playground *p, int k);
/* ‖∇f‖ and f at iterate k. */
double playground_norm(const playground *p, int k);
double playground_fval(const playground *p, int k);
/* ∇f at x into g (nvars values). */
void playground_grad(const playground *p, const double *x, double *g);

/* Start you-compute mode: the student's path is a₀ alone. */
void playground_you_start(playground *p);
/* Add the student's next iterate x (nvars coordinates). */
void playground_you_add(playground *p, const double *x);
/* The student's newest iterate. */
const double *playground_you_last(const playground *p);
/* Leave you-compute mode (the run shows again; the student's iterates
 * and wrong tries stay on the map until the next you compute). */
void playground_you_stop(playground *p);
/* A wrong try x (nvars coordinates) at the next iterate, drawn in its
 * own mark. */
void playground_you_wrong(playground *p, const double *x);
/* Wrong try i (nvars coordinates), and in *at (when not NULL) the
 * number of the iterate it was a try at. */
const double *playground_wrong(const playground *p, int i, int *at);
/* Take back the student's newest iterate (and the wrong tries at it
 * and after).  Returns 0, or -1 when there is nothing to take back. */
int playground_you_undo(playground *p);
/* Take back one step: of the student's path when it is shown, else of
 * the run.  Returns 0, or -1 when there is none. */
int playground_undo(playground *p);
/* Keep the run shown on the map (two variables, at least one step), in
 * a mark of its own, to compare with others; the oldest of
 * PLAYGROUND_MAX_KEPT goes.  Returns 0, or -1 when there is none. */
int playground_keep_run(playground *p);
/* Forget the kept runs. */
void playground_drop_kept(playground *p);
/* The stable range of γ near x, for any f: 2/λ with λ the largest
 * eigenvalue of the Hessian at x (by central differences of ∇f);
 * INFINITY when no eigenvalue is positive, NAN when it cannot be told. */
double playground_local_gamma(const playground *p, const double *x);
/* Whether the Hessian at x has a clearly negative eigenvalue (f curves
 * down there, as near a saddle: along that direction descent moves away
 * whatever γ, so 2/λmax is no stable range). */
int playground_local_curves_down(const playground *p, const double *x);
/* The marks on the map and what they mean, "0 1 2 iterates · path * minimum
 * ...", into buf (size bytes): only the marks drawn.  Returns buf. */
char *playground_legend(playground *p, char *buf, size_t size);

/* The map (contour and path for two variables, the graph for one; for
 * more variables blank) w×h, redrawn when something changed; the first
 * map after the view was let go (or at a new size) fixes the view.
 * The canvas is p's. */
const plot_canvas *playground_map(playground *p, int w, int h);
/* The convergence chart of ‖∇f(aₖ)‖ w×h (the canvas is p's). */
const plot_canvas *playground_chart(playground *p, int w, int h);

/* --- functions over data and SGD (playground_sgd.c) ------------------ */

#define PLAYGROUND_BALL_STEPS 400	/* SGD steps of the noise ball run */
#define PLAYGROUND_BALL_N 200	/* its last iterates: the ball */
#define PLAYGROUND_FAN_MAX 40	/* arrows of the fan at most */

/* Take the table t (p owns it from now; NULL: none).  A function over
 * data that was there goes back to the lecture's example. */
void playground_set_table(playground *p, data_table *t);
/* SGD on (1) or off (0): 0, or -1 with a message when f is not over
 * data (SGD needs the rows). */
int playground_set_sgd(playground *p, int on, char *err, size_t n);
/* The batch size one notch up (dir 1: doubled) or down (-1: halved),
 * between 1 and the number of rows. */
void playground_batch_notch(playground *p, int dir);
/* The next seed. */
void playground_next_seed(playground *p);
/* The noise ball at p's γ: PLAYGROUND_BALL_STEPS steps of SGD from a₀
 * with p's batch size and seed; the last PLAYGROUND_BALL_N iterates in
 * p->ball, their root-mean-square distance from the minimum of f (by
 * Newton's method from a₀; the mean of the ball when that fails) in
 * p->ball_radius.  Made again only after a change.  0, or -1 when
 * there is no ball (SGD off). */
int playground_noise_ball(playground *p);
/* The fan at x: the gradient of f over each group of rows (one row
 * each up to PLAYGROUND_FAN_MAX rows, else that many groups of
 * consecutive rows), nvars values each, into g (room for
 * PLAYGROUND_FAN_MAX * nvars).  The full gradient is their mean.
 * Returns the number of groups, 0 when f is not over data. */
int playground_fan(const playground *p, const double *x, double *g);
/* Draw the ball and the fan at the newest iterate on the map (two
 * variables, SGD on). */
void playground_sgd_draw(playground *p);
/* The legend items of the ball and the fan into buf (appended). */
void playground_sgd_legend(const playground *p, char *buf, size_t size);
/* The SGD line, "SGD batch 1/20 seed 1: noise ball radius 0.032", or
 * brief "SGD 1/20 rows, seed 1: radius 0.032", into buf ("" with SGD
 * off).  Returns buf. */
char *playground_sgd_line(playground *p, int brief, char *buf,
    size_t size);
/* f's name as declared ("L" for L(w, b) = ...), or "f". */
const char *playground_fname(const playground *p);

/* The name of iterate k, "a₁₀₀₀" or "a_1000", into buf (size bytes,
 * PLAYGROUND_NAME_SIZE hold any k; a shorter buffer gets whole
 * characters only).  Returns buf. */
char *playground_aname(int unicode, int k, char *buf, size_t size);
/* The status of the title bar into buf: the newest iterate's name,
 * after "you compute: " in that mode; "" with no iterates.  Returns
 * buf. */
char *playground_status(const playground *p, char *buf, size_t size);
/* A point "(1, 0.5)" (a number alone for one coordinate) with sig
 * significant digits into buf (num_format_point_buf).  Returns buf. */
char *playground_point(const double *x, int n, int sig, char *buf,
    size_t size);
/* A point for editing, "1, 0.5", each number the shortest text that
 * reads back as the same double.  Returns buf. */
char *playground_point_edit(const double *x, int n, char *buf,
    size_t size);

#endif
