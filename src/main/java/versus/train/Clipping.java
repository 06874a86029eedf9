package versus.train;

/**
 * Gradient clipping, applied by the {@link Trainer} to each step's gradient (penalty included)
 * between the objective and the optimizer, against the exploding gradients of deep or recurrent
 * networks (Pascanu, Mikolov and Bengio 2013, "On the difficulty of training recurrent neural
 * networks", ICML).
 */
public sealed interface Clipping permits Clipping.ByNorm, Clipping.ByValue {
    /** Clips {@code grad} in place; returns whether anything changed. */
    boolean clip(double[] grad);

    /**
     * Rescales the whole gradient to norm {@code maxNorm} when longer:
     * {@code g <- g * maxNorm / ||g||_2} if {@code ||g||_2 > maxNorm} (Pascanu et al. 2013,
     * Algorithm 1). Keeps the direction.
     */
    record ByNorm(double maxNorm) implements Clipping {
        public ByNorm {
            if (!(maxNorm > 0) || !Double.isFinite(maxNorm)) {
                throw new IllegalArgumentException("clip norm must be a finite number > 0, got " + maxNorm);
            }
        }

        @Override
        public boolean clip(double[] grad) {
            double norm = norm(grad);
            if (!(norm > maxNorm)) {
                return false;
            }
            double scale = maxNorm / norm;
            for (int i = 0; i < grad.length; i++) {
                grad[i] *= scale;
            }
            return true;
        }

        /** ||g||_2, rescaled by max |g_i| when the squares overflow. */
        private static double norm(double[] g) {
            double norm = Math.sqrt(versus.math.Vectors.squaredNorm(g));
            if (norm != Double.POSITIVE_INFINITY) {
                return norm;
            }
            double max = 0;
            for (double v : g) {
                max = Math.max(max, Math.abs(v));
            }
            double sum = 0;
            for (double v : g) {
                double r = v / max;
                sum += r * r;
            }
            return max * Math.sqrt(sum);
        }
    }

    /**
     * Clamps every component to {@code [-maxValue, maxValue]} (Mikolov 2012, PhD thesis, Brno, as cited by
     * Pascanu et al. 2013): cheap, but it changes the direction of the step.
     */
    record ByValue(double maxValue) implements Clipping {
        public ByValue {
            if (!(maxValue > 0) || !Double.isFinite(maxValue)) {
                throw new IllegalArgumentException("clip value must be a finite number > 0, got " + maxValue);
            }
        }

        @Override
        public boolean clip(double[] grad) {
            boolean clipped = false;
            for (int i = 0; i < grad.length; i++) {
                double v = grad[i];
                if (v > maxValue || v < -maxValue) {
                    grad[i] = v > 0 ? maxValue : -maxValue;
                    clipped = true;
                }
            }
            return clipped;
        }
    }
}
