package io.modelgate.domain.cost;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.usecase.MonthlyVolume;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-checks the exact break-even against brute force: walking every request count and comparing
 * exact costs. Integer costs (in hundredths) keep the walk fast; the seeds are fixed.
 */
class BreakEvenBruteForceTest {

    /** Exact costs in hundredths of a currency unit: F + G·ceil(r·s/C) versus k·r. */
    private record Case(long f, long g, long k, long s, long c) {

        boolean selfHostingNotCheaper(long r) {
            long gpus = Math.floorDiv(Math.multiplyExact(r, s) + c - 1, c);
            return f + g * gpus >= k * r;
        }

        /** Beyond this every request count is cheaper self-hosted: bad r < (F + G)·C / (kC − Gs). */
        long searchLimit() {
            long delta = k * c - g * s;
            return (f + g) * c / delta + 2;
        }

        BreakEvenCalculator.Outcome calculated() {
            return BreakEvenCalculator.breakEven(BigDecimal.valueOf(f, 2), BigDecimal.valueOf(g, 2), c,
                    BigDecimal.valueOf(k, 2), s);
        }
    }

    @Test
    void the_calculated_break_even_matches_a_walk_over_every_volume() {
        Random random = new Random(20250115);
        int atVolume = 0;
        int always = 0;
        int never = 0;
        for (int i = 0; i < 3_000; i++) {
            long s = 1 + random.nextInt(40);
            long c = 1 + random.nextInt(200);
            long k = 1 + random.nextInt(5_000);
            long f = random.nextInt(4) == 0 ? 0 : random.nextInt(50_000);
            double[] tightness = {0.0, 0.5, 0.9, 0.99, 0.999, 1.0, 1.01};
            double t = tightness[random.nextInt(tightness.length)];
            long g = Math.max(0, (long) Math.floor(t * k * c / s) - random.nextInt(2));
            Case example = new Case(f, g, k, s, c);

            BreakEvenCalculator.Outcome outcome = example.calculated();

            if (k * c - g * s <= 0) {
                assertThat(outcome).as("%s", example).isInstanceOf(BreakEvenCalculator.Outcome.GpuNotCheaperPerToken.class);
                for (long r = 1; r <= 2_000; r++) {
                    assertThat(example.selfHostingNotCheaper(r)).as("%s at %d", example, r).isTrue();
                }
                never++;
                continue;
            }
            long limit = example.searchLimit();
            if (limit > 3_000_000) {
                continue;
            }
            long lastNotCheaper = 0;
            for (long r = 1; r <= limit; r++) {
                if (example.selfHostingNotCheaper(r)) {
                    lastNotCheaper = r;
                }
            }
            if (lastNotCheaper == 0) {
                assertThat(outcome).as("%s", example).isInstanceOf(BreakEvenCalculator.Outcome.Always.class);
                always++;
            } else {
                assertThat(outcome).as("%s", example)
                        .isEqualTo(new BreakEvenCalculator.Outcome.AtVolume(BigInteger.valueOf(lastNotCheaper + 1)));
                atVolume++;
            }
        }
        assertThat(atVolume).isGreaterThan(500);
        assertThat(always).isGreaterThan(50);
        assertThat(never).isGreaterThan(50);
    }

    @Test
    void scanning_the_window_and_scanning_the_residues_find_the_same_last_step() {
        Random random = new Random(7);
        int checked = 0;
        for (int i = 0; i < 3_000; i++) {
            BigInteger s = BigInteger.valueOf(1 + random.nextInt(60));
            BigInteger c = BigInteger.valueOf(1 + random.nextInt(300));
            BigInteger k = BigInteger.valueOf(1 + random.nextInt(1_000));
            BigInteger f = BigInteger.valueOf(random.nextInt(20_000));
            BigInteger g = k.multiply(c).divide(s).subtract(BigInteger.valueOf(random.nextInt(3))).max(BigInteger.ZERO);
            BigInteger delta = k.multiply(c).subtract(g.multiply(s));
            if (delta.signum() <= 0) {
                continue;
            }
            BigInteger e = s.multiply(f.add(g).subtract(k));
            BigInteger top = floorDiv(e.add(k.multiply(s.subtract(BigInteger.ONE))), delta);
            BigInteger period = s.divide(c.gcd(s));
            Optional<BigInteger> byResidue = BreakEvenCalculator.lastStepByResidue(e, k, s, c.mod(s), delta, period);
            Optional<BigInteger> byScan = top.signum() < 0 ? Optional.empty()
                    : BreakEvenCalculator.lastStepByScan(e, k, s, c.mod(s), delta, BigInteger.ZERO, top);
            assertThat(byResidue).as("f=%s g=%s k=%s s=%s c=%s", f, g, k, s, c).isEqualTo(byScan);
            assertThat(BreakEvenCalculator.lastStepNotCheaper(f, g, k, s, c, delta)).isEqualTo(byScan);
            checked++;
        }
        assertThat(checked).isGreaterThan(2_000);
    }

