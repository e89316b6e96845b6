package dev.parley.domain.shared;

import java.util.function.Supplier;

/** Outgoing port: runs one use case's writes atomically. Nested calls join the outer transaction. */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
