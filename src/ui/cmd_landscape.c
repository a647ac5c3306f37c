/* cmd_landscape.c - the command landscape: train a small network on a
 * toy data set and draw its loss landscape: the line from the start to
 * the trained parameters, a slice along two filter-normalized random
 * directions, the training path on its two principal directions, or the
 * largest Hessian eigenvalue with a run just below and just above the
 * step size 2/lambda_max.  The work is in core/landscape.h and the
 * text in lsview.c (which the playground's landscape screen shares);
 * this file reads the options and the CSV file and prints. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"
#include "core/landscape.h"
#include "core/mlp.h"
#include "core/nls.h"
#include "core/sbuf.h"
#include "lesson/progname.h"
#include "ui/cli.h"
#include "ui/cli_data.h"
#include "ui/cli_print.h"
#include "ui/cli_read.h"
#include "ui/cli_util.h"
#include "ui/lsview.h"

/* Print the usage text. */
static void
ls_usage(void)
{
	printf(_("Usage: %s landscape [OPTION]...\n"
	    "Train a small neural network on a toy data set and draw its loss "
	    "landscape.\n"
	    "\n"
	    "  --data D         moons (default), xor, spiral, or a CSV file of "
	    "rows x1,x2,y\n"
	    "  --points N       points of a generated data set (default 200)\n"
	    "  --noise S        noise of a generated data set (default 0.1)\n"
	    "  --hidden W,...   widths of 1 to 3 hidden layers (default 16)\n"
	    "  --activation A   tanh (default) or relu\n"
	    "  --loss L         mse, mean squared error (default), or xent\n"
	    "  --skip           skip connections between layers of one width\n"
	    "  --method M       gd (default), momentum or adam\n"
	    "  --rate G         step size (default 0.5; adam 0.01)\n"
	    "  --beta B         momentum, or Adam's beta1 (default 0.9)\n"
	    "  --steps N        training steps (default 1000)\n"
	    "  --seed S         seed of the data, the network and the "
	    "directions (default 1)\n"
	    "  --view V         interp (default), slice, trajectory or "
	    "hessian\n"
	    "  --range R        a slice spans -R..R on both axes (default 1)\n"
	    "  --grid N         grid points per side of a slice in --json "
	    "(default 21)\n"
	    "  --width W        columns (default 80)\n"
	    "  --height H       rows of the plot (default 24)\n"
	    "  --ascii          plain ASCII (the default when the locale is "
	    "not UTF-8)\n"
	    "  --unicode        braille dots and box drawing\n"
	    "  --json           print one JSON object\n"
	    "  -h, --help       display this help and exit\n"
	    "\n"
	    "Everything follows from the seed: the same options draw the same "
	    "picture.\n"
	    "Example: %s landscape --data moons --hidden 16 --view slice\n"),
	    progname(), progname());
}

/* Make the data set; 0 or 2 after an error. */
static int
ls_data(lsview *st)
{
	expr_error err;
	int kind = dataset_kind_lookup(st->dataname);
	char *text;

	if (kind >= 0) {
		if (dataset_generate(&st->data, kind, st->points, st->noise,
		    st->seed, &err) != 0) {
			cli_report("--points", NULL, &err);
			return 2;
		}
		return 0;
	}
	if ((text = cli_data_read_file("--data", st->dataname)) == NULL)
		return 2;
	if (dataset_parse_csv(&st->data, text, &err) != 0) {
		err.pos = EXPR_NO_POS;	/* the message names the line */
		cli_report(st->dataname, NULL, &err);
		free(text);
		return 2;
	}
	free(text);
	if (st->net.loss == MLP_XENT && !dataset_is_binary(&st->data)) {
		dataset_free(&st->data);
		return cli_fail(st->dataname, NULL, _("use --loss mse for other "
		    "targets"), _("cross-entropy needs targets 0 and 1"));
	}
	return 0;
}

/* Read a number option from lo to hi (a whole one when whole) into *v
 * (unchanged when text is NULL); 0 or 2. */
static int
ls_number(const char *opt, const char *text, const char *hint, double *v,
    double lo, double hi, int whole)
{
	if (text == NULL)
		return 0;
	return cli_read_ranged("landscape", opt, text, hint, lo, hi,
	    whole ? CLI_RANGE_WHOLE : 0, v) != 0 ? 2 : 0;
}

