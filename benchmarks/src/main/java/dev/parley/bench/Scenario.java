package dev.parley.bench;

/** One benchmark scenario: reads its parameters from the options, drives load, fills the result. */
@FunctionalInterface
public interface Scenario {
    void run(BenchEnv env, Options options, Result result) throws Exception;
}
