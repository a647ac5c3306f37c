/* t_playground_legend.c - the playground's legend matches its map
 * (ui/playground.h, issue 14): each mark the legend names is a mark the
 * map draws, in Unicode and ASCII, and a point the learner typed that
 * the legend lists is on the map (the map refits to take it in).
 *   Himmelblau (x² + y − 11)² + (x + y² − 7)² from (0, 0) with
 *   γ = 0.005 converges to (3, 2) in more than 11 steps, so the map has
 *   "later" iterates (with γ = 0.01 they all sit under the last one).
 *   f = 3x² + y² from a₀ = (1, 1), γ = 0.1: a₁ = (0.4, 0.8), and the
 *   first map (46×16) is fitted to a₀, a₁ and the minimum (0, 0); a wrong try
 *   a₁ = (1.6, 1.2) (γ∇f added instead of taken away) has x = 1.6,
 *   outside that fit, checked below before the try is made. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot/canvas.h"
#include "plot/frame.h"
#include "ui/playground.h"
#include "tap.h"

/* The first cell of the map whose glyph is mark (UTF-8), 1 when there
 * is one. */
static int
map_has(const plot_canvas *c, const char *mark)
{
	char g[8];
	int x, y;

	for (y = 0; y < plot_canvas_height(c); y++)
		for (x = 0; x < plot_canvas_width(c); x++) {
			g[plot_canvas_glyph(c, x, y, g, NULL, NULL)] = '\0';
			if (strcmp(g, mark) == 0)
				return 1;
		}
	return 0;
}

/* The mark the legend puts before what (the text before "  what"), in
 * buf; empty when the legend has no such entry. */
static char *
legend_mark(const char *legend, const char *what, char *buf, size_t n)
{
	const char *w = strstr(legend, what), *s;

	buf[0] = '\0';
	if (w == NULL || w < legend + 2)
		return buf;
	s = w - 1;	/* the blank after the mark */
	while (s > legend && s[-1] != ' ')
		s--;
	snprintf(buf, n, "%.*s", (int)(w - 1 - s), s);
	return buf;
}

int
main(void)
{
	playground p;
	char err[256], legend[1024], mark[16];
	const plot_canvas *c;
	double wrong[2] = { 1.6, 1.2 };
	int uni, col, row;

	for (uni = 1; uni >= 0; uni--) {
		const char *mode = uni ? "Unicode" : "ASCII";

		playground_init(&p, uni);
		ok(playground_set_f(&p, "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
		    err, sizeof err) == 0 && playground_set_a0(&p, "0, 0",
		    err, sizeof err) == 0 && playground_set_gamma(&p, "0.005",
		    err, sizeof err) == 0, "%s: Himmelblau from (0, 0), "
		    "gamma 0.005", mode);
		playground_run(&p, 1);
		ok(playground_niter(&p) > 12, "%s: more than 11 steps "
		    "(%d iterates)", mode, playground_niter(&p));
		c = playground_map(&p, 60, 18);
		playground_legend(&p, legend, sizeof legend);
		legend_mark(legend, "later", mark, sizeof mark);
		ok(mark[0] != '\0', "%s: the legend names later iterates "
		    "(%s)", mode, legend);
		ok(map_has(c, mark), "%s: its mark '%s' is on the map", mode,
		    mark);
		playground_free(&p);

		playground_init(&p, uni);
		c = playground_map(&p, 46, 16);
		ok(!plot_frame_cell(&p.frame, wrong[0], wrong[1], &col, &row),
		    "%s: (1.6, 1.2) is off the first map", mode);
		playground_you_start(&p);
		playground_you_wrong(&p, wrong);
		c = playground_map(&p, 46, 16);
		playground_legend(&p, legend, sizeof legend);
		legend_mark(legend, "wrong tries", mark, sizeof mark);
		ok(mark[0] != '\0', "%s: the legend lists the wrong try (%s)",
		    mode, legend);
		ok(plot_frame_cell(&p.frame, wrong[0], wrong[1], &col, &row),
		    "%s: the map refitted to take in the wrong a1 (1.6, 1.2)",
		    mode);
		ok(map_has(c, mark), "%s: its mark '%s' is on the map", mode,
		    mark);
		ok(plot_frame_cell(&p.frame, 1, 1, &col, &row) &&
		    plot_frame_cell(&p.frame, 0, 0, &col, &row),
		    "%s: a0 (1, 1) and the minimum (0, 0) stay on it", mode);
		playground_free(&p);
	}
	return tap_done();
}
