/** Security adapter: password hashing. */
package dev.parley.security;
