/** Account use cases: registration, sign-in, sessions, e-mail verification and passwords. */
package dev.parley.application.account;
