package dev.parley.domain.people;

/** Which side of a contact request the listing user is on. */
public enum ContactRequestDirection { INCOMING, OUTGOING }
