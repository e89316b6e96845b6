/** Single-node, in-process implementations of the realtime ports. */
package dev.parley.realtime.inprocess;
