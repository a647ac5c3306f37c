/* cmd_plot.c - the command plot: draw f, a descent on it, or how fast a
 * descent converges, as text on stdout.
 *
 * It reads the command line into a figure (lesson/figure.h) and prints
 * what lesson/figure_draw.h makes of it, the same pictures the lessons
 * show. */
#include "config.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/descent.h"
#include "core/expr.h"
#include "core/nls.h"
#include "core/xalloc.h"
#include "lesson/figure.h"
#include "lesson/figure_draw.h"
#include "lesson/progname.h"
#include "lesson/rich.h"
#include "ui/cli.h"
#include "ui/cli_data.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/termout.h"

#define PLOT_DEFAULT_STEPS 20
#define PLOT_DEFAULT_RATE 0.1
#define PLOT_MAX_W 1000
#define PLOT_MAX_H 500

/* The command line. */
typedef struct plot_opts {
	const char *function, *vars, *from, *rate, *rates, *steps;
	const char *xr, *yr, *kind, *width, *height, *measure, *at, *direction;
	const char *data, *tol;
	int ascii, unicode, shade, describe, help;
} plot_opts;

/* Print the usage text. */
static void
cmd_plot_usage(void)
{
	printf(_("Usage: %s plot F [OPTION]...\n"
	    "Draw F as text: a contour map of a function of two variables with "
	    "a\n"
	    "gradient descent path on it, the gradient field, a convergence "
	    "chart,\n"
	    "or the graph of a function of one variable (or a slice of one "
	    "of many).\n"
	    "\n"
	    "  --from P        start a descent at P (such as 1,1)\n"
	    "  --rate G        step size gamma (default 0.1)\n"
	    "  --rates G1,G2   several step sizes: one run each (convergence "
	    "chart)\n"
	    "  --steps N       descent steps (default 20)\n"
	    "  --x A:B         the x range (first variable)\n"
	    "  --y C:D         the y range (second variable; values of a "
	    "slice)\n"
	    "  --kind K        contour, field, convergence or slice\n"
	    "  --measure M     convergence chart of gap, f(a_k) - f*, or grad, "
	    "|grad f(a_k)|\n"
	    "  --tol E         convergence chart: the tolerance E as a line, "
	    "the first\n"
	    "                  step below it marked (where the run would "
	    "stop)\n"
	    "  --at P          slice (or tangent) through P, not the start\n"
	    "  --direction D   slice along D (default: -grad f, the first "
	    "step)\n"
	    "  --shade         shade the contour map by the value of F\n"
	    "  --width W       columns (default: the terminal's, or 80)\n"
	    "  --height H      rows of the plot (default: the terminal's, or 24)\n"
	    "  --ascii         plain ASCII (the default when the locale is not "
	    "UTF-8)\n"
	    "  --unicode       braille dots and box drawing\n"
	    "  --describe      tell the plot in words and numbers instead of "
	    "drawing it\n"
	    "  --vars x,y      the order of the variables\n"
	    "  --data FILE     the rows of mean(...) and sum(...) in F (CSV)\n"
	    "  -h, --help      display this help and exit\n"
	    "\n"
	    "Functions of one variable get their graph, of two a contour map, of "
	    "more a\n"
	    "convergence chart and a slice along -grad f at the start.\n"
	    "Example: %s plot '3x^2 + y^2' --from 1,1 --rate 0.1\n"),
	    progname(), progname());
}

/* Parse the options; returns 0 or 2 after an error. */
static int
cmd_plot_opts(int argc, char **argv, plot_opts *o)
{
	static const cli_option opts[] = {
		{ "from", 1, 'f' }, { "rate", 1, 'r' }, { "rates", 1, 'R' },
		{ "steps", 1, 's' }, { "x", 1, 'x' }, { "y", 1, 'y' },
		{ "kind", 1, 'k' }, { "width", 1, 'w' }, { "height", 1, 'H' },
		{ "measure", 1, 'm' }, { "at", 1, 'a' }, { "direction", 1, 'd' },
		{ "vars", 1, 'v' }, { "ascii", 0, 'A' }, { "unicode", 0, 'U' },
		{ "shade", 0, 'S' }, { "describe", 0, 'D' },
		{ "help", 0, 'h' }, { "data", 1, 'T' },
		{ "tol", 1, 'E' }
	};
	cli_args c;
	int rc = cli_args_parse(argc, argv, opts,
	    (int)(sizeof opts / sizeof opts[0]), 1, &c);

	memset(o, 0, sizeof *o);
	if (rc != 0)
		return rc;
	o->function = c.npos > 0 ? c.pos[0] : NULL;
	o->from = c.val['f'];
	o->rate = c.val['r'];
	o->rates = c.val['R'];
	o->steps = c.val['s'];
	o->xr = c.val['x'];
	o->yr = c.val['y'];
	o->kind = c.val['k'];
	o->width = c.val['w'];
	o->height = c.val['H'];
	o->measure = c.val['m'];
	o->at = c.val['a'];
	o->direction = c.val['d'];
	o->vars = c.val['v'];
	o->data = c.val['T'];
	o->tol = c.val['E'];
	o->ascii = c.val['A'] != NULL;
	o->unicode = c.val['U'] != NULL;
	o->shade = c.val['S'] != NULL;
	o->describe = c.val['D'] != NULL;
	o->help = c.val['h'] != NULL;
	return 0;
}

