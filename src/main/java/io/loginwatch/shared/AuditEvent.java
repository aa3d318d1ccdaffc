package io.loginwatch.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One control-plane (management) or data-access action in canonical form.
 *
 * @param actor who did it
 * @param sessionId the session the action ran in (Okta rootSessionId, Entra sessionId, STS session)
 * @param accessKeyId the AWS access key (ASIA... for sessions) or equivalent token id
 * @param service the service that logged it ({@code iam.amazonaws.com}, {@code Core Directory} ...)
 * @param action the vendor's action name ({@code CreateAccessKey}, {@code Add member to role} ...)
 * @param targets the resources acted on, as the vendor names them
 * @param category what the action means; set by enrichment from the category table
 * @param sensitive whether the action belongs to an attacker's chain (set with the category)
 */
public record AuditEvent(
        String source,
        String sourceEventId,
        Instant occurredAt,
        Principal actor,
        @Nullable String tenant,
        @Nullable String ip,
        @Nullable String userAgent,
        @Nullable String sessionId,
        @Nullable String accessKeyId,
        @Nullable String service,
        String action,
        List<String> targets,
        Outcome outcome,
        @Nullable String failureReason,
        @Nullable Boolean mfa,
        AuditCategory category,
        boolean sensitive,
        Geo geo,
        Network network,
        String raw) {

    public AuditEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        targets = List.copyOf(targets);
        category = category == null ? AuditCategory.OTHER : category;
        geo = geo == null ? Geo.UNKNOWN : geo;
        network = network == null ? Network.UNKNOWN : network;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .source(source)
                .sourceEventId(sourceEventId)
                .occurredAt(occurredAt)
                .actor(actor)
                .tenant(tenant)
                .ip(ip)
                .userAgent(userAgent)
                .sessionId(sessionId)
                .accessKeyId(accessKeyId)
                .service(service)
                .action(action)
                .targets(targets)
                .outcome(outcome)
                .failureReason(failureReason)
                .mfa(mfa)
                .category(category, sensitive)
                .geo(geo)
                .network(network)
                .raw(raw);
    }

    public AuditEvent withCategory(AuditCategory category, boolean sensitive) {
        return toBuilder().category(category, sensitive).build();
    }

    public AuditEvent withGeo(Geo geo) {
        return toBuilder().geo(geo).build();
    }

    public AuditEvent withNetwork(Network network) {
        return toBuilder().network(network).build();
    }

    /** Fluent builder; parsers fill what their vendor sends. */
    public static final class Builder {
        private @Nullable String source;
        private @Nullable String sourceEventId;
        private @Nullable Instant occurredAt;
        private @Nullable Principal actor;
        private @Nullable String tenant;
        private @Nullable String ip;
        private @Nullable String userAgent;
        private @Nullable String sessionId;
        private @Nullable String accessKeyId;
        private @Nullable String service;
        private @Nullable String action;
        private List<String> targets = List.of();
        private Outcome outcome = Outcome.SUCCESS;
        private @Nullable String failureReason;
        private @Nullable Boolean mfa;
        private AuditCategory category = AuditCategory.OTHER;
        private boolean sensitive;
        private Geo geo = Geo.UNKNOWN;
        private Network network = Network.UNKNOWN;
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

        public Builder actor(Principal actor) {
            this.actor = actor;
            return this;
        }

        public Builder tenant(@Nullable String tenant) {
            this.tenant = tenant;
            return this;
        }

        public Builder ip(@Nullable String ip) {
            this.ip = ip;
            return this;
        }

        public Builder userAgent(@Nullable String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder sessionId(@Nullable String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder accessKeyId(@Nullable String accessKeyId) {
            this.accessKeyId = accessKeyId;
            return this;
        }

        public Builder service(@Nullable String service) {
            this.service = service;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder targets(List<String> targets) {
            this.targets = targets;
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

        public Builder category(AuditCategory category, boolean sensitive) {
            this.category = category;
            this.sensitive = sensitive;
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

        public Builder raw(String raw) {
            this.raw = raw;
            return this;
        }

        @SuppressWarnings("NullAway")
        public AuditEvent build() {
            return new AuditEvent(
                    source,
                    sourceEventId,
                    occurredAt,
                    actor,
                    tenant,
                    ip,
                    userAgent,
                    sessionId,
                    accessKeyId,
                    service,
                    action,
                    targets,
                    outcome,
                    failureReason,
                    mfa,
                    category,
                    sensitive,
                    geo,
                    network,
                    raw);
        }
    }
}
