/* detmath.h - a few elementary functions computed with + - * / alone,
 * so that they give the same bits on every machine and C library (libm's
 * results may differ in the last place between implementations and
 * between the FMA and plain code paths one library picks at run time).
 * The network of mlp.h and the data sets of dataset.h use them, so that
 * a seed reproduces a landscape exactly.  Accurate to a few units in the
 * last place; nothing here is correctly rounded. */
#ifndef NABLA_DETMATH_H
#define NABLA_DETMATH_H

/* sin t and cos t, for |t| up to about 1e6. */
void detmath_sincos(double t, double *s, double *c);

/* e^x - 1, with full relative precision near 0; +inf above 709.7. */
double detmath_expm1(double x);

/* log(1 + x) for x > -1, with full relative precision near 0. */
double detmath_log1p(double x);

/* tanh x. */
double detmath_tanh(double x);

#endif
