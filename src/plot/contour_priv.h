/* contour_priv.h - private to contour*.c: what the drawing part
 * (contour.c) needs from the numbers part (contour_levels.c). */
#ifndef NABLA_PLOT_CONTOUR_PRIV_H
#define NABLA_PLOT_CONTOUR_PRIV_H

#include "plot/contour.h"

#define MAP_QSAMPLES 4096	/* samples used to estimate quantiles */

/* What the levels are chosen from, gathered while sampling: the
 * samples themselves are not kept. */
typedef struct plot_map_stats {
	double cbase;		/* plot_map_crit_base */
	double fmin;		/* the lowest finite sample (only needed
				   when cbase is infinite) */
	int imin, jmin;		/* its column and row (the first lowest) */
	int nq;
	double q[MAP_QSAMPLES];	/* the finite samples of index 0, k, 2k,
				   ... (row-major, k = n / MAP_QSAMPLES +
				   1 for n samples), in that order */
} plot_map_stats;

/* The lowest value of f at a minimum of m marked inside the frame, or
 * infinity when there is none: the levels' base when finite. */
double plot_map_crit_base(const plot_map_spec *m, const plot_frame *fr);

/* Choose the levels from s (of sw×sh samples) into info (its frame
 * already set); s->q is reordered, nothing allocated. */
void plot_map_levels(const plot_map_spec *m, plot_map_stats *s, int sw,
    int sh, plot_map_info *info);

#endif
