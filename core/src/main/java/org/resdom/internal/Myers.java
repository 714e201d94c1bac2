package org.resdom.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Myers' O((N+M)D) difference algorithm in linear space (the middle-snake recursion of
 * "An O(ND) Difference Algorithm and Its Variations", 1986), over sequences of integers, made
 * bounded:
 *
 * <ul>
 * <li><b>Anchors first.</b> Elements that occur exactly once on each side and keep their order
 * (a longest increasing subsequence of their positions, O(n log n)) are kept, and Myers runs
 * only between two anchors. Documents whose paragraphs are mostly distinct then cost time
 * linear in their size however many places they differ in.</li>
 * <li><b>A work budget.</b> Every step of the middle-snake search is charged to a {@link Budget};
 * once it is spent, the ranges still to compare are left as changed (a replacement), never
 * searched further. Time is then bounded by the budget plus the sizes, memory by the sizes.</li>
 * </ul>
 *
 * The result marks which elements of each side are kept: a common subsequence, the longest one
 * unless the budget ran out.
 */
public final class Myers {

    /**
     * The common elements of both sides: set bits are kept, clear bits changed.
     *
     * @param keptA the kept elements of the older side
     * @param keptB the kept elements of the newer side
     * @param exact whether the budget sufficed (the common subsequence is a longest one)
     */
    public record Result(BitSet keptA, BitSet keptB, boolean exact) {
        /**
         * @param keptA the kept elements of the older side
         * @param keptB the kept elements of the newer side
         */
        public Result(BitSet keptA, BitSet keptB) {
            this(keptA, keptB, true);
        }
    }

    /** Work units left for one or more diffs; shared, so a whole comparison is bounded at once. */
    public static final class Budget {
        private long left;

        private Budget(long units) {
            this.left = units;
        }

        /**
         * @param units work units: one is one step of the search (about one element comparison)
         * @return a budget of that many units
         */
        public static Budget of(long units) {
            return new Budget(Math.max(0, units));
        }

        /** @return a budget that never runs out */
        public static Budget unlimited() {
            return new Budget(Long.MAX_VALUE);
        }

        /** @return whether nothing is left */
        public boolean spent() {
            return left <= 0;
        }

        /** @return the units left */
        public long left() {
            return left;
        }

        /**
         * @param units units to take
         * @return whether they were there (when not, the budget is spent)
         */
        public boolean take(long units) {
            if (left < units) {
                left = 0;
                return false;
            }
            left -= units;
            return true;
        }
    }

    private final int[] a;
    private final int[] b;
    private final int[] fwd;
    private final int[] bwd;
    private final Budget budget;
    private final BitSet keptA = new BitSet();
    private final BitSet keptB = new BitSet();
    private boolean exact = true;

    private Myers(int[] a, int[] b, int widest, Budget budget) {
        this.a = a;
        this.b = b;
        int max = widest + 2;
        fwd = new int[2 * max + 2];
        bwd = new int[2 * max + 2];
        this.budget = budget;
    }

    /**
     * @param a the older sequence
     * @param b the newer sequence
     * @return which elements are common, a longest common subsequence
     */
    public static Result diff(int[] a, int[] b) {
        return diff(a, b, Budget.unlimited());
    }

    /**
     * @param a the older sequence
     * @param b the newer sequence
     * @param budget the work allowed; what it does not cover is left as changed
     * @return which elements are common
     */
    public static Result diff(int[] a, int[] b, Budget budget) {
        int[][] anchors = anchors(a, b);
        int widest = 0;
        int pa = 0;
        int pb = 0;
        for (int k = 0; k <= anchors[0].length; k++) {
            int ea = k < anchors[0].length ? anchors[0][k] : a.length;
            int eb = k < anchors[1].length ? anchors[1][k] : b.length;
            widest = Math.max(widest, (ea - pa) + (eb - pb));
            pa = ea + 1;
            pb = eb + 1;
        }
        Myers m = new Myers(a, b, widest, budget);
        pa = 0;
        pb = 0;
        for (int k = 0; k <= anchors[0].length; k++) {
            int ea = k < anchors[0].length ? anchors[0][k] : a.length;
            int eb = k < anchors[1].length ? anchors[1][k] : b.length;
            m.compare(pa, ea, pb, eb);
            if (k < anchors[0].length) {
                m.keptA.set(ea);
                m.keptB.set(eb);
            }
            pa = ea + 1;
            pb = eb + 1;
        }
        return new Result(m.keptA, m.keptB, m.exact);
    }

