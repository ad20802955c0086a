/* numbers_pidigits_gmp.c: the GMP (mpz) C baseline for numbers_pidigits.py — the same
 * spigot, the same 10,000 digits, the same output line. Not run by bench/run.py; build
 * and time it by hand:  cc -O2 bench/numbers_pidigits_gmp.c -lgmp -o /tmp/pidigits_gmp */
#include <gmp.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    enum { kCount = 10000 };
    static char digits[kCount + 1];
    int n = 0;
    unsigned long k = 0;
    mpz_t numer, accum, denom, tmp, digit, rem;
    mpz_init_set_ui(numer, 1);
    mpz_init_set_ui(accum, 0);
    mpz_init_set_ui(denom, 1);
    mpz_inits(tmp, digit, rem, NULL);
    while (n < kCount) {
        ++k;
        unsigned long k2 = 2 * k + 1;
        mpz_addmul_ui(accum, numer, 2);
        mpz_mul_ui(accum, accum, k2);
        mpz_mul_ui(denom, denom, k2);
        mpz_mul_ui(numer, numer, k);
        if (mpz_cmp(numer, accum) > 0)
            continue;
        mpz_mul_ui(tmp, numer, 3);
        mpz_add(tmp, tmp, accum);
        mpz_fdiv_qr(digit, rem, tmp, denom);
        mpz_add(rem, rem, numer);
        if (mpz_cmp(rem, denom) >= 0)
            continue;
        digits[n++] = (char)('0' + mpz_get_ui(digit));
        mpz_submul(accum, denom, digit);
        mpz_mul_ui(accum, accum, 10);
        mpz_mul_ui(numer, numer, 10);
    }
    printf("%d %.20s %s\n", n, digits, digits + n - 20);
    return 0;
}
