/** Persistence adapter: real-time state that must survive restarts (last seen). */
package dev.parley.persistence.realtime;
