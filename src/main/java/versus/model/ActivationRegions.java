package versus.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The activation patterns and linear regions of an {@link Mlp} whose hidden units are piecewise
 * linear (Montufar, Pascanu, Cho and Bengio 2014, "On the number of linear regions of deep neural
 * networks", NeurIPS): the pattern of an input is the linear piece every hidden unit is on (a
 * ReLU on or off, the part of a hard tanh, the winning piece of a maxout); given a pattern, every
 * pre-activation z_l = W_l a_{l-1} + b_l and the scores are affine functions of the input, and the
 * inputs with that pattern are an intersection of half-spaces, one convex region.
 *
 * <p>Pieces: relu, leaky-relu, prelu: 1 where z &gt; 0, else 0; hard-tanh: 0 for z &lt; -1, 2 for
 * z &gt; 1, else 1; identity: always 0; maxout: the index of the largest of its k pieces (the
 * first on a tie). Units are numbered layer by layer from the inputs, as in
 * {@link Mlp#hiddenOutputs}. Keeps scratch buffers: not thread-safe.
 */
public final class ActivationRegions {
    private final Mlp m;
    private final HiddenUnits units;
    private final double[][] z;
    private final double[][] a;
    private final int size;

    /**
     * The inputs where a pattern holds, {@code g . x + h >= 0} for every half-space {g_1 .. g_d, h},
     * and the scores there, {@code s_k = sum_i A[k][i] x_i + c_k} as {@code outputs} rows of
     * {A[k][1] .. A[k][d], c_k}.
     */
    public record Region(List<double[]> halfSpaces, double[][] scores) {
    }

    ActivationRegions(Mlp m) {
        if (!piecewiseLinear(m.units())) {
            throw new IllegalArgumentException("linear regions need piecewise-linear hidden units (relu, leaky-relu, prelu, hard-tanh,"
                    + " identity, maxout), got " + m.units().name());
        }
        if (m.options().batchNorm()) {
            throw new IllegalArgumentException("linear regions are computed for an mlp without batch normalization");
        }
        this.m = m;
        this.units = m.units();
        int hiddenLayers = m.layers() - 1;
        z = new double[hiddenLayers][];
        a = new double[hiddenLayers][];
        int total = 0;
        for (int l = 0; l < hiddenLayers; l++) {
            z[l] = new double[m.fanOut(l)];
            a[l] = new double[m.fanOut(l) / units.pieces()];
            total += a[l].length;
        }
        size = total;
    }

    /** Whether hidden units of this kind split the input space into linear regions (relu family, hard tanh, identity, maxout). */
    public static boolean piecewiseLinear(HiddenUnits u) {
        if (u instanceof HiddenUnits.Pointwise p) {
            Activation f = p.f();
            return f instanceof Activation.Relu || f instanceof Activation.LeakyRelu || f instanceof Activation.HardTanh
                    || f instanceof Activation.Identity;
        }
        return u instanceof HiddenUnits.PRelu || u instanceof HiddenUnits.Maxout;
    }

    /** The number of hidden units, the length of a pattern. */
    public int size() {
        return size;
    }

    /** The pattern of the row {@code x[offset ..]} (inputDimension values) into {@code pieces[0 .. size-1]}. */
    public void pattern(double[] x, int offset, int[] pieces) {
        double[] w = m.parameters();
        double[] in = x;
        int inOff = offset;
        int k = 0;
        for (int l = 0; l < z.length; l++) {
            int fanIn = m.fanIn(l);
            int fanOut = m.fanOut(l);
            int wo = m.weightOffset(l);
            int bo = m.biasOffset(l);
            for (int j = 0; j < fanOut; j++) {
                double s = w[bo + j];
                for (int i = 0; i < fanIn; i++) {
                    s += w[wo + j * fanIn + i] * in[inOff + i];
                }
                z[l][j] = s;
            }
            int width = a[l].length;
            units.forward(z[l], a[l], 1, width, w, m.unitOffset(l));
            for (int u = 0; u < width; u++) {
                pieces[k++] = piece(z[l], u);
            }
            in = a[l];
            inOff = 0;
        }
    }

    /**
     * The region of a pattern: the half-spaces in layer and unit order (for each unit the sides of
     * its kinks the pattern says) and the affine scores there. Every pre-activation is carried as
     * an affine function of the input, z_l = W_l (P_{l-1} z_{l-1} + c_{l-1}) + b_l, where the
     * pattern fixes each unit's piece: slope 1 (on, identity, hard tanh between its kinks), the
     * leaky or learned slope (off), or 0 with constant -1 or +1 (hard tanh saturated).
     */
    public Region region(int[] pattern) {
        double[] w = m.parameters();
        int d = m.inputDimension();
        List<double[]> halfSpaces = new ArrayList<>();
        double[][] in = identity(d);
        int k = 0;
        for (int l = 0; l <= z.length; l++) {
            double[][] zl = affine(w, l, in, d);
            if (l == z.length) {
                return new Region(halfSpaces, transpose(zl, m.fanOut(l), d));
            }
            int width = a[l].length;
            double[][] out = new double[d + 1][width];
            for (int u = 0; u < width; u++) {
                unitPiece(w, l, u, pattern[k++], zl, out, halfSpaces);
            }
            in = out;
        }
        throw new AssertionError("unreachable");
    }

    /** {e_1 .. e_d, 0}: the input as an affine function of itself, coefficient t of input i at [t][i], constant at [d][i]. */
    private static double[][] identity(int d) {
        double[][] in = new double[d + 1][d];
        for (int t = 0; t < d; t++) {
            in[t][t] = 1;
        }
        return in;
    }

    /** z_l = W_l in + b_l as an affine function: [t][j] the coefficient of input t, [d][j] the constant. */
    private double[][] affine(double[] w, int l, double[][] in, int d) {
        int fanIn = m.fanIn(l);
        int fanOut = m.fanOut(l);
        int wo = m.weightOffset(l);
        int bo = m.biasOffset(l);
        double[][] out = new double[d + 1][fanOut];
        for (int j = 0; j < fanOut; j++) {
            for (int t = 0; t <= d; t++) {
                double s = t == d ? w[bo + j] : 0;
                for (int i = 0; i < fanIn; i++) {
                    s += w[wo + j * fanIn + i] * in[t][i];
                }
                out[t][j] = s;
            }
        }
        return out;
    }

    /** Unit u of hidden layer l on its piece: its half-spaces, and its output as an affine function into out[.][u]. */
    private void unitPiece(double[] w, int l, int u, int piece, double[][] zl, double[][] out, List<double[]> halfSpaces) {
        int d = zl.length - 1;
        int src = u;
        double slope = 1;
        double constant = 0;
        if (units instanceof HiddenUnits.Maxout mo) {
            src = u * mo.pieces() + piece;
            for (int q = u * mo.pieces(); q < (u + 1) * mo.pieces(); q++) {
                if (q != src) {
                    halfSpaces.add(difference(zl, src, q));
                }
            }
        } else if (units instanceof HiddenUnits.Pointwise pw && pw.f() instanceof Activation.Identity) {
            slope = 1;
        } else if (units instanceof HiddenUnits.Pointwise pw && pw.f() instanceof Activation.HardTanh) {
            if (piece == 0) {
                halfSpaces.add(offset(zl, u, -1, -1));
                slope = 0;
                constant = -1;
            } else if (piece == 1) {
                halfSpaces.add(offset(zl, u, 1, 1));
                halfSpaces.add(offset(zl, u, -1, 1));
            } else {
                halfSpaces.add(offset(zl, u, 1, -1));
                slope = 0;
                constant = 1;
            }
        } else if (piece == 1) {
            halfSpaces.add(offset(zl, u, 1, 0));
        } else {
            halfSpaces.add(offset(zl, u, -1, 0));
            slope = offSlope(w, m.unitOffset(l), u);
        }
        for (int t = 0; t < d; t++) {
            out[t][u] = slope * zl[t][src];
        }
        out[d][u] = slope * zl[d][src] + constant;
    }

    /** The half-space {@code sign z_u + c >= 0} of the affine z_u: coefficients sign g, constant h + c or c - h. */
    private static double[] offset(double[][] zl, int u, double sign, double c) {
        int d = zl.length - 1;
        double[] hs = new double[d + 1];
        for (int t = 0; t < d; t++) {
            hs[t] = sign * zl[t][u];
        }
        double h = zl[d][u];
        hs[d] = c == 0 ? sign * h : sign > 0 ? h + c : c - h;
        return hs;
    }

    /** z_p - z_q (the maxout half-space where piece p beats piece q). */
    private static double[] difference(double[][] zl, int p, int q) {
        int d = zl.length - 1;
        double[] hs = new double[d + 1];
        for (int t = 0; t <= d; t++) {
            hs[t] = zl[t][p] - zl[t][q];
        }
        return hs;
    }

    private static double[][] transpose(double[][] zl, int outputs, int d) {
        double[][] s = new double[outputs][d + 1];
        for (int k = 0; k < outputs; k++) {
            for (int t = 0; t <= d; t++) {
                s[k][t] = zl[t][k];
            }
        }
        return s;
    }

    /** The slope of an off unit: 0 for relu, alpha for leaky-relu, the learned slope of a PReLU unit. */
    private double offSlope(double[] w, int unitOffset, int u) {
        if (units instanceof HiddenUnits.PRelu) {
            return w[unitOffset + u];
        }
        if (units instanceof HiddenUnits.Pointwise pw && pw.f() instanceof Activation.LeakyRelu lr) {
            return lr.alpha();
        }
        return 0;
    }

    /** The linear piece unit u is on. */
    private int piece(double[] zl, int u) {
        if (units instanceof HiddenUnits.Maxout mo) {
            int from = u * mo.pieces();
            int best = from;
            for (int p = from + 1; p < from + mo.pieces(); p++) {
                if (zl[p] > zl[best]) {
                    best = p;
                }
            }
            return best - from;
        }
        double v = zl[u];
        if (units instanceof HiddenUnits.Pointwise pw) {
            if (pw.f() instanceof Activation.Identity) {
                return 0;
            }
            if (pw.f() instanceof Activation.HardTanh) {
                return v < -1 ? 0 : v > 1 ? 2 : 1;
            }
        }
        return v > 0 ? 1 : 0;
    }
}
