package dev.parley.application.core;

import java.util.Objects;

/** Builds a {@link ParleyCore}: the ports are required, the settings default to {@link CoreSettings#defaults()}. */
public final class ParleyCoreBuilder {
    private Ports ports;
    private CoreSettings settings = CoreSettings.defaults();
    private SendMode sendMode = SendMode.GROUP_COMMIT;

    ParleyCoreBuilder() {
    }

    public ParleyCoreBuilder ports(Ports ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
        return this;
    }

    public ParleyCoreBuilder settings(CoreSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** {@link SendMode#GROUP_COMMIT} unless told otherwise. */
    public ParleyCoreBuilder sendMode(SendMode sendMode) {
        this.sendMode = Objects.requireNonNull(sendMode, "sendMode");
        return this;
    }

    /** A built core answers its use cases at once; call {@link ParleyCore#start()} for its background work. */
    public ParleyCore build() {
        if (ports == null) {
            throw new IllegalStateException("ports are required: ParleyCore.builder().ports(...)");
        }
        return new ParleyCore(ports, settings, sendMode);
    }
}
