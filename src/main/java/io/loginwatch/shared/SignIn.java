package io.loginwatch.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One authentication record in Loginwatch's canonical form, whatever the vendor.
 *
 * @param source source path it arrived on ({@code okta}, {@code entra}, {@code canonical} ...)
 * @param sourceEventId the vendor's own event id; with {@code source} the idempotency key
 * @param occurredAt when it happened, UTC
 * @param eventType the vendor's event type as sent ({@code user.session.start}, {@code ConsoleLogin} ...)
 * @param mfa {@code true}/{@code false} when the record says so, {@code null} when it says nothing
 * @param protocol authentication protocol or client app when the source names it (e.g. Entra clientAppUsed)
 * @param ip client IP literal, or null when the source gave none or a non-IP value
 * @param raw the original vendor record, as JSON text
 */
public record SignIn(
        String source,
        String sourceEventId,
        Instant occurredAt,
        Principal user,
        @Nullable String tenant,
        SignInKind kind,
        @Nullable String eventType,
        Outcome outcome,
        @Nullable String failureReason,
        @Nullable Boolean mfa,
        List<String> authMethods,
        @Nullable String protocol,
        @Nullable String ip,
        Device device,
        Geo geo,
        Network network,
        @Nullable String application,
        AccessPath accessPath,
        @Nullable String sessionId,
        @Nullable Boolean interactive,
        String raw) {

    public SignIn {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        authMethods = List.copyOf(authMethods);
        device = device == null ? Device.UNKNOWN : device;
        geo = geo == null ? Geo.UNKNOWN : geo;
        network = network == null ? Network.UNKNOWN : network;
        accessPath = accessPath == null ? AccessPath.UNKNOWN : accessPath;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .source(source)
                .sourceEventId(sourceEventId)
                .occurredAt(occurredAt)
                .user(user)
                .tenant(tenant)
                .kind(kind)
                .eventType(eventType)
                .outcome(outcome)
                .failureReason(failureReason)
                .mfa(mfa)
                .authMethods(authMethods)
                .protocol(protocol)
                .ip(ip)
                .device(device)
                .geo(geo)
                .network(network)
                .application(application)
                .accessPath(accessPath)
                .sessionId(sessionId)
                .interactive(interactive)
                .raw(raw);
    }

    public SignIn withGeo(Geo geo) {
        return toBuilder().geo(geo).build();
    }

    public SignIn withNetwork(Network network) {
        return toBuilder().network(network).build();
    }

    public SignIn withDevice(Device device) {
        return toBuilder().device(device).build();
    }

    public SignIn withAccessPath(AccessPath accessPath) {
        return toBuilder().accessPath(accessPath).build();
    }

    public boolean isSuccess() {
        return outcome == Outcome.SUCCESS;
    }

    /** Fluent builder; parsers fill what their vendor sends and leave the rest at its default. */
    public static final class Builder {
        private @Nullable String source;
        private @Nullable String sourceEventId;
        private @Nullable Instant occurredAt;
        private @Nullable Principal user;
        private @Nullable String tenant;
        private SignInKind kind = SignInKind.LOGIN;
        private @Nullable String eventType;
        private @Nullable Outcome outcome;
        private @Nullable String failureReason;
        private @Nullable Boolean mfa;
        private List<String> authMethods = List.of();
        private @Nullable String protocol;
        private @Nullable String ip;
        private Device device = Device.UNKNOWN;
        private Geo geo = Geo.UNKNOWN;
        private Network network = Network.UNKNOWN;
        private @Nullable String application;
        private AccessPath accessPath = AccessPath.UNKNOWN;
        private @Nullable String sessionId;
        private @Nullable Boolean interactive;
        private String raw = "{}";

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder sourceEventId(String sourceEventId) {
            this.sourceEventId = sourceEventId;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder user(Principal user) {
            this.user = user;
            return this;
        }

        public Builder tenant(@Nullable String tenant) {
            this.tenant = tenant;
            return this;
        }

        public Builder kind(SignInKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder eventType(@Nullable String eventType) {
            this.eventType = eventType;
            return this;
        }

        public Builder outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder failureReason(@Nullable String failureReason) {
            this.failureReason = failureReason;
            return this;
        }

        public Builder mfa(@Nullable Boolean mfa) {
            this.mfa = mfa;
            return this;
        }

        public Builder authMethods(List<String> authMethods) {
            this.authMethods = authMethods;
            return this;
        }

        public Builder protocol(@Nullable String protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder ip(@Nullable String ip) {
            this.ip = ip;
            return this;
        }

        public Builder device(Device device) {
            this.device = device;
            return this;
        }

        public Builder geo(Geo geo) {
            this.geo = geo;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder application(@Nullable String application) {
            this.application = application;
            return this;
        }

        public Builder accessPath(AccessPath accessPath) {
            this.accessPath = accessPath;
            return this;
        }

        public Builder sessionId(@Nullable String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder interactive(@Nullable Boolean interactive) {
            this.interactive = interactive;
            return this;
        }

        public Builder raw(String raw) {
            this.raw = raw;
            return this;
        }

        @SuppressWarnings("NullAway")
        public SignIn build() {
            return new SignIn(
                    source,
                    sourceEventId,
                    occurredAt,
                    user,
                    tenant,
                    kind,
                    eventType,
                    outcome,
                    failureReason,
                    mfa,
                    authMethods,
                    protocol,
                    ip,
                    device,
                    geo,
                    network,
                    application,
                    accessPath,
                    sessionId,
                    interactive,
                    raw);
        }
    }
}
