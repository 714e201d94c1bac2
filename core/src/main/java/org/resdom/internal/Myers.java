package org.resdom.internal;

import java.util.BitSet;

/**
 * Myers' O((N+M)D) difference algorithm in linear space (the middle-snake recursion of
 * "An O(ND) Difference Algorithm and Its Variations", 1986), over sequences of integers.
 * The result marks which elements of each side belong to a longest common subsequence.
 */
public final class Myers {

    /**
     * The common elements of both sides: set bits are kept, clear bits changed.
     *
     * @param keptA the kept elements of the older side
     * @param keptB the kept elements of the newer side
     */
    public record Result(BitSet keptA, BitSet keptB) {
    }

    private final int[] a;
    private final int[] b;
    private final int[] fwd;
    private final int[] bwd;
    private final BitSet keptA = new BitSet();
    private final BitSet keptB = new BitSet();

    private Myers(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        int max = a.length + b.length + 2;
        fwd = new int[2 * max + 2];
        bwd = new int[2 * max + 2];
    }

    /**
     * @param a the older sequence
     * @param b the newer sequence
     * @return which elements are common
     */
    public static Result diff(int[] a, int[] b) {
        Myers m = new Myers(a, b);
        m.compare(0, a.length, 0, b.length);
        return new Result(m.keptA, m.keptB);
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

    /** @return x, y, u, v: the middle snake from (x, y) to (u, v) */
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