    /**
     * Elements unique on both sides whose positions increase on both: {positions in a, in b}.
     * Too few of them (under one in eight elements) and there are none: Myers alone is better.
     */
    private static int[][] anchors(int[] a, int[] b) {
        int[][] none = {new int[0], new int[0]};
        if (a.length < 64 || b.length < 64) {
            return none;
        }
        Map<Integer, int[]> seen = new HashMap<>(); // value: {count in a, position in a, count in b, position in b}
        for (int i = 0; i < a.length; i++) {
            int[] s = seen.computeIfAbsent(a[i], k -> new int[4]);
            s[0]++;
            s[1] = i;
        }
        for (int j = 0; j < b.length; j++) {
            int[] s = seen.get(b[j]);
            if (s != null) {
                s[2]++;
                s[3] = j;
            }
        }
        // the positions in b of elements unique on both sides, in the order of a
        int[] posA = new int[Math.min(a.length, b.length)];
        int[] posB = new int[posA.length];
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            int[] s = seen.get(a[i]);
            if (s[0] == 1 && s[2] == 1) {
                posA[n] = i;
                posB[n] = s[3];
                n++;
            }
        }
        if (n * 8L < Math.min(a.length, b.length)) {
            return none;
        }
        // longest increasing subsequence of posB (patience sorting)
        int[] tails = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (posB[tails[mid]] < posB[k]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == len) {
                len++;
            }
        }
        int[] ra = new int[len];
        int[] rb = new int[len];
        for (int k = len == 0 ? -1 : tails[len - 1], i = len - 1; k >= 0; k = prev[k], i--) {
            ra[i] = posA[k];
            rb[i] = posB[k];
        }
        return new int[][] {Arrays.copyOf(ra, len), Arrays.copyOf(rb, len)};
    }

    private void compare(int a0, int a1, int b0, int b1) {
        while (true) {
            while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) {
                keptA.set(a0++);
                keptB.set(b0++);
            }
            while (a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1]) {
                keptA.set(--a1);
                keptB.set(--b1);
            }
            if (a0 == a1 || b0 == b1) {
                return;
            }
            int[] snake = middleSnake(a0, a1, b0, b1);
            if (snake == null) {
                exact = false;
                return; // budget spent: the rest of this range is a replacement
            }
            int x = snake[0];
            int y = snake[1];
            int u = snake[2];
            int v = snake[3];
            if (x == u && ((x == a0 && y == b0) || (x == a1 && y == b1))) {
                return; // no progress possible: leave the rest as changed
            }
            for (int i = x, j = y; i < u; i++, j++) {
                keptA.set(i);
                keptB.set(j);
            }
            // recurse on the smaller half, loop on the other (bounded stack depth)
            if ((x - a0) + (y - b0) < (a1 - u) + (b1 - v)) {
                compare(a0, x, b0, y);
                a0 = u;
                b0 = v;
            } else {
                compare(u, a1, v, b1);
                a1 = x;
                b1 = y;
            }
        }
    }

    /** @return x, y, u, v: the middle snake from (x, y) to (u, v), or null when the budget is spent */
    private int[] middleSnake(int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        int delta = n - m;
        boolean odd = (delta & 1) != 0;
        int off = (n + m + 1);
        int dMax = (n + m + 1) / 2;
        fwd[off + 1] = 0;
        bwd[off + 1] = 0;
        for (int d = 0; d <= dMax; d++) {
            if (!budget.take(2L * d + 2)) {
                return null;
            }
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && fwd[off + k - 1] < fwd[off + k + 1])) {
                    x = fwd[off + k + 1];
                } else {
                    x = fwd[off + k - 1] + 1;
                }
                int y = x - k;
                int sx = x;
                int sy = y;
                while (x < n && y < m && a[a0 + x] == b[b0 + y]) {
                    x++;
                    y++;
                }
                fwd[off + k] = x;
                int c = delta - k;
                if (odd && c >= -(d - 1) && c <= d - 1 && x + bwd[off + c] >= n) {
                    return new int[] {a0 + sx, b0 + sy, a0 + x, b0 + y};
                }
            }
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && bwd[off + k - 1] < bwd[off + k + 1])) {
                    x = bwd[off + k + 1];
                } else {
                    x = bwd[off + k - 1] + 1;
                }
                int y = x - k;
                int sx = x;
                int sy = y;
                while (x < n && y < m && a[a1 - 1 - x] == b[b1 - 1 - y]) {
                    x++;
                    y++;
                }
                bwd[off + k] = x;
                int c = delta - k;
                if (!odd && c >= -d && c <= d && x + fwd[off + c] >= n) {
                    return new int[] {a1 - x, b1 - y, a1 - sx, b1 - sy};
                }
            }
        }
        throw new IllegalStateException("no middle snake");
    }
}
