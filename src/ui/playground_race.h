/* playground_race.h - the playground's race and stability bars, without
 * curses: several update rules (core/optim.h) from the same start on
 * the same map with the same budget, and for a quadratic the factor
 * |1 - γλᵢ| per eigen-direction (or the heavy ball's rate), as the
 * race and stability screens of the playground (tui_lab_race.c) show
 * them.
 *
 * The runners come from a table of candidates (playground_race.c): a
 * name as optim_method_parse reads it ("gd", "momentum", ...) or
 * "backtracking" (gd with Armijo backtracking from its rate) or "sgd"
 * (gd on mini-batch gradients, for f over data), with the rate each
 * steps with by default: the playground's γ for the rules whose step is
 * γ times a gradient (gd, momentum, nesterov, sgd), a rate of its own
 * for the others (AdaGrad 0.5, RMSProp 0.05, Adam 0.1: their steps are
 * about the rate long whatever the gradient's size; Newton 1, its whole
 * step; backtracking 1, its first trial).  The student can give any
 * runner a rate of its own (playground_race_notch).  A new method is a
 * row of that table.  Each runner takes at most the budget of
 * steps, one gradient evaluation a step (Newton also a Hessian,
 * backtracking also f at its trial steps), and
 * stops when ‖∇f‖ < PLAYGROUND_TOL.  The winner is the runner that gets
 * there in the fewest steps; a runner that diverged never wins.  Ties
 * go to the runner listed first (the verdict names the others that
 * tied, or says "a tie" when every runner tied).  When none gets there
 * nobody wins: the verdict says no runner found a minimum (and that f
 * still falls, when the runner with the lowest f was still going down
 * at the end of the budget) and names the one with the lowest f.
 * Nothing here prints. */
#ifndef NABLA_PLAYGROUND_RACE_H
#define NABLA_PLAYGROUND_RACE_H

#include <stddef.h>

#include "core/descent.h"
#include "plot/canvas.h"
#include "plot/chart.h"
#include "ui/playground.h"

#define PGRACE_MAX PLOT_MAX_SERIES	/* runners in one race (a line
					   each on the chart) */
#define PGRACE_BUDGET 50		/* steps, by default */
#define PGRACE_MAX_BUDGET 1000

/* One runner and how its race went. */
/* pgrace_runner.trapped: ‖∇f‖ < tol where f is only flat (tanh x far
 * out), no minimum near. */
#define PGRACE_FLAT (-1)

typedef struct pgrace_runner {
	const char *name;	/* "gd", "momentum", ..., "backtracking" */
	optim_params method;
	int backtrack;
	double rate_default;	/* its rate by default (0: the playground's
				   γ) */
	double rate;		/* the rate the student gave it (0: none,
				   the default) */
	int sgd;		/* mini-batch SGD (gd on the gradient of a
				   batch, the playground's batch size and
				   seed; f must be over data) */
	int ok;			/* run holds a run */
	descent_result run;
	int reached;		/* the step at which ‖∇f‖ < tol near a
				   minimum, or -1 */
	int trapped;		/* it came to rest at a saddle or a maximum
				   (‖∇f‖ < tol there too): CRITICAL_SADDLE
				   or CRITICAL_MAXIMUM, or where f is only
				   flat with no critical point near
				   (PGRACE_FLAT), else 0; that is no win */
	int diverged;
	double f_end;		/* f at the last iterate */
} pgrace_runner;

typedef struct playground_race {
	int unicode;
	int n;			/* runners */
	pgrace_runner r[PGRACE_MAX];
	int budget;		/* steps each */
	int sel;		/* the runner whose rate + and - change */
	char fname[16];		/* f's own name (expr_fname), and */
	char norm[48];		/* ‖∇f‖ (|grad f|) with it, as the last
				   race's verdict and chart say them */
	int fmin;		/* f has a minimum: 1, none: 0 (a quadratic
				   unbounded below, x^2 + y), -1 not known */
	int predicted;		/* the runner the student predicted, or -1 */
	int raced;		/* the race was run (the verdict shows) */
	int winner;		/* the best runner, -1: none (every runner
				   diverged); no win unless it found a
				   minimum (playground_race_found) */
	plot_canvas *map, *chart;
} playground_race;

/* Start with the default runners (gd, momentum, nesterov, adam, newton,
 * backtracking) and the budget PGRACE_BUDGET; nothing raced yet. */
void playground_race_init(playground_race *r, int unicode);
/* Free what r holds (r itself is the caller's). */
void playground_race_free(playground_race *r);

/* The runners for p's f: the default ones, or when f is over data
 * gd, momentum, nesterov, adam, newton and sgd.  Nothing raced. */
void playground_race_for(playground_race *r, const playground *p);

/* The candidates: how many, and the name of candidate i ("gd", ...,
 * "backtracking"; static). */
int playground_race_ncandidates(void);
const char *playground_race_candidate(int i);
/* Set the runners to the candidates named in names (n of them, at most
 * PGRACE_MAX).  0, or -1 with a message when a name is none. */
int playground_race_set(playground_race *r, const char *const *names,
    int n, char *err, size_t errn);

/* The rate runner i steps with in a race on p: its own, or its
 * default. */
