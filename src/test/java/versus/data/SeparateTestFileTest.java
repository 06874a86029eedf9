package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A separate test file whose categorical column holds fewer or other categories than the training file's. */
class SeparateTestFileTest {
    @TempDir
    Path dir;

    private Dataset load(String file, String csv) throws IOException {
        Path p = dir.resolve(file);
        Files.writeString(p, csv);
        return DatasetLoader.load(p, "d", LoadOptions.defaults());
    }

    @Test
    void testColumnsArePlacedByNameWhenTheTestFileLacksACategory() throws IOException {
        Dataset train = load("train.csv", "size,colour,label\n1,red,a\n2,green,b\n3,blue,a\n4,green,b\n");
        Dataset test = load("test.csv", "size,colour,label\n5,red,b\n6,blue,a\n");
        assertEquals(List.of("size", "colour=blue", "colour=green", "colour=red"), train.featureNames());
        assertEquals(3, test.cols());
        Dataset all = train.append(test);
        assertEquals(train.featureNames(), all.featureNames());
        double[] row = new double[4];
        System.arraycopy(all.features(), 4 * 4, row, 0, 4);
        assertArrayEquals(new double[] {5, 0, 0, 1}, row, 0); // red, and a zero for the green column the test file lacks
        System.arraycopy(all.features(), 5 * 4, row, 0, 4);
        assertArrayEquals(new double[] {6, 1, 0, 0}, row, 0);
        assertEquals("b", all.classNames().get(all.label(4)));
    }

    @Test
    void aCategoryTheTrainingFileNeverSawIsAClearError() throws IOException {
        Dataset train = load("train.csv", "size,colour,label\n1,red,a\n2,green,b\n");
        Dataset test = load("test.csv", "size,colour,label\n5,purple,b\n6,red,a\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> train.append(test));
        assertTrue(e.getMessage().startsWith("category 'purple' of column 'colour' occurs in the test file but not in the training file"),
                e.getMessage());
    }

    @Test
    void aNumericColumnMissingFromTheTestFileIsAnErrorNotZeros() throws IOException {
        Dataset train = load("train.csv", "size,weight,colour,label\n1,3,red,a\n2,4,green,b\n");
        Dataset test = load("test.csv", "size,colour,label\n5,red,b\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> train.append(test));
        assertTrue(e.getMessage().contains("the test file lacks 'weight'"), e.getMessage());
    }

    @Test
    void otherColumnsMustStillMatch() throws IOException {
        Dataset train = load("train.csv", "size,colour,label\n1,red,a\n2,green,b\n");
        Dataset test = load("test.csv", "weight,colour,label\n5,red,b\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> train.append(test));
        assertTrue(e.getMessage().contains("they must match"), e.getMessage());
    }
}
