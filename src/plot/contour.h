/* contour.h - maps of a function of two variables: a contour map and a
 * gradient field, with a descent path and critical points on top.
 *
 * A contour map samples f on a grid of 2×4 points per cell (the braille
 * dots) and draws the level curves where neighbouring samples lie on
 * either side of a level.  In Unicode mode the dots show as braille; in
 * ASCII mode each cell with dots shows one of - / | \ following the level
 * curve's tangent.  Levels are chosen geometric around the minimum (each
 * level half the height of the one above, measured from the minimum;
 * when the lowest would hold much of the map, as over Rosenbrock's
 * valley, the levels run down to a nice height near the lowest 5% of
 * the values of f instead, by a larger factor) when f has a minimum
 * inside the range, evenly spaced otherwise; the
 * value of f at a saddle in range is added as a level.  Without a
 * minimum but with a saddle whose value f crosses on the map, the
 * levels are that value and steps of one size from it both ways.
 *
 * On top, in this order: critical points (* minimum, ^ maximum, x saddle,
 * ? inconclusive), the segments between iterates, and the iterates (the
 * digit k for a_0 .. a_9, o after that, @ for the last one when there are
 * more than ten).  Every iterate inside the range shows at its cell;
 * two digits never stand side by side (plot_frame_iterates), the later
 * of two neighbours showing as the path dot.
 *
 * The range is chosen from the path and the critical points unless given,
 * so that circles look round on cells twice as tall as wide (also when
 * both are given and aspect is set); without a
 * path, with a margin of at least 2 around the critical points.  A path that
 * runs away (a too large γ) does not stretch the range beyond twenty times
 * the spread of the start and the critical points; the legend counts the
 * iterates left outside. */
#ifndef NABLA_PLOT_CONTOUR_H
#define NABLA_PLOT_CONTOUR_H

#include "plot/canvas.h"
#include "plot/frame.h"
#include "plot/plot.h"

#define PLOT_MAX_LEVELS 16

/* What to draw; zero-initialise and fill in.  The plots only read it. */
typedef struct plot_map_spec {
	plot_func fn;			/* dim must be 2 */
	const double *path;		/* npath iterates, (x, y) each */
	int npath;
	const plot_critical *crit;	/* ncrit critical points */
	int ncrit;
	int have_x, have_y;		/* x0..x1 or y0..y1 given */
	double x0, x1, y0, y1;
	int aspect;			/* both given: widen the shorter one
					   (centred, the given range inside)
					   so circles look round; 0: both
					   exactly as given */
	int nlevels;			/* how many levels; 0: chosen from
					   the height */
	const double *levels;		/* nlevels given levels, or NULL */
	int shade;			/* shade f by a character ramp */
	int contours;			/* plot_field: level curves too */
	int no_legend;			/* no legend rows */
	const char *xname, *yname;	/* axis names; NULL: "x", "y" */
} plot_map_spec;

/* What was drawn. */
typedef struct plot_map_info {
	plot_frame frame;		/* the area and the range */
	int nlevels;
	double levels[PLOT_MAX_LEVELS];	/* ascending */
	int geometric;			/* levels geometric around: 1 the lowest
					   minimum marked, 2 the lowest sample
					   (f may have no minimum); 0 not */
	int outside;			/* iterates outside the range */
} plot_map_info;

/* Draw the contour map of m into c (cleared first).  Returns 0, or -1
 * when c is too small (a note is drawn instead).  info may be NULL. */
int plot_contour(plot_canvas *c, const plot_map_spec *m,
    plot_map_info *info);

/* Draw arrows of -∇f on a coarse grid (every fourth column and second
 * row, which is square on screen), with the path and the critical points
 * on top, and level curves when m->contours is set.  Same contract as
 * plot_contour. */
int plot_field(plot_canvas *c, const plot_map_spec *m,
    plot_map_info *info);

/* The automatic range for an area of aw×ah cells: r = {x0, x1, y0, y1},
 * with given ranges kept. */
void plot_map_range(const plot_map_spec *m, int aw, int ah, double r[4]);

/* The frame (place on c and range) that plot_contour and plot_field
 * give m, without drawing: 0, or -1 when c is too small. */
int plot_map_frame(const plot_canvas *c, const plot_map_spec *m,
    plot_frame *fr);

/* Whether the map drawn on c shows a later iterate's mark (o, the
 * iterates after a_9) anywhere: they may all lie under a digit or the
 * end (@), and a legend names only the marks seen.  The maps' legends
 * and the playground's ask it. */
int plot_map_shows_later(const plot_canvas *c);

#endif
