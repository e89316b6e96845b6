package dev.parley.application.realtime;

import dev.parley.application.testing.contracts.TicketStoreContract;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.inmemory.realtime.InMemoryTicketStore;

/** The in-memory ticket store against the contract RedisTicketStoreIT runs on Redis. */
class InMemoryTicketStoreContractTest extends TicketStoreContract {
    private final InMemoryTicketStore tickets = new InMemoryTicketStore();

    @Override
    protected TicketStore tickets() {
        return tickets;
    }
}
