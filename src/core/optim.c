/* optim.c - the update rules of descent (gd, momentum, Nesterov, AdaGrad,
 * RMSProp, Adam, Newton), their parameters, and the stability of heavy
 * ball momentum on a quadratic. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "linalg.h"
#include "nls.h"
#include "optim.h"
#include "xalloc.h"

static const char *const method_names[OPTIM_NMETHODS] = {
	"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "newton"
};

/* Set the defaults for method m. */
void
optim_params_init(optim_params *p, enum optim_method m)
{
	memset(p, 0, sizeof *p);
	p->method = m;
	p->beta = m == OPTIM_GD ? 0 : OPTIM_BETA;
	p->beta1 = OPTIM_BETA1;
	p->beta2 = OPTIM_BETA2;
	p->eps = OPTIM_EPS;
}

/* The method's name; static. */
const char *
optim_method_name(enum optim_method m)
{
	if ((int)m < 0 || (int)m >= OPTIM_NMETHODS)
		return "gd";
	return method_names[m];
}

/* The method named s. */
int
optim_method_parse(const char *s, enum optim_method *m)
{
	int i;

	for (i = 0; i < OPTIM_NMETHODS; i++)
		if (strcmp(s, method_names[i]) == 0) {
			*m = (enum optim_method)i;
			return 0;
		}
	return -1;
}

/* Whether m uses β. */
int
optim_uses_beta(enum optim_method m)
{
	return m == OPTIM_MOMENTUM || m == OPTIM_NESTEROV || m == OPTIM_RMSPROP;
}

/* Whether m uses β1 and β2. */
int
optim_uses_adam(enum optim_method m)
{
	return m == OPTIM_ADAM;
}

/* Whether m uses ε. */
int
optim_uses_eps(enum optim_method m)
{
	return m == OPTIM_ADAGRAD || m == OPTIM_RMSPROP || m == OPTIM_ADAM;
}

/* Whether m's step is linear in the gradient. */
int
optim_is_linear(enum optim_method m)
{
	return m == OPTIM_GD || m == OPTIM_MOMENTUM || m == OPTIM_NESTEROV;
}

/* Check p; a message (caller frees) when unusable. */
char *
optim_check(const optim_params *p)
{
	if ((int)p->method < 0 || (int)p->method >= OPTIM_NMETHODS)
		return xstrdup(_("unknown descent method"));
	if (optim_uses_beta(p->method) && !(p->beta >= 0 && p->beta < 1))
		return xasprintf(_("the %s must be at least 0 and below 1"),
		    p->method == OPTIM_RMSPROP ? _("decay beta") : _("momentum"));
	if (optim_uses_adam(p->method) && !(p->beta1 >= 0 && p->beta1 < 1))
		return xstrdup(_("beta1 must be at least 0 and below 1"));
	if (optim_uses_adam(p->method) && !(p->beta2 >= 0 && p->beta2 < 1))
		return xstrdup(_("beta2 must be at least 0 and below 1"));
	if (optim_uses_eps(p->method) && !(p->eps > 0 && isfinite(p->eps)))
		return xstrdup(_("eps must be a positive number"));
	return NULL;
}

/* Start a run's state. */
void
optim_state_init(optim_state *s)
{
	memset(s, 0, sizeof *s);
}

/* Newton's direction: solve H d = -g; notes, or -1 when singular. */
static int
newton_direction(int n, const double *g, const double *hess, double *d)
{
	double eig[EXPR_MAX_VARS], b[EXPR_MAX_VARS];
	int i, note = 0;

	if (linalg_sym_eigen(hess, n, eig, NULL) != 0)
		return -1;
	/* eig ascending: positive definite iff the smallest is > 0 */
	if (!(eig[0] > 0))
		note = OPTIM_NOTE_INDEFINITE;
	for (i = 0; i < n; i++)
		b[i] = -g[i];
	if (linalg_solve(hess, b, d, n) != 0)
		return -1;
	for (i = 0; i < n; i++)
		if (!isfinite(d[i]))
			return -1;
	return note;
}

