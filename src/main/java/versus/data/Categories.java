package versus.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct values of one categorical column, numbered in order of first appearance and
 * looked up straight from the file's bytes (an open-addressing table keyed by byte ranges), so a
 * categorical field costs no String and no boxing.
 */
final class Categories {
    private byte[][] keys = new byte[8][];
    private int[] slots = new int[16];   // 0 = empty, else code + 1
    private final List<String> names = new ArrayList<>();

    int size() {
        return names.size();
    }

    String name(int code) {
        return names.get(code);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /** The code of {@code b[from..to)}, or -1 when it has not been added. */
    int find(byte[] b, int from, int to) {
        int mask = slots.length - 1;
        for (int i = hash(b, from, to) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                return -1;
            }
            byte[] k = keys[s - 1];
            if (Arrays.equals(k, 0, k.length, b, from, to)) {
                return s - 1;
            }
        }
    }

    /** The code of {@code b[from..to)}, adding it as the next code when new. */
    int add(byte[] b, int from, int to) {
        int code = find(b, from, to);
        return code >= 0 ? code : insert(Arrays.copyOfRange(b, from, to));
    }

    /** Adds a declared value (ARFF nominal); returns its code. */
    int add(String value) {
        byte[] k = value.getBytes(StandardCharsets.UTF_8);
        return add(k, 0, k.length);
    }

    private int insert(byte[] key) {
        int code = names.size();
        if (code == keys.length) {
            keys = Arrays.copyOf(keys, code * 2);
        }
        keys[code] = key;
        names.add(new String(key, StandardCharsets.UTF_8));
        if (2 * (code + 1) > slots.length) {
            rehash(slots.length * 2);
        } else {
            place(code);
        }
        return code;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int c = 0; c < names.size(); c++) {
            place(c);
        }
    }

    private void place(int code) {
        byte[] k = keys[code];
        int mask = slots.length - 1;
        int i = hash(k, 0, k.length) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = code + 1;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int p = from; p < to; p++) {
            h = 31 * h + b[p];
        }
        return h ^ (h >>> 16);
    }

    /** {@code old code -> new code} that numbers the values in lexicographic order. */
    int[] sortedCodes() {
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        int[] map = new int[sorted.length];
        for (int c = 0; c < map.length; c++) {
            map[c] = Arrays.binarySearch(sorted, names.get(c));
        }
        return map;
    }

    /** The values in lexicographic order. */
    List<String> sortedNames() {
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        return List.of(sorted);
    }

    /** The values for a message, at most {@code max} of them. */
    String list(int max) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < names.size() && c < max; c++) {
            s.append(c == 0 ? "" : ", ").append(names.get(c));
        }
        return names.size() > max ? s.append(", ... (").append(names.size()).append(" in all)").toString() : s.toString();
    }
}
