package dev.parley.inmemory.shared;

import dev.parley.domain.shared.Transactions;
import java.util.function.Supplier;

/**
 * In-memory adapter: runs each unit of work directly on the caller's thread, one at a time (as row locks would
 * serialise the conflicting ones). The in-memory stores have nothing to roll back: a unit that fails halfway keeps
 * what it wrote. Counts the transactions it ran, which tests read.
 */
public final class DirectTransactions implements Transactions {
    private int count;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    /** How many units of work ran. */
    public synchronized int count() {
        return count;
    }
}
