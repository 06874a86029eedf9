package versus.plot;

import java.awt.Color;

/**
 * The one colour table of every figure: the Okabe-Ito palette (Okabe and Ito 2008), which stays
 * distinguishable under the common colour-vision deficiencies. Models and classes take colours
 * by index so a model keeps its colour in every figure of an experiment. The order puts the
 * strongest contrasts on white first and yellow last (a thin yellow line is hard to see).
 */
public final class Palette {
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLACK = new Color(0x000000);
    public static final Color YELLOW = new Color(0xF0E442);

    /** Neutral ink for reference lines (chance diagonals, contours, parabolas). */
    public static final Color GREY = new Color(0x777777);

    private static final Color[] ORDER = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK, YELLOW};

    private Palette() {
    }

    /** Number of distinct colours before {@link #forModel} repeats. */
    public static int size() {
        return ORDER.length;
    }

    /** The colour of the model at {@code index} in the experiment's model list (wraps after {@link #size()}). */
    public static Color forModel(int index) {
        return ORDER[Math.floorMod(index, ORDER.length)];
    }

    /** The colour of class {@code k} (the same sequence as models: figures never mix the two). */
    public static Color forClass(int k) {
        return ORDER[Math.floorMod(k, ORDER.length)];
    }

    /**
     * Colour {@code i} of the sequence without black, for figures that draw a black reference
     * line (the zero-one loss, a parabola) among coloured ones; wraps after 7.
     */
    public static Color besideBlack(int i) {
        Color[] c = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, YELLOW};
        return c[Math.floorMod(i, c.length)];
    }

    /** {@code c} mixed with white: {@code amount} 0 keeps c, 1 gives white. For region fills and bands. */
    public static Color pale(Color c, double amount) {
        double keep = 1 - amount;
        return new Color(mix(c.getRed(), keep), mix(c.getGreen(), keep), mix(c.getBlue(), keep));
    }

    /**
     * A sequential ramp from white to a mid blue, for heat maps: it stops short of {@link #BLUE}
     * so that black numbers stay readable on the darkest cell.
     */
    public static Color[] blueRamp() {
        return new Color[] {Color.WHITE, pale(BLUE, 0.35)};
    }

    private static int mix(int channel, double keep) {
        return (int) Math.round(channel * keep + 255 * (1 - keep));
    }
}
