package io.straceflow.testing;

import org.junit.jupiter.api.Test;

/** Every class of tests of this module is one that Surefire runs ({@link SurefireRuns}). */
class EveryTestClassRunsTest {
    @Test
    void everyClassWithTestsIsOneSurefireRuns() throws Exception {
        SurefireRuns.assertEveryTestClassRuns(EveryTestClassRunsTest.class, 5);
    }
}
