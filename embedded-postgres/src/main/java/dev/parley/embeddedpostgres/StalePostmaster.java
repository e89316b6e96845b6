package dev.parley.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The postmaster of an embedded data directory that outlived its node: the embedded server runs detached, so a
 * {@code kill -9} of the node leaves it running and holding {@code postmaster.pid}, and the next start would
 * wait for a lock it never gets. Only a live PostgreSQL process whose lock file names this very data
 * directory is stopped (fast shutdown: open transactions roll back, committed ones are on disk).
 */
final class StalePostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        find(dataDirectory).ifPresent(postmaster -> {
            LOG.warn("an embedded PostgreSQL (pid {}) from an earlier run still holds {}: stopping it",
                    postmaster.pid(), dataDirectory);
            signal(postmaster.pid(), "INT");
            if (!exited(postmaster)) {
                LOG.warn("the stale PostgreSQL (pid {}) ignored a fast shutdown: ending it", postmaster.pid());
                postmaster.destroyForcibly();
                exited(postmaster);
            }
        });
    }

    /** The live postmaster recorded in {@code dataDirectory/postmaster.pid}, when it is ours. */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            if (!Files.isRegularFile(lockFile)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(lockFile);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !sameDirectory(Path.of(lines.get(1).trim()), dataDirectory)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true); // unknown command (another user's process would not be ours to read): trust the lock file
    }

    private static boolean sameDirectory(Path recorded, Path ours) {
        try {
            return Files.isSameFile(recorded, ours);
        } catch (IOException missing) {
            return false;
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException failure) {
            LOG.warn("cannot signal pid {}: {}", pid, failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            return false;
        } catch (java.util.concurrent.ExecutionException impossible) {
            return !process.isAlive();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
