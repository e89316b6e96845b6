package dev.parley.application.testing;

import dev.parley.domain.shared.Transactions;
import java.util.function.Supplier;

/** Runs work directly, one at a time (like row locks would); in-memory fakes have nothing to roll back. Counts transactions. */
public final class DirectTransactions implements Transactions {
    private int count;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public synchronized int count() {
        return count;
    }
}