double playground_race_rate(const playground_race *r, int i,
    const playground *p);
/* Runner i's rate a notch up (dir 1) or down (-1) the ladder of γ
 * (playground_gamma_notch); the race goes back to guessing. */
void playground_race_notch(playground_race *r, int i, const playground *p,
    int dir);
/* Select the next runner (dir 1) or the one before (-1), round. */
void playground_race_select(playground_race *r, int dir);

/* The mark of runner i on the map, the chart and the legend (the
 * chart's marker: o x + & # %, in ASCII $ for +). */
char playground_race_mark(int i, int ascii);

/* Back to before the race: no prediction, no verdict. */
void playground_race_clear(playground_race *r);
/* Predict that runner i wins (-1: no prediction). */
void playground_race_predict(playground_race *r, int i);

/* ‖∇f‖ (|grad f| in ASCII) with p's name for f into buf.  Returns
 * buf. */
char *playground_race_norm(const playground_race *r, const playground *p,
    char *buf, size_t size);

/* Run the race on p's f from p's a₀, each runner with its rate
 * (playground_race_rate): every runner, then the winner.  0, or -1 with a message (no f, or a runner's options are
 * unusable). */
int playground_race_run(playground_race *r, const playground *p,
    char *err, size_t errn);

/* The verdict in words (after a race): the winner and how, the
 * prediction judged, into buf.  Returns buf. */
char *playground_race_verdict(const playground_race *r, char *buf,
    size_t size);
/* Whether a runner found a minimum (reached ‖∇f‖ < tol near one):
 * only then is there a winner to crown (the winner field is otherwise
 * the runner with the lowest f, which the verdict names as no win). */
int playground_race_found(const playground_race *r);
/* Whether every runner stopped at a₀ before its first step (‖∇f(a₀)‖
 * below the tolerance: a critical point, or f flat there): nothing
 * was raced, and the verdict says so (the kind of a₀ only when the
 * Hessian there tells it). */
int playground_race_at_start(const playground_race *r);
/* Whether the guess was the winner or tied with it (colours the
 * verdict). */
int playground_race_guessed_right(const playground_race *r);
/* The runners that did not diverge, best first (by playground_race's
 * rule: reaching the tolerance sooner, else a lower f at the end), into
 * idx (room for PGRACE_MAX); returns how many (0 before a race). */
int playground_race_order(const playground_race *r, int *idx);
/* The finishing order in words, "Order: newton, gd = nesterov, adam;
 * diverged: momentum.", into buf ("" before a race or when every
 * runner diverged, which the verdict says).  Returns buf. */
char *playground_race_order_text(const playground_race *r, char *buf,
    size_t size);
/* How runner i did, "12 steps", "diverged", "f = 0.0031 after 50",
 * into buf.  Returns buf. */
char *playground_race_result(const playground_race *r, int i, char *buf,
    size_t size);

/* The map w×h: f's contours with every runner's iterates in its mark
 * (the winner's on top; no critical points, whose marks could be
 * taken for a runner's) and a₀ as 0, fitted to the iterates near a₀;
 * before a race a₀ alone, the map fitted to a₀ and f's critical
 * points (f of two variables; blank for others).  The canvas is r's. */
const plot_canvas *playground_race_map(playground_race *r,
    const playground *p, int w, int h);
/* One convergence chart of ‖∇f(aₖ)‖ per runner w×h, on a log scale,
 * each runner drawn by its mark at every step (no lines, which six
 * runners would blur into one); a ‖∇f‖ of exactly 0 (Newton on a
 * quadratic) on the bottom row, which the y title says.  With legend
 * the chart names the marks itself (when the screen's legend is not
 * shown beside it).  The canvas is r's. */
const plot_canvas *playground_race_chart(playground_race *r, int w, int h,
    int legend);

/* --- stability bars (quadratics) ---------------------------------------- */

#define PGSTAB_MAX EXPR_MAX_VARS

/* One eigen-direction of the Hessian. */
typedef struct pgstab_bar {
	double lambda;		/* its eigenvalue */
	double factor;		/* per step: |1 - γλ| (gd), or the heavy
				   ball's spectral radius for (γ, β) */
	int stable;		/* factor < 1 (or λ = 0: f is flat there) */
} pgstab_bar;

/* The bars of p's quadratic for step γ and, when beta > 0, heavy-ball
 * momentum β: one per eigenvalue, ascending, into bars (room for
 * PGSTAB_MAX).  *gmax gets the stable range 0 < γ < *gmax (2/λmax for
 * gd, 2(1 + β)/λmax for the heavy ball).  Returns the number of bars,
 * or -1 when f is not a quadratic with a minimum. */
int playground_stab_bars(const playground *p, double gamma, double beta,
    pgstab_bar *bars, double *gmax);

/* A bar of w cells for a factor on the scale 0..2: filled up to the
 * factor ('#' in ASCII, █ in Unicode), the rest '.' (·), the cell of
 * factor 1 (the edge of the stable region) '|' unless filled, and a
 * factor beyond 2 ends in '>'.  Into buf.  Returns buf. */
char *playground_stab_bar_text(double factor, int w, int unicode,
    char *buf, size_t size);

#endif
