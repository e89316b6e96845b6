package dev.parley.realtime.inprocess;

import dev.parley.application.testing.contracts.TicketStoreContract;
import dev.parley.domain.realtime.out.TicketStore;

/** The single-node ticket store (the Redis store's fallback) against the ticket-store contract. */
class InMemoryTicketStoreContractTest extends TicketStoreContract {
    private final InMemoryTicketStore tickets = new InMemoryTicketStore();

    @Override
    protected TicketStore tickets() {
        return tickets;
    }
}
