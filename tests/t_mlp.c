/* t_mlp.c - the network and its data: backpropagation against central
 * differences on every parameter (several architectures, both
 * activations, both losses, with and without skip connections), the
 * layout, the seeded data sets and the CSV reader. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"
#include "core/detmath.h"
#include "core/mlp.h"
#include "tap.h"

/* Check the gradient of every parameter of one architecture against the
 * central difference (L(t + h e_i) - L(t - h e_i)) / 2h. */
static void
check_backprop(int nh, const int *w, enum mlp_act act, enum mlp_loss loss,
    int skip, enum dataset_kind kind, uint64_t seed)
{
	mlp m;
	dataset d;
	expr_error err;
	double theta[MLP_MAX_PARAMS], g[MLP_MAX_PARAMS], worst = 0;
	int i, bad = -1;
	char name[160];

	if (mlp_setup(&m, nh, w, act, loss, skip, &err) != 0 ||
	    dataset_generate(&d, kind, 23, 0.1, seed, &err) != 0) {
		ok(0, "set up: %s", err.msg);
		return;
	}
	mlp_init(&m, seed + 1, theta);
	/* biases away from 0 so every parameter matters */
	for (i = 0; i < m.nparams; i++)
		theta[i] += 0.05 * ((i * 7919) % 13 - 6) / 6.0;
	mlp_loss(&m, theta, &d, g, NULL);
	for (i = 0; i < m.nparams; i++) {
		double h = 1e-5, save = theta[i], lp, lm, fd, e;

		theta[i] = save + h;
		lp = mlp_loss(&m, theta, &d, NULL, NULL);
		theta[i] = save - h;
		lm = mlp_loss(&m, theta, &d, NULL, NULL);
		theta[i] = save;
		fd = (lp - lm) / (2 * h);
		e = fabs(fd - g[i]) / (fabs(fd) > 1e-3 ? fabs(fd) : 1e-3);
		if (e > worst) {
			worst = e;
			bad = i;
		}
	}
	snprintf(name, sizeof name, "backprop = central differences on all "
	    "%d parameters: %d hidden (%d..), %s, %s%s", m.nparams, nh, w[0],
	    act == MLP_TANH ? "tanh" : "relu", loss == MLP_MSE ? "mse" :
	    "xent", skip ? ", skip" : "");
	if (!ok(worst < 1e-5, "%s", name))
		diag("worst relative error %g at parameter %d", worst, bad);
	dataset_free(&d);
}

