package io.modelgate.domain.cost;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Exact break-even between a self-hosted deployment and an API at a fixed token profile.
 *
 * <p>With r requests a month of s tokens each, a GPU serving C tokens a month at cost G, fixed
 * operations cost F and an API cost of k per request (all exact, in one currency):
 * <pre>
 *   selfHosted(r) = F + G &middot; ceil(r&middot;s / C)      api(r) = k &middot; r
 * </pre>
 * Self-hosting is a step function, the API a line. The break-even is the smallest r<sub>0</sub> with
 * selfHosted(r) &lt; api(r) for <em>every</em> r &ge; r<sub>0</sub>; it is one more than the last
 * request count where self-hosting is not cheaper.
 *
 * <p>If G&middot;s &ge; k&middot;C (a GPU's cost per token is not below the API's) self-hosting is
 * never cheaper: selfHosted(r) &ge; F + G&middot;r&middot;s/C &ge; k&middot;r. Otherwise the last
 * such point lies in the last GPU step n whose first request r<sub>n</sub> = floor((n-1)C/s) + 1 is
 * not cheaper (within a step the API rises and self-hosting is flat, so a step's first request is its
 * worst point). Writing m = n - 1, that is F + G&middot;(m+1) &ge; k&middot;(floor(mC/s) + 1), i.e.
 * <pre>
 *   m&middot;&Delta; - E &le; k &middot; (m&middot;C mod s)     with &Delta; = kC - Gs &gt; 0, E = s&middot;(F + G - k)
 * </pre>
 * The right side lies in [0, k(s-1)], so the last such m is in [floor(E/&Delta;), floor((E + k(s-1))/&Delta;)],
 * and (m&middot;C mod s) repeats with period P = s / gcd(C, s). The calculator scans whichever is
 * shorter, that window from the top or the P residue classes (for each, the condition is a bound
 * on m), so the work is at most s &le; 4&middot;10<sup>6</sup> steps whatever the prices (far fewer
 * in practice: the residue walk stops early, see {@link #lastStepByResidue}). Within that
 * step n the last request not cheaper is min(floor(nC/s), floor((F + G&middot;n)/k)).
 */
final class BreakEvenCalculator {

    private BreakEvenCalculator() {
    }

    /** The outcome in numbers; the comparator words it. */
    sealed interface Outcome {
        record NoTokens() implements Outcome {
        }

        record GpuNotCheaperPerToken() implements Outcome {
        }

        record Always() implements Outcome {
        }

        /** @param requests the break-even in requests a month, possibly beyond a long */
        record AtVolume(BigInteger requests) implements Outcome {
        }
    }

    static Outcome breakEven(BigDecimal operations, BigDecimal gpuMonthly, long tokensPerGpuMonth,
                             BigDecimal apiCostPerRequest, long tokensPerRequest) {
        if (tokensPerRequest == 0) {
            return new Outcome.NoTokens();
        }
        int scale = Math.max(0, Math.max(operations.scale(), Math.max(gpuMonthly.scale(), apiCostPerRequest.scale())));
        BigInteger f = operations.setScale(scale).unscaledValue();
        BigInteger g = gpuMonthly.setScale(scale).unscaledValue();
        BigInteger k = apiCostPerRequest.setScale(scale).unscaledValue();
        BigInteger s = BigInteger.valueOf(tokensPerRequest);
        BigInteger c = BigInteger.valueOf(tokensPerGpuMonth);
        BigInteger delta = k.multiply(c).subtract(g.multiply(s));
        if (delta.signum() <= 0) {
            return new Outcome.GpuNotCheaperPerToken();
        }
        Optional<BigInteger> lastStep = lastStepNotCheaper(f, g, k, s, c, delta);
        if (lastStep.isEmpty()) {
            return new Outcome.Always();
        }
        BigInteger n = lastStep.get().add(BigInteger.ONE);
        BigInteger stepEnd = n.multiply(c).divide(s);
        BigInteger apiCatchesUp = f.add(g.multiply(n)).divide(k);
        BigInteger lastNotCheaper = stepEnd.min(apiCatchesUp);
        return new Outcome.AtVolume(lastNotCheaper.add(BigInteger.ONE));
    }

    /** The largest m &ge; 0 with m&middot;&Delta; - E &le; k&middot;(m&middot;C mod s), if any. */
    static Optional<BigInteger> lastStepNotCheaper(BigInteger f, BigInteger g, BigInteger k, BigInteger s,
                                                   BigInteger c, BigInteger delta) {
        BigInteger e = s.multiply(f.add(g).subtract(k));
        BigInteger top = floorDiv(e.add(k.multiply(s.subtract(BigInteger.ONE))), delta);
        if (top.signum() < 0) {
            return Optional.empty();
        }
        BigInteger bottom = floorDiv(e, delta).max(BigInteger.ZERO);
        BigInteger cModS = c.mod(s);
        BigInteger period = s.divide(c.gcd(s));
        BigInteger window = top.subtract(bottom).add(BigInteger.ONE);
        if (window.compareTo(period) <= 0) {
            return lastStepByScan(e, k, s, cModS, delta, bottom, top);
        }
        return lastStepByResidue(e, k, s, cModS, delta, period);
    }

    /** Tries m from {@code top} down to {@code bottom}; every m above {@code top} is cheaper. */
    static Optional<BigInteger> lastStepByScan(BigInteger e, BigInteger k, BigInteger s, BigInteger cModS,
                                               BigInteger delta, BigInteger bottom, BigInteger top) {
        for (BigInteger m = top; m.compareTo(bottom) >= 0; m = m.subtract(BigInteger.ONE)) {
            if (m.multiply(delta).subtract(e).compareTo(k.multiply(m.multiply(cModS).mod(s))) <= 0) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * For m &equiv; j (mod P) the remainder m&middot;C mod s is a fixed R, so the condition is
     * m &le; bound(R) = floor((E + k&middot;R) / &Delta;). The remainders are 0, g, 2g, ... s - g (g = gcd(C, s)),
     * each for exactly one class j = (R/g)&middot;(C/g)<sup>-1</sup> mod P. Walking R downwards, bound(R)
     * falls, and the walk stops once it cannot beat the best m found.
     */
    static Optional<BigInteger> lastStepByResidue(BigInteger e, BigInteger k, BigInteger s, BigInteger cModS,
                                                  BigInteger delta, BigInteger period) {
        long p = period.longValueExact();
        long gcd = s.divide(period).longValueExact();
        long inverse = p == 1 ? 0 : cModS.divide(BigInteger.valueOf(gcd)).modInverse(period).longValueExact();
        BigInteger best = null;
        for (long t = p - 1; t >= 0; t--) {
            BigInteger remainder = BigInteger.valueOf(t * gcd);
            BigInteger bound = floorDiv(e.add(k.multiply(remainder)), delta);
            if (bound.signum() < 0 || (best != null && bound.compareTo(best) <= 0)) {
                break;
            }
            long j = Math.floorMod(Math.multiplyExact(t, inverse), p);
            BigInteger m = bound.subtract(bound.subtract(BigInteger.valueOf(j)).mod(period));
            if (m.signum() >= 0 && (best == null || m.compareTo(best) > 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
