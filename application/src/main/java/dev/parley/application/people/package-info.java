/** People use cases and the reachability policy. */
package dev.parley.application.people;
