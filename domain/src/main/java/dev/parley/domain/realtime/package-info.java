/** Real-time delivery model: who an event is for (audience), what travels on the fan-out bus, presence. */
package dev.parley.domain.realtime;
