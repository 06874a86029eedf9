package versus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Long runs are thinned: every epoch up to 1000, then every 2nd, 4th, ... so a history stays small. */
class HistoryTest {
    @Test
    void everyEpochUpToAThousandThenEverySecondFourthAndSoOn() {
        assertTrue(History.kept(1) && History.kept(1000));
        assertFalse(History.kept(1001));
        assertTrue(History.kept(1002) && History.kept(2000));
        assertFalse(History.kept(2002));
        assertTrue(History.kept(2004) && History.kept(4000));
        assertFalse(History.kept(4004));
        assertTrue(History.kept(4008));
    }

    @Test
    void aMillionEpochsKeepAboutTenThousandEntriesPerMetric() {
        History h = new History();
        for (int e = 1; e <= 1_000_000; e++) {
            h.add(e, "train-loss", 1.0 / e);
            h.add(e, "elapsed-seconds", e);
        }
        int kept = h.series("train-loss").length;
        assertEquals(kept, h.series("elapsed-seconds").length);
        // 1000 + 500 per doubling: log2(1000) = 10 doublings
        assertTrue(kept > 5_000 && kept < 7_000, "kept " + kept);
    }
}
