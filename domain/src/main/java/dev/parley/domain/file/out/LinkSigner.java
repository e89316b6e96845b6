package dev.parley.domain.file.out;

/** Outgoing port: a keyed signature (URL-safe text) of a link's payload, the same on every node. */
@FunctionalInterface
public interface LinkSigner {
    String sign(String payload);
}
