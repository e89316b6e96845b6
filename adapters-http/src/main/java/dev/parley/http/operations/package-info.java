/** Operational endpoints: health, readiness, metrics and API documentation. */
package dev.parley.http.operations;
