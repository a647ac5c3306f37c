/* playground_marks.c - what the playground keeps and tells about its
 * map: steps taken back, the student's wrong tries, runs kept to
 * compare, the legend of every mark, and the stable range of γ near a
 * point from the Hessian.  The rest of the model is playground.c. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/linalg.h"
#include "core/nls.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "plot/canvas.h"
#include "plot/contour.h"
#include "plot/frame.h"
#include "ui/playground.h"

/* A wrong try x (nvars coordinates) at the next iterate, drawn in its
 * own mark (see playground.h). */
void
playground_you_wrong(playground *p, const double *x)
{
	p->you_wrong = xrealloc(p->you_wrong, (size_t)(p->you_nwrong + 1) *
	    (size_t)(p->nvars + 1) * sizeof(double));
	memcpy(p->you_wrong + (size_t)p->you_nwrong * (size_t)(p->nvars + 1),
	    x, (size_t)p->nvars * sizeof(double));
	/* After the point: the step it was a try at. */
	p->you_wrong[(size_t)p->you_nwrong * (size_t)(p->nvars + 1) +
	    (size_t)p->nvars] = p->you_n;
	p->you_nwrong++;
	p->gen++;
}

/* Wrong try i (nvars coordinates), and in *at (when not NULL) the
 * number of the iterate it was a try at (see playground.h). */
const double *
playground_wrong(const playground *p, int i, int *at)
{
	const double *w = p->you_wrong + (size_t)i * (size_t)(p->nvars + 1);

	if (at != NULL)
		*at = (int)w[p->nvars];
	return w;
}

/* Take back the student's newest iterate (and the wrong tries at it and
 * after) (see playground.h). */
int
playground_you_undo(playground *p)
{
	int at;

	if (p->you_n <= 1 && p->you_nwrong == 0)
		return -1;
	if (p->you_n > 1)
		p->you_n--;
	/* The wrong tries at the step taken back and after it go too. */
	while (p->you_nwrong > 0 && (playground_wrong(p, p->you_nwrong - 1, &at),
	    at >= p->you_n))
		p->you_nwrong--;
	if (!p->you && p->you_n <= 1 && p->you_nwrong == 0)
		p->you_kept = 0;
	p->gen++;
	return 0;
}

/* Take back one step: of the student's path when it is shown, else of
 * the run (see playground.h). */
int
playground_undo(playground *p)
{
	if (p->you || p->you_kept)
		return playground_you_undo(p);
	if (p->steps <= 0)
		return -1;
	p->steps--;
	playground_run(p, 0);
	return 0;
}

/* Keep the run shown on the map (two variables, at least one step), in
 * a mark of its own, to compare with others (see playground.h). */
int
playground_keep_run(playground *p)
{
	int n = playground_niter(p), k, i;
	double *d;

	if (p->you || n < 2 || p->nvars != 2)
		return -1;
	if (p->nkept == PLAYGROUND_MAX_KEPT) {
		/* The oldest goes. */
		free(p->kept_path[0]);
		memmove(p->kept_path, p->kept_path + 1, (PLAYGROUND_MAX_KEPT -
		    1) * sizeof p->kept_path[0]);
		memmove(p->kept_n, p->kept_n + 1, (PLAYGROUND_MAX_KEPT - 1) *
		    sizeof p->kept_n[0]);
		memmove(p->kept_gamma, p->kept_gamma + 1,
		    (PLAYGROUND_MAX_KEPT - 1) * sizeof p->kept_gamma[0]);
		p->nkept--;
	}
	d = xmalloc((size_t)n * 2 * sizeof *d);
	for (k = 0; k < n; k++)
		for (i = 0; i < 2; i++)
			d[2 * k + i] = playground_iter(p, k)[i];
	p->kept_path[p->nkept] = d;
	p->kept_n[p->nkept] = n;
	p->kept_gamma[p->nkept] = p->gamma;
	p->nkept++;
	p->gen++;
	return 0;
}

/* Forget the kept runs (see playground.h). */
void
playground_drop_kept(playground *p)
{
	int i;

	for (i = 0; i < p->nkept; i++)
		free(p->kept_path[i]);
	p->nkept = 0;
	p->gen++;
}

/* The eigenvalues of the Hessian of p's f at x, ascending, into eig
 * (by central differences of ∇f, made symmetric); 0, or -1 when they
 * cannot be told (a value that is not finite). */
static int
local_eigen(const playground *p, const double *x, double *eig)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], gp[EXPR_MAX_VARS],
	    gm[EXPR_MAX_VARS], xx[EXPR_MAX_VARS], e;
	int i, j, n = p->nvars;

	if (p->f == NULL || n < 1)
		return -1;
	for (j = 0; j < n; j++) {
		memcpy(xx, x, (size_t)n * sizeof *xx);
		e = 1e-4 * (fabs(x[j]) > 1 ? fabs(x[j]) : 1);
		xx[j] = x[j] + e;
		playground_grad(p, xx, gp);
		xx[j] = x[j] - e;
		playground_grad(p, xx, gm);
		for (i = 0; i < n; i++)
			h[i * n + j] = (gp[i] - gm[i]) / (2 * e);
	}
	return linalg_sym_eigen(h, n, eig, NULL);
}

/* The stable range of γ near x, for any f (see playground.h). */
double
playground_local_gamma(const playground *p, const double *x)
{
	double eig[EXPR_MAX_VARS], lmax;

	if (local_eigen(p, x, eig) != 0)
		return NAN;
	lmax = eig[p->nvars - 1];
	return lmax > 1e-12 ? 2 / lmax : INFINITY;
}

