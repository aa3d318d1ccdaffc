package io.loginwatch.findings;

import io.loginwatch.detection.Signal;
import io.loginwatch.shared.SignIn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * An analyst's decision that some signals are expected: e.g. this user from this network, or this signal for this
 * service account. Every criterion that is set must match; a rule with none set is refused.
 */
@Entity
@Table(name = "suppression_rule")
class SuppressionRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_name")
    private @Nullable String user;

    @Column(name = "signal_type")
    private @Nullable String signalType;

    @Column(name = "network_cidr")
    private @Nullable String network;

    private @Nullable String source;

    private String reason = "";

    private String createdBy = "";

    private Instant createdAt = Instant.EPOCH;

    private @Nullable Instant expiresAt;

    protected SuppressionRule() {}

    SuppressionRule(
            @Nullable String user,
            @Nullable String signalType,
            @Nullable String network,
            @Nullable String source,
            String reason,
            String createdBy,
            Instant createdAt,
            @Nullable Instant expiresAt) {
        if (user == null && signalType == null && network == null && source == null) {
            throw new InvalidRequestException(
                    "body", "A suppression needs at least one of user, signal, network, source");
        }
        if (network != null) {
            try {
                new IpAddressMatcher(network);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("network", "network '" + network + "' is not a CIDR block");
            }
        }
        this.user = user;
        this.signalType = signalType;
        this.network = network;
        this.source = source;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether this rule silences the signal on this sign-in at this moment. */
    boolean suppresses(SignIn signIn, Signal signal, Instant now) {
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return false;
        }
        if (user != null && !user.equals(signIn.user().name())) {
            return false;
        }
        if (signalType != null && !signalType.equals(signal.type().name())) {
            return false;
        }
        if (source != null && !source.equals(signIn.source())) {
            return false;
        }
        return network == null || (signIn.ip() != null && new IpAddressMatcher(network).matches(signIn.ip()));
    }

    @Nullable
    Long id() {
        return id;
    }

    SuppressionResponse toResponse() {
        return new SuppressionResponse(id, user, signalType, network, source, reason, createdBy, createdAt, expiresAt);
    }
}