/* The direction for the adaptive methods and Newton. */
int
optim_direction(const optim_params *p, optim_state *s, int n,
    const double *g, const double *hess, double *d)
{
	double c1, c2, mh, vh;
	int i, rc = 0;

	s->k++;
	switch (p->method) {
	case OPTIM_ADAGRAD:
		for (i = 0; i < n; i++) {
			s->v[i] += g[i] * g[i];
			d[i] = -g[i] / sqrt(s->v[i] + p->eps);
		}
		break;
	case OPTIM_RMSPROP:
		for (i = 0; i < n; i++) {
			s->v[i] = p->beta * s->v[i] + (1 - p->beta) * g[i] * g[i];
			d[i] = -g[i] / sqrt(s->v[i] + p->eps);
		}
		break;
	case OPTIM_ADAM:
		c1 = 1 - pow(p->beta1, s->k);
		c2 = 1 - pow(p->beta2, s->k);
		for (i = 0; i < n; i++) {
			s->m[i] = p->beta1 * s->m[i] + (1 - p->beta1) * g[i];
			s->v[i] = p->beta2 * s->v[i] +
			    (1 - p->beta2) * g[i] * g[i];
			mh = s->m[i] / c1;
			vh = s->v[i] / c2;
			d[i] = -mh / (sqrt(vh) + p->eps);
		}
		break;
	case OPTIM_NEWTON:
		if (hess != NULL && (rc = newton_direction(n, g, hess, d)) >= 0)
			break;
		for (i = 0; i < n; i++)
			d[i] = -g[i];
		return -1;
	default:
		for (i = 0; i < n; i++)
			d[i] = -g[i];
		break;
	}
	return rc;
}

/* The spectral radius of [[1 + β - γλ, -β], [1, 0]]: the roots of
 * z² - az + β = 0 with a = 1 + β - γλ. */
double
optim_momentum_radius(double gamma, double beta, double lambda)
{
	double a = 1 + beta - gamma * lambda, disc = a * a - 4 * beta;

	if (disc < 0)
		return sqrt(beta);	/* complex pair: |z|² = β */
	return (fabs(a) + sqrt(disc)) / 2;
}

/* The closed form of convergence. */
int
optim_momentum_converges(double gamma, double beta, double lambda)
{
	double gl = gamma * lambda;

	return beta >= 0 && beta < 1 && gl > 0 && gl < 2 * (1 + beta);
}

/* The largest of radius(γ, β, λ) over the nonzero eigenvalues. */
static double
largest_radius(double (*radius)(double, double, double), const double *eig,
    int n, double tol, double gamma, double beta)
{
	double m = 0, v;
	int i;

	for (i = 0; i < n; i++) {
		if (fabs(eig[i]) <= tol)
			continue;
		v = radius(gamma, beta, eig[i]);
		if (v > m)
			m = v;
	}
	return m;
}

/* The largest radius over the nonzero eigenvalues. */
double
optim_momentum_factor(const double *eig, int n, double tol, double gamma,
    double beta)
{
	return largest_radius(optim_momentum_radius, eig, n, tol, gamma, beta);
}

/* The spectral radius of [[c(1 + β), -cβ], [1, 0]], c = 1 - γλ. */
double
optim_nesterov_radius(double gamma, double beta, double lambda)
{
	double c = 1 - gamma * lambda, a = c * (1 + beta);
	double disc = a * a - 4 * c * beta;

	if (disc < 0)
		return sqrt(c * beta);	/* complex pair: |z|² = cβ */
	return (fabs(a) + sqrt(disc)) / 2;
}

/* The closed form of Nesterov's convergence. */
int
optim_nesterov_converges(double gamma, double beta, double lambda)
{
	double gl = gamma * lambda;

	return beta >= 0 && beta < 1 && gl > 0 &&
	    gl < 2 * (1 + beta) / (1 + 2 * beta);
}

/* The largest Nesterov radius over the nonzero eigenvalues. */
double
optim_nesterov_factor(const double *eig, int n, double tol, double gamma,
    double beta)
{
	return largest_radius(optim_nesterov_radius, eig, n, tol, gamma, beta);
}

/* The best heavy ball for eigenvalues in [lmin, lmax]. */
void
optim_momentum_best(double lmin, double lmax, double *gamma, double *beta,
    double *factor)
{
	double a = sqrt(lmin), b = sqrt(lmax), r = (b - a) / (b + a);

	*gamma = 4 / ((a + b) * (a + b));
	*beta = r * r;
	*factor = r;
}