/* Parse the command line into st; 0, 1 for --help, or 2. */
static int
ls_options(int argc, char **argv, lsview *st, int *json)
{
	static const cli_option opts[] = {
		{ "data", 1, 'd' }, { "points", 1, 'p' }, { "noise", 1, 'n' },
		{ "hidden", 1, 'H' }, { "activation", 1, 'a' },
		{ "loss", 1, 'l' }, { "skip", 0, 'k' }, { "method", 1, 'm' },
		{ "rate", 1, 'r' }, { "beta", 1, 'b' }, { "steps", 1, 's' },
		{ "seed", 1, 'S' }, { "view", 1, 'v' }, { "range", 1, 'R' },
		{ "grid", 1, 'g' }, { "width", 1, 'w' }, { "height", 1, 'e' },
		{ "ascii", 0, 'A' }, { "unicode", 0, 'U' }, { "json", 0, 'j' },
		{ "help", 0, 'h' }
	};
	cli_args c;
	expr_error err;
	double wd[MLP_MAX_HIDDEN + 1], seed = 1;
	int width[MLP_MAX_HIDDEN] = { 16 }, nh = 1, i, act = MLP_TANH;
	int loss = MLP_MSE, rc;
	const char *v;

	if (cli_args_parse(argc, argv, opts, (int)(sizeof opts /
	    sizeof opts[0]), 0, &c) != 0)
		return 2;
	if (c.val['h'] != NULL)
		return 1;
	lsview_defaults(st);
	if (c.val['d'] != NULL)
		st->dataname = c.val['d'];
	*json = c.val['j'] != NULL;
	st->ascii = c.val['A'] != NULL ? 1 : c.val['U'] != NULL ? 0 :
	    cli_default_style() == EXPR_ASCII;
	if ((v = c.val['H']) != NULL) {
		nh = cli_read_numbers("--hidden", v, wd, MLP_MAX_HIDDEN + 1);
		if (nh < 0)
			return 2;
		if (nh > MLP_MAX_HIDDEN)
			return cli_fail("--hidden", v, _("e.g. --hidden 16,16"),
			    _("a network has 1 to 3 hidden layers"));
		for (i = 0; i < nh; i++) {
			if (wd[i] != floor(wd[i]) || wd[i] < 1 ||
			    wd[i] > MLP_MAX_WIDTH)
				return cli_fail("--hidden", v, _("e.g. --hidden "
				    "16,16"), _("a hidden layer has 1 to 32 "
				    "units"));
			width[i] = (int)wd[i];
		}
	}
	if ((v = c.val['a']) != NULL) {
		if (strcmp(v, "tanh") == 0)
			act = MLP_TANH;
		else if (strcmp(v, "relu") == 0)
			act = MLP_RELU;
		else
			return cli_usage_error("landscape", _("unknown "
			    "activation '%s' (tanh or relu)"), v);
	}
	if ((v = c.val['l']) != NULL) {
		if (strcmp(v, "xent") == 0)
			loss = MLP_XENT;
		else if (strcmp(v, "mse") == 0)
			loss = MLP_MSE;
		else
			return cli_usage_error("landscape", _("unknown loss '%s' "
			    "(xent or mse)"), v);
	}
	if (mlp_setup(&st->net, nh, width, act, loss, c.val['k'] != NULL,
	    &err) != 0) {
		cli_report("--hidden", NULL, &err);
		return 2;
	}
	st->spec.method = LANDSCAPE_GD;
	if ((v = c.val['m']) != NULL &&
	    (int)(st->spec.method = landscape_method_lookup(v)) < 0)
		return cli_usage_error("landscape", _("unknown method '%s' (gd, "
		    "momentum or adam)"), v);
	if ((v = c.val['v']) != NULL) {
		if ((rc = lsview_lookup(v)) >= 0)
			st->view = (enum lsview_kind)rc;
		else
			return cli_usage_error("landscape", _("unknown view '%s' "
			    "(interp, slice, trajectory or hessian)"), v);
	}
	if (st->spec.method == LANDSCAPE_ADAM)
		st->spec.rate = 0.01;
	rc = ls_number("--rate", c.val['r'], CLI_RATE_HINT, &st->spec.rate,
	    1e-12, 1e6, 0);
	if (rc == 0)
		rc = ls_number("--beta", c.val['b'], NULL, &st->spec.beta, 0,
		    0.999, 0);
	if (rc == 0)
		rc = ls_number("--noise", c.val['n'], _("e.g. 0.1"), &st->noise,
		    0, 10, 0);
	if (rc == 0)
		rc = ls_number("--range", c.val['R'], _("e.g. 1 or 0.5"),
		    &st->range, 1e-6, 1e3, 0);
	if (rc == 0)
		rc = ls_number("--seed", c.val['S'], _("a whole number, e.g. 7"),
		    &seed, 0, 4294967295.0, 1);
	if (rc != 0)
		return 2;
	st->seed = (unsigned long long)seed;
	if ((c.val['s'] != NULL && cli_read_count("landscape", "--steps",
	    c.val['s'], 1, LANDSCAPE_MAX_STEPS, &st->spec.steps) != 0) ||
	    (c.val['p'] != NULL && cli_read_count("landscape", "--points",
	    c.val['p'], 1, DATASET_MAX_ROWS, &st->points) != 0) ||
	    (c.val['g'] != NULL && cli_read_count("landscape", "--grid",
	    c.val['g'], 2, LANDSCAPE_MAX_GRID, &st->grid) != 0) ||
	    (c.val['w'] != NULL && cli_read_count("landscape", "--width",
	    c.val['w'], 1, LSVIEW_MAX_W, &st->w) != 0) ||
	    (c.val['e'] != NULL && cli_read_count("landscape", "--height",
	    c.val['e'], 1, LSVIEW_MAX_H, &st->h) != 0))
		return 2;
	return 0;
}

/* nabla landscape [OPTION]... */
int
cli_landscape(int argc, char **argv)
{
	lsview st;
	cli_json j;
	sbuf out = SBUF_INIT;
	int rc, json = 0;

	memset(&st, 0, sizeof st);
	rc = ls_options(argc, argv, &st, &json);
	if (rc == 1) {
		ls_usage();
		return 0;
	}
	if (rc != 0 || (rc = ls_data(&st)) != 0)
		return cli_json_error_rc(2, argc, argv);
	lsview_train(&st);
	if (json) {
		cli_json_init(&j, stdout);
		cli_json_begin_object(&j, NULL);
		lsview_json(&st, &j);
		cli_json_end_object(&j);
		cli_json_finish(&j);
	} else {
		lsview_text(&st, &out, NULL);
		fputs(sbuf_str(&out), stdout);
		sbuf_free(&out);
	}
	lsview_free(&st);
	return 0;
}
