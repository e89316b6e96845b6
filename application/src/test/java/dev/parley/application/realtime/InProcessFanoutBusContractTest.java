package dev.parley.application.realtime;

import dev.parley.application.testing.contracts.FanoutBusContract;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.inmemory.realtime.InProcessFanoutBus;

/** The in-memory adapters' bus against the fan-out contract (RedisFanoutBusIT runs the same across Redis). */
class InProcessFanoutBusContractTest extends FanoutBusContract {
    private final InProcessFanoutBus bus = new InProcessFanoutBus();

    @Override
    protected FanoutBus bus() {
        return bus;
    }
}
