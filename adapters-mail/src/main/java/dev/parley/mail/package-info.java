/** Mail adapter: SMTP transport (Jakarta Mail) and the development log transport. */
package dev.parley.mail;
