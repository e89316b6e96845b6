package dev.parley.examples.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

/** What a program printed on standard output, line by line: what a person running the example sees. */
final class PrintedLines {
    private PrintedLines() {
    }

    static List<String> of(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return printed.toString(UTF_8).lines().toList();
    }
}
