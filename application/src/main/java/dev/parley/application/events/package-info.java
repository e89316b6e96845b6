/** Publishing domain events to delivery and to in-process listeners. */
package dev.parley.application.events;