/* Whether the Hessian at x has a clearly negative eigenvalue (f curves
 * down there, as near a saddle: along that direction descent moves away
 * whatever γ, so 2/λmax is no stable range) (see playground.h). */
int
playground_local_curves_down(const playground *p, const double *x)
{
	double eig[EXPR_MAX_VARS];

	if (local_eigen(p, x, eig) != 0)
		return 0;
	/* clearly below 0, beyond the error of the differences */
	return eig[0] < -1e-6 * fmax(1, fabs(eig[p->nvars - 1]));
}

/* Append the mark and its meaning to buf (size bytes). */
static void
pg_legend_item(char *buf, size_t size, const char *mark, const char *what)
{
	size_t len = strlen(buf);

	snprintf(buf + len, size - len, "%s%s %s", len > 0 ? "  " : "", mark,
	    what);
}

/* Whether the critical point x of p's f (which the second derivative
 * test leaves undecided) is known to be no extremum: f is larger on
 * some sides of it and smaller on others (critical_examine's
 * higher-order look). */
static int
pg_no_extremum(const playground *p, const double *x)
{
	critical_point cp;
	int r;

	if (critical_examine(p->f, p->nvars, x, &cp, NULL) != 0)
		return 0;
	r = cp.kind == CRITICAL_INCONCLUSIVE && cp.higher == CRITICAL_SADDLE;
	critical_point_free(&cp);
	return r;
}

/* Whether the cell (col, row) of p's map shows a critical point's mark
 * (not an iterate, the end or another mark over it).  Without a map,
 * 1. */
static int
pg_map_shows_crit(const playground *p, int col, int row)
{
	const plot_cell *cell;

	if (p->map == NULL)
		return 1;
	cell = plot_canvas_cell(p->map, col, row);
	return cell != NULL && cell->role == PLOT_ROLE_CRITICAL;
}

/* The marks on the map and what they mean, "0 1 2 iterates · path *
 * minimum ...", into buf (size bytes) (see playground.h). */
char *
playground_legend(playground *p, char *buf, size_t size)
{
	char mark[16], what[64], g[32];
	int i, k, col, row, seen[4] = { 0, 0, 0, 0 }, n, noext = 0;
	int undecided = 0;

	buf[0] = '\0';
	if (p->f == NULL || p->nvars != 2 || !p->have_frame)
		return buf;
	n = playground_niter(p);
	if (n > 0)
		pg_legend_item(buf, size, n > 2 ? "0 1 2" : n > 1 ? "0 1" : "0",
		    p->you ? (p->unicode ? _("your aₖ") : _("your a_k")) :
		    (p->unicode ? "aₖ" : "a_k"));
	/* later iterates only when the map (drawn last) shows one: they may
	 * all lie under a digit or the end (@) */
	if (n > 11 && (p->map == NULL || plot_map_shows_later(p->map))) {
		/* the map's own mark for them, in either mode */
		snprintf(mark, sizeof mark, "%c",
		    (int)plot_sym_char(PLOT_SYM_LATER, !p->unicode));
		pg_legend_item(buf, size, mark, _("later"));
	}
	if (n > 10)
		pg_legend_item(buf, size, "@", _("last"));
	for (i = 0; i < p->ncrit; i++) {
		k = p->crit[i].kind;
		if (k < 0 || k > 3)
			k = 3;
		if (!plot_frame_cell(&p->frame, p->crit[i].x[0],
		    p->crit[i].x[1], &col, &row) ||
		    !pg_map_shows_crit(p, col, row))
			continue;
		/* an undecided point may be known to be no extremum (x³ + y²
		 * at (0, 0)): its mark says so */
		if (k == 3 && pg_no_extremum(p, p->crit[i].x))
			noext = 1;
		else if (k == 3)
			undecided = 1;
		seen[k] = 1;
	}
	for (k = 0; k < 4; k++) {
		static const char *const names[4] = { N_("minimum"),
			N_("maximum"), N_("saddle"),
			N_("critical, kind not decided") };

		if (!seen[k])
			continue;
		snprintf(mark, sizeof mark, "%c",
		    (int)plot_sym_char(plot_frame_kind_sym(k), 1));
		pg_legend_item(buf, size, mark, k < 3 || !noext ? _(names[k]) :
		    !undecided ? _("critical, no extremum") :
		    _("critical: no extremum, or kind not decided"));
	}
	if (p->you_kept && !p->you && p->you_n > 1)
		pg_legend_item(buf, size, "+", p->unicode ? _("your aₖ") :
		    _("your a_k"));
	if ((p->you || p->you_kept) && p->you_nwrong > 0)
		pg_legend_item(buf, size, p->unicode ? "✗" : "!",
		    _("wrong tries"));
	for (i = 0; i < p->nkept; i++) {
		snprintf(mark, sizeof mark, "%c", PLAYGROUND_KEPT_MARKS[i]);
		num_format_exact(p->kept_gamma[i], g, sizeof g);
		snprintf(what, sizeof what, p->unicode ? _("run γ=%s") :
		    _("run gamma=%s"), g);
		pg_legend_item(buf, size, mark, what);
	}
	playground_sgd_legend(p, buf, size);
	/* the dots of the path last: they explain themselves most, and a
	 * legend too long for the screen leaves out its last items (at
	 * 40x12 one row holds it) */
	if (n > 1)
		pg_legend_item(buf, size, p->unicode ? "·" : ".", _("path"));
	return buf;
}
