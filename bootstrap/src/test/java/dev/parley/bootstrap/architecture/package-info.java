/** A small ArchUnit language for Parley's hexagon (after buckpal's {@code HexagonalArchitecture}) and its self-test. */
package dev.parley.bootstrap.architecture;