    @Test
    void priced_deployments_in_two_currencies_match_a_walk_over_exact_estimates() {
        // API priced in USD, self-hosted in JPY, compared in JPY at 151.37 JPY/USD.
        Random random = new Random(42);
        ExchangeRates rates = ExchangeRates.of(ExchangeRate.of("USD", "JPY", "151.37", LocalDate.of(2025, 2, 1)));
        CostComparator comparator = new CostComparator();
        int atVolume = 0;
        boolean dipsBelowBreakEven = false;
        for (int i = 0; i < 150; i++) {
            long input = random.nextInt(300);
            long output = 1 + random.nextInt(100);
            String inputPrice = BigDecimal.valueOf(1 + random.nextInt(2_000), 2).toPlainString();
            String outputPrice = BigDecimal.valueOf(1 + random.nextInt(6_000), 2).toPlainString();
            long tokensPerGpu = 1_000L * (1 + random.nextInt(5_000));
            long gpu = 1 + random.nextInt(3_000);
            long operations = random.nextInt(20_000);
            CostCandidate api = new CostCandidate(new ModelId("api"), Deployments.api(inputPrice, outputPrice, "USD"));
            CostCandidate hosted = new CostCandidate(new ModelId("hosted"), Deployments.selfHosted(
                    DeploymentKind.ON_PREMISES, Long.toString(gpu), tokensPerGpu, Long.toString(operations), "JPY"));
            MonthlyVolume profile = new MonthlyVolume(1, input, output);

            BreakEven breakEven = comparator.breakEven(hosted, api, profile, Deployments.JPY, rates);

            BigDecimal perRequest = new BigDecimal(inputPrice).multiply(BigDecimal.valueOf(input))
                    .add(new BigDecimal(outputPrice).multiply(BigDecimal.valueOf(output)))
                    .movePointLeft(6).multiply(new BigDecimal("151.37"));
            long s = input + output;
            if (breakEven.kind() != BreakEven.Kind.AT_VOLUME) {
                continue;
            }
            long r0 = breakEven.requestsPerMonth().orElseThrow();
            if (r0 > 200_000) {
                continue;
            }
            long lastNotCheaper = 0;
            for (long r = 1; r <= r0 + 20_000; r++) {
                BigDecimal selfHosted = BigDecimal.valueOf(operations).add(BigDecimal.valueOf(gpu)
                        .multiply(BigDecimal.valueOf(Math.floorDiv(r * s + tokensPerGpu - 1, tokensPerGpu))));
                if (selfHosted.compareTo(perRequest.multiply(BigDecimal.valueOf(r))) >= 0) {
                    lastNotCheaper = r;
                }
                // below the break-even self-hosting may be cheaper for a while, until the next GPU is needed
                dipsBelowBreakEven |= r < r0 && lastNotCheaper < r;
            }
            assertThat(lastNotCheaper).as("case %d", i).isEqualTo(r0 - 1);
            assertThat(breakEven.tokensPerMonth()).hasValue(r0 * s);
            atVolume++;
        }
        assertThat(atVolume).isGreaterThan(30);
        assertThat(dipsBelowBreakEven).as("some case is cheaper self-hosted just before a GPU step").isTrue();
    }

    @Test
    void a_large_token_profile_is_solved_by_scanning_the_window() {
        // 4,000,000 tokens a request (the largest average); per token the API costs 40 / 4,000,000 = 0.00001 and a
        // GPU 9,999.99 / 999,999,937 = 0.0000099999906, a hair less: the window is about 4,300 GPU steps.
        assertSolvedQuicklyAndExactly(new BigDecimal("123456.78"), new BigDecimal("9999.99"), 999_999_937L,
                new BigDecimal("40.00"), 4_000_000L);
    }

    @Test
    void a_large_token_profile_with_nearly_equal_marginal_costs_is_solved_by_residue_classes() {
        // s = 3,999,999 tokens a request; C chosen so that k·C − G·s = 1 (in hundredths): the window spans
        // about 1.6·10^10 GPU steps, so the calculator walks the s residue classes instead.
        long s = 3_999_999L;
        BigInteger k = BigInteger.valueOf(4_000);
        BigInteger bigS = BigInteger.valueOf(s);
        BigInteger c = k.modInverse(bigS).add(bigS.multiply(BigInteger.valueOf(250)));
        BigInteger g = k.multiply(c).subtract(BigInteger.ONE).divide(bigS);
        assertThat(k.multiply(c).subtract(g.multiply(bigS))).isEqualTo(BigInteger.ONE);

        assertSolvedQuicklyAndExactly(new BigDecimal("123456.78"), new BigDecimal(g, 2), c.longValueExact(),
                new BigDecimal(k, 2), s);
    }

    private static void assertSolvedQuicklyAndExactly(BigDecimal f, BigDecimal g, long c, BigDecimal k, long s) {
        long started = System.nanoTime();
        BreakEvenCalculator.Outcome outcome = BreakEvenCalculator.breakEven(f, g, c, k, s);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(outcome).isInstanceOf(BreakEvenCalculator.Outcome.AtVolume.class);
        long r0 = ((BreakEvenCalculator.Outcome.AtVolume) outcome).requests().longValueExact();
        assertThat(notCheaper(f, g, c, k, s, r0 - 1)).as("just below %d", r0).isTrue();
        for (long r = r0; r < r0 + 100_000; r++) {
            assertThat(notCheaper(f, g, c, k, s, r)).as("at %d", r).isFalse();
        }
        assertThat(millis).isLessThan(30_000);
    }

    private static boolean notCheaper(BigDecimal f, BigDecimal g, long c, BigDecimal k, long s, long r) {
        BigInteger tokens = BigInteger.valueOf(r).multiply(BigInteger.valueOf(s));
        BigInteger[] qr = tokens.divideAndRemainder(BigInteger.valueOf(c));
        BigInteger gpus = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return f.add(g.multiply(new BigDecimal(gpus))).compareTo(k.multiply(BigDecimal.valueOf(r))) >= 0;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
