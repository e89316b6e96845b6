/** Abstract contract tests every implementation of an outgoing port must pass. */
package dev.parley.application.testing.contracts;
