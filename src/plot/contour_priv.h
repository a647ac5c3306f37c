/* contour_priv.h - private to contour*.c: what the drawing part
 * (contour.c) needs from the numbers part (contour_levels.c). */
#ifndef NABLA_PLOT_CONTOUR_PRIV_H
#define NABLA_PLOT_CONTOUR_PRIV_H

#include "plot/contour.h"

/* Choose the levels from the samples v (sw×sh, row-major) into info
 * (its frame already set); nothing allocated. */
void plot_map_levels(const plot_map_spec *m, const double *v, int sw, int sh,
    plot_map_info *info);

#endif
