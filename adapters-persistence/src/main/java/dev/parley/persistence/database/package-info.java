/** Database plumbing: connection targets, pool, migrations, transactions and SQL-state translation. */
package dev.parley.persistence.database;
