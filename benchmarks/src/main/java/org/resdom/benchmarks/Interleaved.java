package org.resdom.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs methods that do the same work side by side: in every round each method runs once (for at
 * least a minimum time, as many passes as that takes), the order alternating from round to
 * round, so that a slower or faster spell of a shared machine falls on all of them alike. The
 * ratio of a method to its baseline is taken per round; the median over the rounds is reported
 * with the lowest and highest.
 */
public final class Interleaved {

    /** One pass of a method over its whole input; returns something so the work is kept. */
    @FunctionalInterface
    public interface Pass {
        /**
         * @return any result of the work
         * @throws Exception if the work fails (the run stops)
         */
        Object run() throws Exception;
    }

    /**
     * A method measured.
     *
     * @param name its name in the report
     * @param inputBytes how many input bytes one pass handles (for MB/s and bytes allocated per byte)
     * @param pass one pass
     */
    public record Method(String name, long inputBytes, Pass pass) {}

    /**
     * What was measured for a method.
     *
     * @param method the method
     * @param nanos nanoseconds per pass, one figure per round
     * @param allocated bytes allocated per pass by the measuring thread (median over the rounds)
     * @param cpuNanos CPU nanoseconds of the measuring thread per pass, one figure per round: on a
     *        machine shared with other processes this does not count the time the thread waited for
     *        a core (nor the garbage collector's threads: read it with the allocation)
     */
    public record Measured(Method method, double[] nanos, double allocated, double[] cpuNanos) {

        /**
         * A measurement without CPU times (the CPU ratios are then those of the elapsed times).
         *
         * @param method the method
         * @param nanos nanoseconds per pass, one figure per round
         * @param allocated bytes allocated per pass
         */
        public Measured(Method method, double[] nanos, double allocated) {
            this(method, nanos, allocated, nanos);
        }

        /** @return the median time per pass, in nanoseconds */
        public double medianNanos() {
            return median(nanos);
        }

        /** @return input megabytes (10^6 bytes) per second, at the median time */
        public double megabytesPerSecond() {
            return method.inputBytes() / (medianNanos() / 1e9) / 1e6;
        }

        /** @return bytes allocated per input byte */
        public double allocatedPerByte() {
            return allocated / method.inputBytes();
        }

        /**
         * @param baseline a method measured in the same rounds
         * @return this method's time over the baseline's, one ratio per round, sorted
         */
        public double[] ratios(Measured baseline) {
            double[] r = new double[nanos.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = nanos[i] / baseline.nanos[i];
            }
            Arrays.sort(r);
            return r;
        }

        /**
         * @param baseline a method measured in the same rounds
         * @return this method's thread CPU time over the baseline's, one ratio per round, sorted
         */
        public double[] cpuRatios(Measured baseline) {
            double[] r = new double[cpuNanos.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = cpuNanos[i] / baseline.cpuNanos[i];
            }
            Arrays.sort(r);
            return r;
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Interleaved() {}

    /**
     * Runs the methods in interleaved rounds.
     *
     * @param methods the methods, all doing comparable work
     * @param warmups rounds run first and not counted
     * @param rounds rounds measured
     * @param minNanos the least CPU time a method runs per round (more passes when one is shorter)
     * @return one result per method, in the order given
     * @throws Exception if a pass fails
     */
    public static List<Measured> run(List<Method> methods, int warmups, int rounds, long minNanos) throws Exception {
        int n = methods.size();
        double[][] nanos = new double[n][rounds];
        double[][] alloc = new double[n][rounds];
        double[][] cpu = new double[n][rounds];
        Object[] sink = new Object[1];
        for (int round = -warmups; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                // alternate the order: forwards in even rounds, backwards in odd ones
                int m = Math.floorMod(round, 2) == 0 ? k : n - 1 - k;
                Pass pass = methods.get(m).pass();
                long allocStart = THREADS.getCurrentThreadAllocatedBytes();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long cpuUsed;
                int passes = 0;
                do {
                    sink[0] = pass.run();
                    passes++;
                    cpuUsed = THREADS.getCurrentThreadCpuTime() - cpuStart;
                } while (cpuUsed < minNanos); // CPU time: on a busy machine a round lasts longer, not less
                long elapsed = System.nanoTime() - start;
                long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocStart;
                if (round >= 0) {
                    cpu[m][round] = (double) cpuUsed / passes;
                    nanos[m][round] = (double) elapsed / passes;
                    alloc[m][round] = (double) allocated / passes;
                }
            }
        }
        if (sink[0] == null) {
            throw new IllegalStateException("a pass returned nothing");
        }
        List<Measured> out = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            out.add(new Measured(methods.get(m), nanos[m], median(alloc[m]), cpu[m]));
        }
        return out;
    }

    /**
     * @param values some numbers
     * @return their median
     */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }
}
