package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiLabelLoadingTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Dataset load(Path p, List<String> labels) {
        return DatasetLoader.load(p, "t", LoadOptions.defaults().withLabels(labels));
    }

    @Test
    void csvLabelColumnsLeaveTheFeatures() throws IOException {
        Path p = write("m.csv", "f1,a,f2,b,c\n0.5,1,2,0,1\n1.5,0,3,1,1\n2.5,0,4,0,0\n");
        Dataset d = load(p, List.of("a", "b", "c"));
        assertTrue(d.isMultiLabel());
        assertEquals(List.of("f1", "f2"), d.featureNames());
        assertArrayEquals(new double[] {0.5, 2, 1.5, 3, 2.5, 4}, d.features());
        assertEquals(List.of("a", "b", "c"), d.labelSets().names());
        assertArrayEquals(new byte[] {1, 0, 1, 0, 1, 1, 0, 0, 0}, d.labelSets().matrix());
        // the single-label view is the label powerset
        assertEquals(List.of("a+c", "b+c", "(none)"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 2}, d.labels());
    }

    @Test
    void labelOrderFollowsTheList() throws IOException {
        Path p = write("m.csv", "f1,a,b\n0.5,1,0\n1.5,0,1\n");
        Dataset d = load(p, List.of("b", "a"));
        assertArrayEquals(new byte[] {0, 1, 1, 0}, d.labelSets().matrix());
        assertEquals(List.of("f1"), d.featureNames());
    }

    @Test
    void arffNominalLabelsMulanStyle() throws IOException {
        Path p = write("m.arff", """
                @relation scene
                @attribute f1 numeric
                @attribute colour {red, blue}
                @attribute beach {0,1}
                @attribute urban {0,1}
                @data
                0.1,red,1,0
                0.2,blue,1,1
                0.3,red,0,0
                """);
        Dataset d = load(p, List.of("beach", "urban"));
        assertEquals(List.of("f1", "colour=red", "colour=blue"), d.featureNames());
        assertArrayEquals(new byte[] {1, 0, 1, 1, 0, 0}, d.labelSets().matrix());
        assertEquals(3, d.rows());
    }

    @Test
    void sparseArffAsMulanWritesIt() throws IOException {
        Path p = write("s.arff", """
                @relation yeast-like
                @attribute f1 numeric
                @attribute f2 numeric
                @attribute l1 {0,1}
                @attribute l2 {0,1}
                @data
                {0 0.5, 3 1}
                {1 2, 2 1}
                {}
                """);
        Dataset d = load(p, List.of("l1", "l2"));
        assertEquals(List.of("f1", "f2"), d.featureNames());
        assertArrayEquals(new double[] {0.5, 0, 0, 2, 0, 0}, d.features());
        assertArrayEquals(new byte[] {0, 1, 1, 0, 0, 0}, d.labelSets().matrix());
    }

    @Test
    void libsvmLabelListsAreDetected() throws IOException {
        Path p = write("m.svm", "# multi-label\n1,3 1:0.5 2:1\n2 2:2\n3:7\n0,3 1:1\n");
        Dataset d = DatasetLoader.load(p, "t", LoadOptions.defaults());
        assertEquals(List.of("0", "1", "2", "3"), d.labelSets().names());
        assertArrayEquals(new byte[] {0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1}, d.labelSets().matrix());
        assertEquals(3, d.cols());
        assertArrayEquals(new double[] {0.5, 1, 0, 0, 2, 0, 0, 0, 7, 1, 0, 0}, d.features());
        assertNull(d.qids());
    }

    @Test
    void libsvmDeclaredLabelsFixOrderAndRejectOthers() throws IOException {
        Path p = write("m.svm", "3 1:0.5\n1 1:1\n");
        Dataset d = load(p, List.of("3", "1", "2"));
        assertArrayEquals(new byte[] {1, 0, 0, 0, 1, 0}, d.labelSets().matrix());
        DataFormatException e = assertThrows(DataFormatException.class, () -> load(p, List.of("1", "2")));
        assertTrue(e.getMessage().contains("label id 3"), e.getMessage());
        Path bad = write("bad.svm", "1,x 1:0.5\n");
        DataFormatException located = assertThrows(DataFormatException.class, () -> load(bad, List.of()));
        assertTrue(located.getMessage().contains("bad.svm:1:3:"), located.getMessage());
    }

    @Test
    void badLabelNamesSayWhichEntry() throws IOException {
        Path p = write("m.csv", "f1,a,b\n0.5,1,0\n1.5,0,1\n");
        LabelColumnException e = assertThrows(LabelColumnException.class, () -> load(p, List.of("a", "zzz")));
        assertEquals(1, e.labelIndex());
        assertTrue(e.getMessage().contains("'zzz' is not a column"), e.getMessage());
        Path nonBinary = write("n.csv", "f1,a,b\n0.5,1,0\n1.5,0,3\n");
        assertEquals(1, assertThrows(LabelColumnException.class, () -> load(nonBinary, List.of("a", "b"))).labelIndex());
        Path firstBad = write("f.csv", "f1,a,b\n0.5,maybe,0\n1.5,0,1\n");
        assertEquals(0, assertThrows(LabelColumnException.class, () -> load(firstBad, List.of("a", "b"))).labelIndex());
    }

    @Test
    void subsetsKeepLabelSetsAndEveryClass() throws IOException {
        Path p = write("m.csv", "f1,a,b\n0.5,1,0\n1.5,0,1\n2.5,1,1\n");
        Dataset d = load(p, List.of("a", "b"));
        Dataset s = d.subset(new int[] {2, 0});
        assertArrayEquals(new byte[] {1, 1, 1, 0}, s.labelSets().matrix());
        assertEquals(d.classNames(), s.classNames());
        assertArrayEquals(new int[] {2, 0}, s.labels());
        Dataset standardized = Standardizer.fit(d).apply(d);
        assertEquals(d.labelSets(), standardized.labelSets());
        Dataset both = d.append(d);
        assertEquals(6, both.labelSets().rows());
        assertFalse(Dataset.of("x", 1, new double[] {1, 2}, new int[] {0, 1}, List.of("p", "q")).isMultiLabel());
    }

    @Test
    void generatorLabelsComeFromTopics() {
        Dataset d = MultiLabelGenerator.generate(300, 4, List.of("a", "b", "c"), 0.5, new SplittableRandom(1));
        assertEquals(300, d.rows());
        assertEquals(4, d.cols());
        assertTrue(d.numClasses() <= 6, "at most one label set per topic: " + d.classNames());
        assertArrayEquals(d.features(), MultiLabelGenerator.generate(300, 4, List.of("a", "b", "c"), 0.5,
                new SplittableRandom(1)).features());
        assertThrows(IllegalArgumentException.class, () -> MultiLabelGenerator.generate(10, 4, List.of("a"), 0.5, new SplittableRandom(1)));
    }
}
