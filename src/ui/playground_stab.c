/* playground_stab.c - the playground's stability bars of a quadratic
 * (declared in playground_race.h): the factor |1 - γλᵢ| per
 * eigen-direction of the Hessian, or the heavy ball's rate, and a bar's
 * text.  No curses. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/descent.h"
#include "core/optim.h"
#include "ui/playground.h"
#include "ui/playground_race.h"

/* The stability bars of p's quadratic (see playground_race.h). */
int
playground_stab_bars(const playground *p, double gamma, double beta,
    pgstab_bar *bars, double *gmax)
{
	const descent_quad *q = &p->quad;
	int i;

	if (p->f == NULL || !p->is_quad || q->definite < 0 ||
	    !(q->lmax > 0))
		return -1;
	for (i = 0; i < q->n && i < PGSTAB_MAX; i++) {
		bars[i].lambda = q->eig[i];
		bars[i].factor = beta > 0 ?
		    optim_momentum_radius(gamma, beta, q->eig[i]) :
		    fabs(1 - gamma * q->eig[i]);
		/* along λ = 0 f is flat: nothing there has to shrink */
		bars[i].stable = q->eig[i] == 0 || bars[i].factor < 1;
	}
	*gmax = 2 * (1 + (beta > 0 ? beta : 0)) / q->lmax;
	return i;
}

/* A bar of w cells for a factor (see playground_race.h). */
char *
playground_stab_bar_text(double factor, int w, int unicode, char *buf,
    size_t size)
{
	const char *full = unicode ? "█" : "#", *empty = unicode ? "·" :
	    ".";
	size_t len = 0, add;
	int j, filled, edge = w / 2;
	const char *cell;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	filled = !(factor >= 0) ? 0 : factor >= 2 ? w :
	    (int)floor(factor * w / 2 + 0.5);
	for (j = 0; j < w; j++) {
		if (factor > 2 && j == w - 1)
			cell = ">";
		else if (j < filled)
			cell = full;
		else if (j == edge)
			cell = "|";
		else
			cell = empty;
		add = strlen(cell);
		if (len + add >= size)
			break;
		memcpy(buf + len, cell, add + 1);
		len += add;
	}
	return buf;
}
