/** Real-time use cases: socket tickets, cluster-wide presence, and delivery (who hears each committed event). */
package dev.parley.application.realtime;
