package dev.parley.realtime.inprocess;

import dev.parley.application.testing.contracts.FanoutBusContract;
import dev.parley.domain.realtime.out.FanoutBus;

/** The single-node bus against the fan-out contract (RedisFanoutBusIT runs the same across Redis). */
class InProcessFanoutBusContractTest extends FanoutBusContract {
    private final InProcessFanoutBus bus = new InProcessFanoutBus();

    @Override
    protected FanoutBus bus() {
        return bus;
    }
}
