/* t_plot_legend.c - legends list every mark (plot/chart.h, frame.h,
 * issue 14): the race's chart of six runners at the width it gets on
 * an 80x24 screen (36 columns) names all six, wrapped on two rows (the
 * six names and marks take 2 + 2 + 10 + 2 + 10 + 2 + 6 + 2 + 8 + 2 +
 * 14 = 60 columns, more than 36, so one row cannot hold them), and no
 * runner's mark is '*', the mark of a minimum on a map. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot/chart.h"
#include "tap.h"

int
main(void)
{
	static const char *const names[6] = { "gd", "momentum", "nesterov",
		"adam", "newton", "backtracking" };
	double y[6][5];
	plot_series s[6];
	plot_chart_spec cs;
	plot_canvas *c;
	char *text, want[32];
	int i, k, all, ascii;

	for (i = 0; i < 6; i++) {
		for (k = 0; k < 5; k++)
			y[i][k] = 1.0 / (1 + k * (i + 1));
		s[i].y = y[i];
		s[i].n = 5;
		s[i].label = names[i];
	}
	for (ascii = 0; ascii < 2; ascii++) {
		c = plot_canvas_new(36, 16, ascii);
		memset(&cs, 0, sizeof cs);
		cs.series = s;
		cs.nseries = 6;
		cs.logy = 1;
		ok(plot_chart(c, &cs, NULL) == 0, "%s: the chart is drawn",
		    ascii ? "ASCII" : "Unicode");
		text = plot_canvas_render(c);
		all = 1;
		for (i = 0; i < 6; i++) {
			snprintf(want, sizeof want, "%c %s", plot_chart_marker(i),
			    names[i]);
			if (strstr(text, want) == NULL) {
				all = 0;
				diag("missing: %s", want);
			}
		}
		ok(all, "%s: the legend names all six runners with their "
		    "marks", ascii ? "ASCII" : "Unicode");
		if (!all)
			diag("%s", text);
		free(text);
		plot_canvas_free(c);
	}
	all = 1;
	for (i = 0; i < PLOT_MAX_SERIES; i++)
		if (plot_chart_marker(i) == '*')
			all = 0;
	ok(all, "no series mark is '*', a minimum's mark");
	return tap_done();
}
