package versus.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code codes.csv}: the codes of autoencoder models, one line per (dataset, model, row) of the
 * exported split, with columns {@code dataset,model,split,row,set,label,code_1..code_K}. {@code row}
 * is the 0-based row of the data set as loaded, {@code set} is train or test, K is the widest
 * code in the file (narrower codes leave their last cells empty).
 */
public final class CodesCsv {
    private CodesCsv() {
    }

    /**
     * The codes of one model on one split: {@code rows[i]} (data-set row), whether it was a test
     * row, its class name, and its {@code width} code values at {@code codes[i * width ..]}.
     */
    public record Block(String dataset, String model, int split, int[] rows, boolean[] test, List<String> labels,
                        double[] codes, int width) {
        public Block {
            if (rows.length != test.length || rows.length != labels.size() || codes.length != rows.length * width) {
                throw new IllegalArgumentException("a codes block needs one row index, set, label and " + width + " codes per row");
            }
        }
    }

    /** Writes the blocks to {@code file}; writes nothing when there are none. */
    public static void write(Path file, List<Block> blocks) throws IOException {
        if (blocks.isEmpty()) {
            return;
        }
        int widest = 0;
        for (Block b : blocks) {
            widest = Math.max(widest, b.width());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String[] header = new String[6 + widest];
            System.arraycopy(new String[] {"dataset", "model", "split", "row", "set", "label"}, 0, header, 0, 6);
            for (int j = 0; j < widest; j++) {
                header[6 + j] = "code_" + (j + 1);
            }
            w.write(Csv.row(header));
            String[] cells = new String[6 + widest];
            for (Block b : blocks) {
                for (int i = 0; i < b.rows().length; i++) {
                    cells[0] = b.dataset();
                    cells[1] = b.model();
                    cells[2] = Integer.toString(b.split());
                    cells[3] = Integer.toString(b.rows()[i]);
                    cells[4] = b.test()[i] ? "test" : "train";
                    cells[5] = b.labels().get(i);
                    for (int j = 0; j < widest; j++) {
                        cells[6 + j] = j < b.width() ? Csv.num(b.codes()[i * b.width() + j]) : "";
                    }
                    w.write(Csv.row(cells));
                }
            }
        }
    }
}
