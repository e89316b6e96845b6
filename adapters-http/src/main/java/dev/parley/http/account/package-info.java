/** HTTP endpoints of accounts and the user views shared by other features. */
package dev.parley.http.account;
