package versus.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static versus.data.DatasetLoaderTest.fixture;
import static versus.data.DatasetLoaderTest.loadError;
import static versus.data.DatasetLoaderTest.shared;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdxLoaderTest {

    @Test
    void pixelsAreRawBytesAndLabelsComeFromTheSiblingFile() {
        Dataset d = DatasetLoader.load(fixture("tiny-images-idx3-ubyte"), null, null);
        assertEquals(3, d.rows());
        assertEquals(List.of("px0", "px1", "px2", "px3"), d.featureNames());
        assertArrayEquals(new double[] {0, 255, 128, 1, 10, 20, 30, 40, 5, 6, 7, 8}, d.features());
        assertEquals(List.of("2", "7"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
    }

    @Test
    void gzipAndAnExplicitLabelsPath() {
        Dataset gz = DatasetLoader.load(fixture("tiny-gz-images-idx3-ubyte.gz"), null,
                LoadOptions.defaults().withLabelsPath(fixture("tiny-labels-idx1-ubyte")));
        Dataset plain = DatasetLoader.load(fixture("tiny-images-idx3-ubyte"), null, null);
        assertArrayEquals(plain.features(), gz.features());
        assertArrayEquals(plain.labels(), gz.labels());
    }

    @Test
    void labelCountMustMatchImageCount() {
        DataFormatException e = loadError(fixture("tiny-images-idx3-ubyte"),
                LoadOptions.defaults().withLabelsPath(fixture("short-labels-idx1-ubyte")));
        assertEquals(fixture("short-labels-idx1-ubyte") + ": has 2 labels but tiny-images-idx3-ubyte has 3 images",
                e.getMessage());
    }

    @Test
    void truncatedAndNonIdxFilesAreRejected() {
        DataFormatException t = loadError(fixture("truncated-images-idx3-ubyte"),
                LoadOptions.defaults().withLabelsPath(fixture("tiny-labels-idx1-ubyte")));
        assertTrue(t.problem().startsWith("IDX file is truncated: the header promises 28 bytes, the file has 25"),
                t.getMessage());
        DataFormatException n = loadError(fixture("basic.csv"),
                LoadOptions.defaults().withFormat(DataFormat.IDX).withLabelsPath(fixture("tiny-labels-idx1-ubyte")));
        assertTrue(n.problem().startsWith("not an IDX file"), n.getMessage());
        DataFormatException noLabels = loadError(fixture("basic.csv"), LoadOptions.defaults().withFormat(DataFormat.IDX));
        assertTrue(noLabels.problem().contains("set labels-path"), noLabels.getMessage());
    }

    @Test
    void sharedFashionMnist() {
        Dataset d = DatasetLoader.load(shared("fashion-mnist/t10k-images-idx3-ubyte.gz"), null, null);
        assertEquals(10_000, d.rows());
        assertEquals(784, d.cols());
        assertEquals(10, d.numClasses());
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, d.classCounts());
        double max = 0;
        for (double v : d.features()) {
            max = Math.max(max, v);
        }
        assertEquals(255.0, max);
    }
}
