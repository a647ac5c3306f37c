/* linalg.c - small dense linear algebra for Hessians and Newton steps. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "linalg.h"

/* Whether all n values of x are finite. */
static int
all_finite(const double *x, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (!isfinite(x[i]))
			return 0;
	return 1;
}

/* The Euclidean length of x, scaled so that squares cannot overflow. */
double
linalg_norm(const double *x, int n)
{
	double scale = 0, sum = 0, t;
	int i;

	for (i = 0; i < n; i++) {
		if (isnan(x[i]))
			return NAN;
		if (isinf(x[i]))
			return INFINITY;
		if (fabs(x[i]) > scale)
			scale = fabs(x[i]);
	}
	if (scale == 0)
		return 0;
	for (i = 0; i < n; i++) {
		t = x[i] / scale;
		sum += t * t;
	}
	return scale * sqrt(sum);
}

/* The dot product of a and b. */
double
linalg_dot(const double *a, const double *b, int n)
{
	double s = 0;
	int i;

	for (i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

/* y = A x. */
void
linalg_matvec(const double *a, const double *x, double *y, int n)
{
	int i;

	for (i = 0; i < n; i++)
		y[i] = linalg_dot(a + (size_t)i * n, x, n);
}

/* The sum of squares of the off-diagonal entries of the n×n matrix m,
 * each times unit first (so that the squares do not overflow). */
static double
off_diagonal(const double *m, int n, double unit)
{
	double s = 0, x;
	int i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (i != j) {
				x = m[i * n + j] * unit;
				s += x * x;
			}
	return s;
}

/* Apply the Jacobi rotation that zeroes m[p][q] to m (and accumulate it
 * into v when v is not NULL). */
static void
jacobi_rotate(double *m, double *v, int n, int p, int q)
{
	double apq = m[p * n + q], app = m[p * n + p], aqq = m[q * n + q];
	double theta, t, c, s, mkp, mkq;
	int k;

	if (apq == 0)
		return;
	theta = (aqq - app) / (2 * apq);
	/* The smaller root of t² + 2θt - 1 = 0, safe for large θ. */
	if (fabs(theta) > 1e150)
		t = 1 / (2 * theta);
	else
		t = (theta >= 0 ? 1 : -1) / (fabs(theta) + sqrt(theta * theta + 1));
	c = 1 / sqrt(t * t + 1);
	s = t * c;

	for (k = 0; k < n; k++) {
		mkp = m[k * n + p];
		mkq = m[k * n + q];
		m[k * n + p] = c * mkp - s * mkq;
		m[k * n + q] = s * mkp + c * mkq;
	}
	for (k = 0; k < n; k++) {
		mkp = m[p * n + k];
		mkq = m[q * n + k];
		m[p * n + k] = c * mkp - s * mkq;
		m[q * n + k] = s * mkp + c * mkq;
	}
	m[p * n + q] = m[q * n + p] = 0;
	if (v != NULL) {
		for (k = 0; k < n; k++) {
			mkp = v[k * n + p];
			mkq = v[k * n + q];
			v[k * n + p] = c * mkp - s * mkq;
			v[k * n + q] = s * mkp + c * mkq;
		}
	}
}

/* Eigenvalues (ascending) and optionally eigenvectors of a symmetric
 * matrix by cyclic Jacobi sweeps. */
int
linalg_sym_eigen(const double *a, int n, double *eval, double *evec)
{
	double m[LINALG_MAX_N * LINALG_MAX_N];
	double v[LINALG_MAX_N * LINALG_MAX_N];
	double diag, total, tv, big, scale, unit;
	int i, j, k, p, q, sweep, best;

	if (n < 1 || n > LINALG_MAX_N)
		return -1;
	if (!all_finite(a, n * n)) {
		for (i = 0; i < n; i++)
			eval[i] = NAN;
		return -1;
	}
	/* Scaled by a power of 2 (exactly) only where doubles need it: a
	 * largest entry near the largest double (1e308·xy: a rotation adds
	 * two of them) down to 2^1000, a tiny one (1e-310·xy, with few
	 * bits) up to about 1.  Entries of very different sizes (2e-300 and
	 * 2e300 on the diagonal) stay as they are; the sums of squares
	 * that decide when to stop are taken times unit, which brings the
	 * largest entry to about 1. */
	big = 0;
	for (i = 0; i < n * n; i++)
		big = fmax(big, fabs(a[i]));
	k = big > 0 ? ilogb(big) : 0;
	scale = k > 1000 ? ldexp(1, 1000 - k) : k < -500 ?
	    ldexp(1, k < -1000 ? 1000 : -k) : 1;
	unit = big > 0 ? ldexp(1, -ilogb(big * scale)) : 1;
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			m[i * n + j] = (a[i * n + j] * scale + a[j * n + i] *
			    scale) / 2;
			v[i * n + j] = i == j;
		}

	for (sweep = 0; sweep < 100; sweep++) {
		diag = 0;
		for (i = 0; i < n; i++)
			diag += (m[i * n + i] * unit) * (m[i * n + i] * unit);
		total = diag + off_diagonal(m, n, unit);
		if (off_diagonal(m, n, unit) <= 1e-32 * total || total == 0)
			break;
		for (p = 0; p < n - 1; p++)
			for (q = p + 1; q < n; q++)
				jacobi_rotate(m, v, n, p, q);
	}

	for (i = 0; i < n; i++)
		eval[i] = m[i * n + i] / scale;
	/* Selection sort, carrying the eigenvector columns along. */
	for (i = 0; i < n - 1; i++) {
		best = i;
		for (j = i + 1; j < n; j++)
			if (eval[j] < eval[best])
				best = j;
		if (best == i)
			continue;
		tv = eval[i];
		eval[i] = eval[best];
		eval[best] = tv;
		for (k = 0; k < n; k++) {
			tv = v[k * n + i];
			v[k * n + i] = v[k * n + best];
			v[k * n + best] = tv;
		}
	}
	if (evec != NULL)
		memcpy(evec, v, sizeof(double) * (size_t)n * n);
	return 0;
}

/* Reduce the n×n matrix m (row by row) to upper triangular form with
 * partial pivoting, applying the same row operations to b when b is not
 * NULL.  Returns the number of row swaps, or -1 when a pivot is no larger
 * than tol (then the matrix counts as singular). */
static int
eliminate(double *m, double *b, int n, double tol)
{
	int i, j, k, piv, swaps = 0;
	double t, f;

	for (k = 0; k < n; k++) {
		piv = k;
		for (i = k + 1; i < n; i++)
			if (fabs(m[i * n + k]) > fabs(m[piv * n + k]))
				piv = i;
		if (fabs(m[piv * n + k]) <= tol)
			return -1;
		if (piv != k) {
			for (j = 0; j < n; j++) {
				t = m[k * n + j];
				m[k * n + j] = m[piv * n + j];
				m[piv * n + j] = t;
			}
			if (b != NULL) {
				t = b[k];
				b[k] = b[piv];
				b[piv] = t;
			}
			swaps++;
		}
		for (i = k + 1; i < n; i++) {
			f = m[i * n + k] / m[k * n + k];
			if (f == 0)
				continue;
			m[i * n + k] = 0;
			for (j = k + 1; j < n; j++)
				m[i * n + j] -= f * m[k * n + j];
			if (b != NULL)
				b[i] -= f * b[k];
		}
	}
	return swaps;
}

/* The largest absolute entry of the n×n matrix a. */
static double
max_abs(const double *a, int n)
{
	double s = 0;
	int i;

	for (i = 0; i < n * n; i++)
		if (fabs(a[i]) > s)
			s = fabs(a[i]);
	return s;
}

/* Solve A x = b with partial pivoting; -1 when A is singular. */
int
linalg_solve(const double *a, const double *b, double *x, int n)
{
	double m[LINALG_MAX_N * LINALG_MAX_N], r[LINALG_MAX_N];
	double tol, s;
	int i, j;

	if (n < 1 || n > LINALG_MAX_N)
		return -1;
	if (!all_finite(a, n * n) || !all_finite(b, n))
		return -1;
	memcpy(m, a, sizeof(double) * (size_t)n * n);
	memcpy(r, b, sizeof(double) * (size_t)n);
	tol = LINALG_SINGULAR_TOL * max_abs(a, n) * n;
	if (eliminate(m, r, n, tol) < 0)
		return -1;
	for (i = n - 1; i >= 0; i--) {
		s = r[i];
		for (j = i + 1; j < n; j++)
			s -= m[i * n + j] * r[j];
		r[i] = s / m[i * n + i];
	}
	if (!all_finite(r, n))
		return -1;
	memcpy(x, r, sizeof(double) * (size_t)n);
	return 0;
}

/* The determinant of a. */
double
linalg_det(const double *a, int n)
{
	double m[LINALG_MAX_N * LINALG_MAX_N], d;
	int i, swaps;

	if (n < 1 || n > LINALG_MAX_N || !all_finite(a, n * n))
		return NAN;
	memcpy(m, a, sizeof(double) * (size_t)n * n);
	swaps = eliminate(m, NULL, n, 0);
	if (swaps < 0)
		return 0;
	d = swaps % 2 ? -1 : 1;
	for (i = 0; i < n; i++)
		d *= m[i * n + i];
	return d;
}