int
main(void)
{
	static const int w1[] = { 3 }, w2[] = { 4, 4 }, w3[] = { 5, 3, 3 };
	static const int w4[] = { 16 }, w5[] = { 6, 6, 6 };
	mlp m;
	dataset d, e;
	expr_error err;
	double theta[MLP_MAX_PARAMS], s, c, acc, l;
	int a, lo, i, ones, wbad[] = { 33 };
	uint64_t seed = tap_seed(20261206);

	/* layout: 2-3-1 has 2*3 + 3 + 3 + 1 = 13 parameters */
	ok(mlp_setup(&m, 1, w1, MLP_TANH, MLP_MSE, 0, &err) == 0 &&
	    m.nparams == 13 && m.woff[1] == 9 && m.boff[1] == 12,
	    "2-3-1 has 13 parameters, output weights at 9, bias at 12");
	ok(mlp_setup(&m, 3, (int[]){ 32, 32, 32 }, MLP_TANH, MLP_MSE, 0,
	    &err) == 0 && m.nparams == MLP_MAX_PARAMS,
	    "2-32-32-32-1 has MLP_MAX_PARAMS parameters");
	ok(mlp_setup(&m, 1, wbad, MLP_TANH, MLP_MSE, 0, &err) == -1 &&
	    strstr(err.msg, "1 to 32") != NULL, "33 units refused");
	ok(mlp_setup(&m, 4, w5, MLP_TANH, MLP_MSE, 0, &err) == -1,
	    "4 hidden layers refused");

	for (a = 0; a < 2; a++)
		for (lo = 0; lo < 2; lo++) {
			check_backprop(1, w1, a, lo, 0, DATASET_MOONS, seed);
			check_backprop(2, w2, a, lo, 1, DATASET_XOR, seed + 2);
			check_backprop(3, w3, a, lo, 1, DATASET_SPIRAL,
			    seed + 3);
			check_backprop(3, w5, a, lo, 0, DATASET_MOONS,
			    seed + 4);
		}
	check_backprop(1, w4, MLP_TANH, MLP_XENT, 0, DATASET_MOONS, seed);

	/* a hand-worked net: 2-1-1, tanh, w = (1, 0), b = 0, output 2h + 1
	 * at x = (0.5, 7): z = 2 tanh(0.5) + 1 */
	mlp_setup(&m, 1, (int[]){ 1 }, MLP_TANH, MLP_MSE, 0, &err);
	theta[0] = 1; theta[1] = 0; theta[2] = 0; theta[3] = 2; theta[4] = 1;
	ok(fabs(mlp_output(&m, theta, (double[]){ 0.5, 7 }) -
	    (2 * tanh(0.5) + 1)) < 1e-15, "2-1-1 output by hand");
	d.n = 1;
	d.x = (double[]){ 0.5, 7 };
	d.y = (double[]){ 1 };
	l = mlp_loss(&m, theta, &d, NULL, &acc);
	is_num(l, 4 * tanh(0.5) * tanh(0.5), 1e-15, "MSE by hand: (2 tanh "
	    "0.5)^2");
	ok(acc == 1, "z > 0.5 with y = 1 is right");
	m.loss = MLP_XENT;
	l = mlp_loss(&m, theta, &d, NULL, NULL);
	s = 2 * tanh(0.5) + 1;
	is_num(l, log(1 + exp(s)) - s, 1e-14, "cross-entropy by hand");

	/* the generator: the same numbers twice, its sine and cosine */
	ok(dataset_generate(&d, DATASET_MOONS, 200, 0.1, seed, &err) == 0 &&
	    dataset_generate(&e, DATASET_MOONS, 200, 0.1, seed, &err) == 0 &&
	    memcmp(d.x, e.x, 400 * sizeof *d.x) == 0,
	    "one seed, the same moons");
	for (ones = 0, i = 0; i < d.n; i++)
		ones += d.y[i] == 1;
	ok(ones == 100 && dataset_is_binary(&d), "half the labels are 1");
	dataset_free(&e);
	dataset_generate(&e, DATASET_MOONS, 200, 0.1, seed + 1, &err);
	ok(memcmp(d.x, e.x, 400 * sizeof *d.x) != 0,
	    "another seed, other moons");
	dataset_free(&d);
	dataset_free(&e);
	for (i = 0, s = 0; i <= 400; i++) {
		double t = -30 + 0.15 * i, ds = 0;

		detmath_sincos(t, &ds, &c);
		if (fabs(ds - sin(t)) > s)
			s = fabs(ds - sin(t));
		if (fabs(c - cos(t)) > s)
			s = fabs(c - cos(t));
	}
	ok(s < 1e-13, "polynomial sin and cos agree with libm (%g)", s);
	for (i = 0, s = 0; i <= 4000; i++) {
		double x = -45 + 0.0225 * i + 1e-7, r;

		r = fabs(detmath_expm1(x) - expm1(x)) / fmax(fabs(expm1(x)),
		    1e-300);
		s = fmax(s, r);
		r = fabs(detmath_tanh(x) - tanh(x)) / fmax(fabs(tanh(x)),
		    1e-300);
		s = fmax(s, r);
		if (x > -1) {
			r = fabs(detmath_log1p(x) - log1p(x)) /
			    fmax(fabs(log1p(x)), 1e-300);
			s = fmax(s, r);
		}
	}
	for (i = -30; i <= 30; i++) {
		double x = ldexp(1.37, i);	/* tiny to large, both signs */

		s = fmax(s, fabs(detmath_expm1(-x / 1e3) - expm1(-x / 1e3)) /
		    fabs(expm1(-x / 1e3)));
		s = fmax(s, fabs(detmath_log1p(x) - log1p(x)) / log1p(x));
		s = fmax(s, fabs(detmath_tanh(x / 1e3) - tanh(x / 1e3)) /
		    tanh(x / 1e3));
	}
	ok(s < 4e-16, "expm1, log1p and tanh agree with libm to %g "
	    "relatively", s);
	ok(detmath_expm1(0) == 0 && detmath_log1p(0) == 0 &&
	    detmath_tanh(0) == 0 && detmath_tanh(30) == 1 &&
	    detmath_expm1(-50) == -1 && isinf(detmath_expm1(800)),
	    "their exact values and limits");
	ok(dataset_generate(&d, DATASET_XOR, 10001, 0, 1, &err) == -1 &&
	    strstr(err.msg, "10000") != NULL, "10001 rows refused");
	dataset_generate(&d, DATASET_XOR, 100, 0, 5, &err);
	for (ones = 0, i = 0; i < d.n; i++)
		ones += (d.x[2 * i] * d.x[2 * i + 1] < 0) == (d.y[i] == 1);
	ok(ones == 100, "xor: label 1 exactly where x1 x2 < 0");
	dataset_free(&d);

	/* CSV */
	ok(dataset_parse_csv(&d, "x1,x2,y\n1,2,0\n# note\n\n -0.5 , 3e-1,1\n",
	    &err) == 0 && d.n == 2 && d.x[0] == 1 && d.x[1] == 2 &&
	    d.y[0] == 0 && d.x[2] == -0.5 && d.x[3] == 0.3 && d.y[1] == 1,
	    "CSV with a header, a comment, an empty line and spaces");
	dataset_free(&d);
	ok(dataset_parse_csv(&d, "1,2,0\n1,x,1\n", &err) == -1 &&
	    strstr(err.msg, "line 2: field 2") != NULL && err.pos == 8,
	    "a bad field: its line, field and place");
	ok(dataset_parse_csv(&d, "1,2\n", &err) == -1 &&
	    strstr(err.msg, "3 fields") != NULL, "two fields refused");
	ok(dataset_parse_csv(&d, "1,2,3,4\n", &err) == -1 &&
	    strstr(err.msg, "more than 3") != NULL, "four fields refused");
	ok(dataset_parse_csv(&d, "x,y,z\n", &err) == -1 &&
	    strstr(err.msg, "no data") != NULL, "a header alone refused");
	ok(dataset_parse_csv(&d, "1,2,0.5\n", &err) == 0 &&
	    !dataset_is_binary(&d), "a target of 0.5 is not binary");
	dataset_free(&d);
	return tap_done();
}
