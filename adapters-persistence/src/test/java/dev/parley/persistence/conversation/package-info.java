/** Contract, membership and query-plan tests of the conversation adapters on a real PostgreSQL. */
package dev.parley.persistence.conversation;
