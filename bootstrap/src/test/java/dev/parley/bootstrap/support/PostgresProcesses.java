package dev.parley.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Signals to every process of a PostgreSQL server (its postmaster, read from {@code postmaster.pid}, and
 * all of the postmaster's children), to crash or stall a real server under a test.
 */
public final class PostgresProcesses {
    private PostgresProcesses() {
    }

    /** SIGKILL to every process of the server, as a crash or the OOM killer would; waits until they are gone. */
    public static void kill(Path dataDirectory) {
        List<ProcessHandle> processes = of(dataDirectory);
        signal("KILL", processes);
        processes.forEach(process -> process.onExit().orTimeout(10, TimeUnit.SECONDS).join());
    }

    /**
     * SIGSTOP to every process of the server: connections stay open but nothing answers. The postmaster stops
     * first, so it forks no backend after the children are listed (a backend forked between listing and
     * signalling would have gone on serving its new connection).
     */
    public static void pause(Path dataDirectory) {
        ProcessHandle postmaster = postmaster(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL is running on " + dataDirectory));
        signal("STOP", List.of(postmaster));
        signal("STOP", postmaster.descendants().toList());
    }

    public static void resume(Path dataDirectory) {
        signal("CONT", of(dataDirectory));
    }

    /** The postmaster recorded in the data directory, alive, or empty. */
    public static java.util.Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            Path lockFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(lockFile)) {
                return java.util.Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(lockFile).getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static List<ProcessHandle> of(Path dataDirectory) {
        ProcessHandle postmaster = postmaster(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL is running on " + dataDirectory));
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    private static void signal(String signal, List<ProcessHandle> processes) {
        List<String> command = new ArrayList<>(List.of("kill", "-s", signal));
        processes.forEach(process -> command.add(Long.toString(process.pid())));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            // a backend may exit between listing and signalling (kill then reports it, and signals the others)
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("kill -s " + signal + " did not return");
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
