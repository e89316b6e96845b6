/** Mail delivery from the outbox. */
package dev.parley.application.mail;
