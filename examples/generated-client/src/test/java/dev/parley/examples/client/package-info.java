/** Example: the generated Java client of Parley's OpenAPI document, exercised against a real node. */
package dev.parley.examples.client;
