/** Single-node, in-process implementations of the realtime ports (the default, no Redis). */
package dev.parley.realtime.inprocess;
