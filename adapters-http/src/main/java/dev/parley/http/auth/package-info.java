/** Access-token signing and verification (JWT). */
package dev.parley.http.auth;
