package dev.parley.application.testing;

import dev.parley.domain.shared.Transactions;
import java.util.function.Supplier;

/** Runs work directly; in-memory fakes have nothing to roll back. Counts transactions for assertions. */
public final class DirectTransactions implements Transactions {
    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public int count() {
        return count;
    }
}
