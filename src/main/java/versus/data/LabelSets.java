package versus.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The label sets of multi-label data: a contiguous row-major n x L matrix of 0/1 bytes (row
 * {@code i}, label {@code l} at {@code bits[i*L + l]}) with the label names. A row may have any
 * number of labels, none included. Immutable by contract: {@link #matrix()} is a live view.
 */
public final class LabelSets {
    private final byte[] bits;
    private final int rows;
    private final List<String> names;

    /** @param bits row-major n x L entries, each 0 or 1 */
    public LabelSets(byte[] bits, List<String> names) {
        this.names = List.copyOf(names);
        int labels = this.names.size();
        if (labels < 1) {
            throw new IllegalArgumentException("multi-label data need at least one label");
        }
        if (bits.length % labels != 0) {
            throw new IllegalArgumentException("label matrix length " + bits.length + " is not a multiple of " + labels + " labels");
        }
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0 && bits[i] != 1) {
                throw new IllegalArgumentException("label matrix entry " + i + " is " + bits[i] + ", not 0 or 1");
            }
        }
        if (new java.util.HashSet<>(this.names).size() != labels) {
            throw new IllegalArgumentException("label names must be distinct: " + this.names);
        }
        this.bits = bits;
        this.rows = bits.length / labels;
    }

    public int rows() { return rows; }
    public int numLabels() { return names.size(); }
    public List<String> names() { return names; }
    /** Live row-major 0/1 matrix; do not modify. */
    public byte[] matrix() { return bits; }
    public boolean has(int row, int label) { return bits[row * names.size() + label] == 1; }

    /** Copies of the given rows, in the given order (repeats allowed). */
    public LabelSets subset(int[] rowIndices) {
        int labels = names.size();
        byte[] out = new byte[rowIndices.length * labels];
        for (int i = 0; i < rowIndices.length; i++) {
            System.arraycopy(bits, rowIndices[i] * labels, out, i * labels, labels);
        }
        return new LabelSets(out, names);
    }

    /** These rows followed by the rows of {@code other}, whose label names must be the same. */
    public LabelSets append(LabelSets other) {
        if (!names.equals(other.names)) {
            throw new IllegalArgumentException("the test file has labels " + other.names + " but the training file has " + names);
        }
        byte[] out = java.util.Arrays.copyOf(bits, bits.length + other.bits.length);
        System.arraycopy(other.bits, 0, out, bits.length, other.bits.length);
        return new LabelSets(out, names);
    }

    /** Number of rows carrying each label. */
    public int[] labelCounts() {
        int labels = names.size();
        int[] c = new int[labels];
        for (int i = 0; i < bits.length; i++) {
            c[i % labels] += bits[i];
        }
        return c;
    }

    /**
     * The name of the label set of a row as a single class (label powerset): the names of its
     * labels joined by {@code +}, or {@code (none)}.
     */
    public static String setName(byte[] bits, int offset, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < names.size(); l++) {
            if (bits[offset + l] == 1) {
                sb.append(sb.length() == 0 ? "" : "+").append(names.get(l));
            }
        }
        return sb.length() == 0 ? "(none)" : sb.toString();
    }

    /** The distinct set names in order of first appearance, and each row's index among them. */
    PowersetClasses powerset() {
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            String key = setName(bits, i * names.size(), names);
            Integer k = index.get(key);
            if (k == null) {
                k = index.size();
                index.put(key, k);
            }
            y[i] = k;
        }
        return new PowersetClasses(y, new ArrayList<>(index.keySet()));
    }

    /** The label-powerset view: one class per distinct label set. */
    record PowersetClasses(int[] labels, List<String> classNames) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSets s && names.equals(s.names) && java.util.Arrays.equals(bits, s.bits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, java.util.Arrays.hashCode(bits));
    }
}
