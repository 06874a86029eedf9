package versus.report;

/** RFC 4180 CSV cells: quoted only when needed; numbers in Java's shortest round-trip form. */
final class Csv {
    private Csv() {
    }

    static String row(String... cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(cell(cells[i]));
        }
        return s.append('\n').toString();
    }

    static String cell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** Exact and locale-independent; NaN and infinities as NaN, Infinity, -Infinity. */
    static String num(double v) {
        return Double.toString(v);
    }
}
