/** People: profiles, contacts, blocks and the reachability policy. */
package dev.parley.domain.people;
