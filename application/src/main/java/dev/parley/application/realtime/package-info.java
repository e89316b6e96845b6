/** Real-time use cases: socket tickets and cluster-wide presence. */
package dev.parley.application.realtime;
