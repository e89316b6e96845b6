/** End-to-end tests of features working together: events to devices, presence in contacts, call notices, reachability. */
package dev.parley.bootstrap.integration;