/* Parse a positive integer option within [lo, hi]; returns 0 or 2. */
static int
cmd_plot_int(const char *name, const char *text, int lo, int hi, int *out)
{
	return cli_read_count("plot", name, text, lo, hi, out) != 0 ? 2 : 0;
}

/* The size of the terminal on stdout, or 0 when it is not one. */
static int
cmd_plot_term(int *w, int *h)
{
	struct winsize ws;

	if (!isatty(STDOUT_FILENO) ||
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 ||
	    ws.ws_col == 0 || ws.ws_row == 0)
		return 0;
	*w = ws.ws_col;
	*h = ws.ws_row;
	return 1;
}

/* Run the command. */
int
cli_plot(int argc, char **argv)
{
	plot_opts o;
	figure fig;
	figure_draw_layout lay;
	int nrates = 1, steps = PLOT_DEFAULT_STEPS, w = 80, h = 24;
	int ascii, kind = FIGURE_AUTO, i, n, tw = 80, th = 24, term;
	int small = 0;
	char *text, *cause = NULL;

	if (cmd_plot_opts(argc, argv, &o) != 0)
		return 2;
	if (o.help) {
		cmd_plot_usage();
		return 0;
	}
	if (o.function == NULL)
		return cli_usage_error("plot", _("missing the function"));
	ascii = o.ascii ? 1 : o.unicode ? 0 : cli_default_style() == EXPR_ASCII;
	memset(&fig, 0, sizeof fig);
	if (o.kind != NULL) {
		kind = figure_kind_lookup(o.kind);
		if (kind < 0)
			return cli_usage_error("plot", _("unknown kind '%s' "
			    "(contour, field, convergence or slice)"), o.kind);
	}
	fig.measure = FIGURE_MEASURE_AUTO;
	if (o.measure != NULL && strcmp(o.measure, "gap") == 0)
		fig.measure = FIGURE_MEASURE_GAP;
	else if (o.measure != NULL && strcmp(o.measure, "grad") == 0)
		fig.measure = FIGURE_MEASURE_GRAD;
	else if (o.measure != NULL)
		return cli_usage_error("plot", _("unknown measure '%s' (gap or "
		    "grad)"), o.measure);
	if (o.tol != NULL) {
		if (cli_read_ranged("plot", "--tol", o.tol, NULL, 0, INFINITY,
		    CLI_RANGE_OPEN_LO, &fig.tol) != 0)
			return 2;
		fig.has_tol = 1;
		/* the tolerance is on the length of the gradient */
		if (fig.measure == FIGURE_MEASURE_AUTO)
			fig.measure = FIGURE_MEASURE_GRAD;
	}
	if ((o.steps != NULL && cmd_plot_int("--steps", o.steps, 0,
	    DESCENT_MAX_STEPS, &steps) != 0) ||
	    (o.xr != NULL && cli_read_interval("--x", o.xr, &fig.x0,
	    &fig.x1) != 0) ||
	    (o.yr != NULL && cli_read_interval("--y", o.yr, &fig.y0,
	    &fig.y1) != 0))
		return 2;
	term = cmd_plot_term(&tw, &th);
	if (term) {
		/* capped like --width/--height: a huge terminal is no reason
		 * to run out of memory */
		w = tw < PLOT_MAX_W ? tw : PLOT_MAX_W;
		h = th <= 1 ? 1 : th - 1 < PLOT_MAX_H ? th - 1 : PLOT_MAX_H;
	}
	if ((o.width != NULL && cmd_plot_int("--width", o.width, 1,
	    PLOT_MAX_W, &w) != 0) || (o.height != NULL &&
	    cmd_plot_int("--height", o.height, 1, PLOT_MAX_H, &h) != 0))
		return 2;
	fig.rates[0] = PLOT_DEFAULT_RATE;
	if (o.rate != NULL && cli_read_ranged("plot", "--rate", o.rate,
	    CLI_RATE_HINT, 0, INFINITY, CLI_RANGE_OPEN_LO, &fig.rates[0]) != 0)
		return 2;
	if (o.rates != NULL) {
		nrates = cli_read_numbers("--rates", o.rates, fig.rates,
		    FIGURE_MAX_RATES);
		if (nrates < 1)
			return 2;
	}
	for (i = 0; i < nrates; i++)
		if (!(fig.rates[i] > 0) || !isfinite(fig.rates[i]))
			return cli_fail(o.rates != NULL ? "--rates" : "--rate",
			    o.rates != NULL ? o.rates : o.rate, NULL,
			    _("a step size must be positive"));

	if (cli_data_load(o.data) != 0)
		return 2;
	fig.f = cli_parse_function(o.function, o.vars, &fig.vars);
	if (fig.f == NULL)
		return 2;
	fig.nvars = n = fig.vars.n;
	if (n < 1) {
		expr_free(fig.f);
		return cli_fail(NULL, o.function, NULL, _("the function has no "
		    "variables: there is nothing to plot"));
	}
	if ((o.from != NULL && cli_read_point("--from", o.from, &fig.vars,
	    fig.from) != 0) ||
	    (o.at != NULL && cli_read_point("--at", o.at, &fig.vars,
	    fig.at) != 0) ||
	    (o.direction != NULL && cli_read_point("--direction",
	    o.direction, &fig.vars, fig.direction) != 0)) {
		expr_free(fig.f);
		return 2;
	}
	if (o.direction != NULL) {
		for (i = 0; i < n && fig.direction[i] == 0; i++)
			;
		if (i == n) {
			/* g(t) = f(a) for every t: nothing to see */
			expr_free(fig.f);
			return cli_fail("--direction", o.direction, NULL,
			    _("the direction is 0: a slice needs a direction "
			    "other than 0"));
		}
	}
	if ((kind == FIGURE_CONTOUR || kind == FIGURE_FIELD) && n != 2) {
		const char *what = kind == FIGURE_CONTOUR ? _("contour map") :
		    _("gradient field");

		expr_free(fig.f);
		if (n == 1)
			return cli_usage_error("plot", _("a %s needs a function "
			    "of two variables; a function of one is drawn "
			    "as its graph: omit --kind"), what);
		return cli_usage_error("plot", _("a %s needs a function of two "
		    "variables, and this one has %d; try --kind convergence "
		    "or --kind slice"), what, n);
	}
	if ((kind == FIGURE_CONVERGENCE || (kind == FIGURE_SLICE && n > 1 &&
	    o.at == NULL) || (kind == FIGURE_AUTO && n > 2)) &&
	    o.from == NULL) {
		expr_free(fig.f);
		return cli_usage_error("plot", _("%s needs a start point: add "
		    "--from P"), kind == FIGURE_SLICE ? _("a slice") :
		    kind == FIGURE_CONVERGENCE ? _("a convergence chart") :
		    _("a function of more than two variables"));
	}

	/* The picture, as the lessons draw it too. */
	fig.kind = (enum figure_kind)kind;
	fig.function = (char *)o.function;
	fig.has_x = o.xr != NULL;
	fig.has_y = o.yr != NULL;
	fig.exact = 1;		/* --x and --y are kept as given */
	fig.has_from = o.from != NULL;
	fig.nrates = nrates;
	fig.steps = steps;
	fig.shade = o.shade;
	fig.has_at = o.at != NULL;
	fig.has_direction = o.direction != NULL;
	memset(&lay, 0, sizeof lay);
	lay.width = w;
	lay.height = h;
	lay.ascii = ascii;
	/* On a terminal the plot takes the rows the header leaves (and one
	 * for the prompt). */
	lay.fit = term && o.height == NULL ? tw : 0;
	lay.too_small = &small;
	text = o.describe ? figure_draw_describe(&fig, &lay, &cause) :
	    figure_draw_text(&fig, &lay, &cause);
	expr_free(fig.f);
	if (text == NULL) {
		cli_fail(NULL, NULL, NULL, "%s", cause);
		free(cause);
		return 2;
	}
	if (small) {
		/* a picture that says only "plot too small" is no answer */
		free(text);
		if (o.width == NULL && o.height == NULL && term)
			return cli_fail(NULL, NULL, NULL, _("the terminal (%d×%d "
			    "characters) is too small for this plot: make it "
			    "larger, or give --width and --height"), w, h);
		return cli_fail(o.width != NULL ? "--width" : o.height !=
		    NULL ? "--height" : NULL, o.width != NULL ? o.width :
		    o.height, NULL, _("a picture of %d×%d characters is too "
		    "small for this plot: give it more room with --width and "
		    "--height"), w, h);
	}
	if (o.describe) {
		/* rich text: wrapped to the width like lesson prose */
		char *r = rich_render(text, w, !ascii);

		free(text);
		text = xasprintf("%s\n", r);
		free(r);
	}
	termout_puts(text, stdout);
	free(text);
	return 0;
}
