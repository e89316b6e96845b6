package dev.parley.application.file;

import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileRepository.Due;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * The sweeper of file timers (rows, claimed with {@code SKIP LOCKED}, so it runs once across nodes and survives
 * restarts): unfinished uploads and files never attached after the orphan time lose their bytes, then their
 * row; deleted files lose the bytes a failed removal left; used files just lose their timer. Bytes go before
 * the row, inside the claiming transaction, so a crash never leaves bytes without a row to find them by.
 */
public final class FileSweeper {
    private final FileRepository files;
    private final FileBytes bytes;
    private final Transactions transactions;
    private final Clock clock;

    public FileSweeper(FileRepository files, FileBytes bytes, Transactions transactions, Clock clock) {
        this.files = files;
        this.bytes = bytes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Handles up to {@code limit} due files; answers how many were due. */
    public int sweepDue(int limit) {
        return transactions.inTransaction(() -> {
            List<Due> due = files.claimDue(clock.instant(), limit);
            for (Due file : due) {
                switch (file.state()) {
                    case PENDING, UNUSED -> {
                        bytes.remove(file.id());
                        files.forget(file.id());
                    }
                    case DELETED -> {
                        bytes.remove(file.id());
                        files.clearSweep(file.id());
                    }
                    case USED -> files.clearSweep(file.id());
                }
            }
            return due.size();
        });
    }

    /** Sweeps until nothing is due. */
    public void sweepAll() {
        while (sweepDue(100) == 100) {
            // keep going while full batches come back
        }
    }
}
