package io.straceflow.kafka;

import static io.straceflow.kafka.BrokerGuard.Admission.PROBE;
import static io.straceflow.kafka.BrokerGuard.Admission.SHED;
import static io.straceflow.kafka.BrokerGuard.Admission.SHIP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipper's circuit breaker over the broker, on explicit timestamps (ns). */
class BrokerGuardTest {
    private static final long TIMEOUT = 30_000;

    @Test
    void shipsUntilADeliveryTimesOut() {
        BrokerGuard g = new BrokerGuard(TIMEOUT);
        assertThat(g.admit(0)).isEqualTo(SHIP);
        g.done(SHIP, false, 10);
        assertThat(g.admit(20)).isEqualTo(SHIP);
        assertThat(g.shedding()).isFalse();
    }

    @Test
    void aTimeoutShedsForOneTimeoutThenOneProbeGoesAndTheRestWaitsForIt() {
        BrokerGuard g = new BrokerGuard(TIMEOUT);
        g.done(SHIP, true, 1_000);
        assertThat(g.shedding()).isTrue();
        assertThat(g.admit(1_001)).isEqualTo(SHED);
        assertThat(g.admit(1_000 + TIMEOUT - 1)).isEqualTo(SHED);
        assertThat(g.admit(1_000 + TIMEOUT)).isEqualTo(PROBE);
        assertThat(g.admit(1_000 + TIMEOUT + 1)).isEqualTo(SHED); // while the probe is out
        assertThat(g.admit(1_000 + 5 * TIMEOUT)).isEqualTo(SHED);
    }

    @Test
    void aDeliveredProbeShipsAgain() {
        BrokerGuard g = new BrokerGuard(TIMEOUT);
        g.done(SHIP, true, 0);
        assertThat(g.admit(TIMEOUT)).isEqualTo(PROBE);
        g.done(PROBE, false, TIMEOUT + 5);
        assertThat(g.shedding()).isFalse();
        assertThat(g.admit(TIMEOUT + 6)).isEqualTo(SHIP);
    }

    @Test
    void aTimedOutProbeShedsForAnotherTimeout() {
        BrokerGuard g = new BrokerGuard(TIMEOUT);
        g.done(SHIP, true, 0);
        assertThat(g.admit(TIMEOUT)).isEqualTo(PROBE);
        g.done(PROBE, true, 2 * TIMEOUT);
        assertThat(g.admit(3 * TIMEOUT - 1)).isEqualTo(SHED);
        assertThat(g.admit(3 * TIMEOUT)).isEqualTo(PROBE);
    }

    @Test
    void aLateTimeoutOfABatchShippedBeforeExtendsTheShedding() {
        BrokerGuard g = new BrokerGuard(TIMEOUT);
        g.done(SHIP, true, 0);
        g.done(SHIP, true, 100); // shipped before the breaker opened, timed out a little later
        assertThat(g.admit(TIMEOUT)).isEqualTo(SHED);
        assertThat(g.admit(TIMEOUT + 100)).isEqualTo(PROBE);
    }

    @Test
    void aDeliveredBatchShippedBeforeTheBreakerOpenedDoesNotCloseIt() {
        BrokerGuard g = new BrokerGuard(TIMEOUT);
        g.done(SHIP, true, 0);
        g.done(SHIP, false, 10); // an older batch that got through just before the broker went
        assertThat(g.shedding()).isTrue();
        assertThat(g.admit(20)).isEqualTo(SHED);
    }
}
