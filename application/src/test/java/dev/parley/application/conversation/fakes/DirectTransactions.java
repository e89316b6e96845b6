package dev.parley.application.conversation.fakes;

import dev.parley.domain.shared.Transactions;
import java.util.function.Supplier;

/** Fake: runs the work under one lock (the fakes have nothing to roll back, their writes come after every check). */
public final class DirectTransactions implements Transactions {
    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
