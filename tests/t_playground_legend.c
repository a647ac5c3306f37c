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
 *   outside that fit, checked below before the try is made.
 * With γ = 0.01 the later iterates all sit under the last one (@), and
 * so may the minimum (3, 2): the legend names a mark exactly when the
 * map shows it, read from the map's cells. */
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

#define HIMMELBLAU	"(x^2 + y - 11)^2 + (x + y^2 - 7)^2"

/* Set f, a0 and gamma of the playground p: 0, or -1 when one is
 * refused. */
static int
start(playground *p, const char *f, const char *a0, const char *gamma)
{
	char	err[256];

	return playground_set_f(p, f, err, sizeof err) == 0 &&
	    playground_set_a0(p, a0, err, sizeof err) == 0 &&
	    playground_set_gamma(p, gamma, err, sizeof err) == 0 ? 0 : -1;
}

/* Whether some cell of the map shows the character ch in role. */
static int
map_has_role(const plot_canvas *c, uint32_t ch, enum plot_role role)
{
	const plot_cell *cell;
	int x, y;

	for (y = 0; y < plot_canvas_height(c); y++)
		for (x = 0; x < plot_canvas_width(c); x++)
			if ((cell = plot_canvas_cell(c, x, y)) != NULL &&
			    cell->ch == ch && cell->role == role)
				return 1;
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
	char legend[1024], mark[16];
	const plot_canvas *c;
	double wrong[2] = { 1.6, 1.2 };
	int uni, col, row, later;

	for (uni = 1; uni >= 0; uni--) {
		const char *mode = uni ? "Unicode" : "ASCII";

		playground_init(&p, uni);
		ok(start(&p, HIMMELBLAU, "0, 0", "0.005") == 0, "%s: "
		    "Himmelblau from (0, 0), gamma 0.005", mode);
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
		ok(start(&p, HIMMELBLAU, "0, 0", "0.01") == 0, "%s: "
		    "Himmelblau from (0, 0), gamma 0.01", mode);
		playground_run(&p, 1);
		c = playground_map(&p, 60, 18);
		playground_legend(&p, legend, sizeof legend);
		later = map_has_role(c, plot_sym_char(PLOT_SYM_LATER, !uni),
		    PLOT_ROLE_ITERATE);
		ok(playground_niter(&p) > 12 && !later, "%s: gamma 0.01: "
		    "more than 11 steps, no later mark shows (all under @)",
		    mode);
		ok((strstr(legend, "later") != NULL) == later, "%s: gamma "
		    "0.01: the legend names later iterates only when shown "
		    "(%s)", mode, legend);
		ok((strstr(legend, "minimum") != NULL) == map_has_role(c,
		    plot_sym_char(plot_frame_kind_sym(PLOT_MINIMUM), 1),
		    PLOT_ROLE_CRITICAL), "%s: gamma 0.01: the legend names the "
		    "minimum only when its mark shows", mode);
		playground_free(&p);

		/* 3x² + y² from (1, 1), γ = 0.1: aₖ = (0.4ᵏ, 0.8ᵏ) goes to
		 * the one minimum (0, 0), so the end @ sits on its mark */
		playground_init(&p, uni);
		ok(start(&p, "3x^2 + y^2", "1, 1", "0.1") == 0, "%s: 3x^2 + "
		    "y^2 from (1, 1), gamma 0.1", mode);
		playground_run(&p, 1);
		c = playground_map(&p, 60, 18);
		playground_legend(&p, legend, sizeof legend);
		ok(playground_niter(&p) > 11 && plot_frame_cell(&p.frame, 0, 0,
		    &col, &row) && !map_has_role(c, plot_sym_char(
		    plot_frame_kind_sym(PLOT_MINIMUM), 1), PLOT_ROLE_CRITICAL) &&
		    strstr(legend, "minimum") == NULL, "%s: the minimum under "
		    "@ is not in the legend (%s)", mode, legend);
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
