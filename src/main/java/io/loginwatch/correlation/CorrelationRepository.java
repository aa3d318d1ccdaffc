package io.loginwatch.correlation;

import io.loginwatch.events.AuditRowMapper;
import io.loginwatch.events.SignInRowMapper;
import io.loginwatch.events.StoredAuditEvent;
import io.loginwatch.events.StoredSignIn;
import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.Severity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Set-based lookups behind linking (logins around an action, actions around a login, federated chains), the per-user
 * table of categories seen, and in-place updates of the {@code finding} rows correlation escalates.
 */
@Repository
class CorrelationRepository {

    private static final String LOGINS = "select " + SignInRowMapper.COLUMNS + " from sign_in s"
            + " where s.outcome = 'SUCCESS' and s.kind in ('LOGIN', 'SSO', 'ROLE_ASSUMPTION', 'TOKEN')";

    private static final String FINDING = "select f.id, f.sign_in_id, f.status, f.assignee, f.score, f.severity,"
            + " f.explanation, f.signals::text as signals, f.linked_audit::text as linked_audit,"
            + " exists (select 1 from finding_note n where n.finding_id = f.id) as has_notes"
            + " from finding f where f.sign_in_id = :id for update";

    private static final TypeReference<List<Evidence>> EVIDENCE_LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    CorrelationRepository(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Logins in [from, to] sharing a session id / access key with the action, or its user and IP. */
    List<StoredSignIn> loginsAround(Action action, Instant from, Instant to) {
        String[] keys = keys(action.sessionId(), action.accessKeyId());
        return jdbc.sql(LOGINS + " and s.occurred_at between :from and :to and (s.session_id = any(:keys)"
                        + " or (s.user_name = :user and s.ip = cast(:ip as inet)))")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("keys", keys)
                .param("user", action.actor())
                .param("ip", action.ip())
                .query(new SignInRowMapper(false))
                .list();
    }

    /** The user's successful LOGIN / SSO sign-ins in [from, to] from the given sources. */
    List<StoredSignIn> identityProviderLogins(String user, Instant from, Instant to, Set<String> sources) {
        return jdbc.sql(LOGINS + " and s.kind in ('LOGIN', 'SSO') and s.user_name = :user"
                        + " and s.occurred_at between :from and :to and s.source = any(:sources)")
                .param("user", user)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("sources", sources.toArray(String[]::new))
                .query(new SignInRowMapper(false))
                .list();
    }

    /** The user's successful role assumptions of the given event types in [from, to]. */
    List<StoredSignIn> roleAssumptions(String user, Instant from, Instant to, Set<String> eventTypes) {
        return jdbc.sql(LOGINS + " and s.kind = 'ROLE_ASSUMPTION' and s.user_name = :user"
                        + " and s.occurred_at between :from and :to and s.event_type = any(:events)"
                        + " order by s.occurred_at, s.id")
                .param("user", user)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("events", eventTypes.toArray(String[]::new))
                .query(new SignInRowMapper(false))
                .list();
    }

    /** The user's most recent login at or before {@code at}. */
    Optional<StoredSignIn> latestLogin(String user, Instant at) {
        return jdbc.sql(LOGINS + " and s.user_name = :user and s.occurred_at <= :at"
                        + " order by s.occurred_at desc, s.id desc limit 1")
                .param("user", user)
                .param("at", Timestamp.from(at))
                .query(new SignInRowMapper(false))
                .optional();
    }

    Optional<StoredSignIn> signIn(long id, Instant occurredAt) {
        return jdbc.sql("select " + SignInRowMapper.COLUMNS
                        + " from sign_in s where s.id = :id and s.occurred_at = :at")
                .param("id", id)
                .param("at", Timestamp.from(occurredAt))
                .query(new SignInRowMapper(false))
                .optional();
    }

    /** When the user's first stored sign-in happened, or null when there is none. */
    @Nullable
    Instant userKnownSince(String user) {
        Timestamp first = jdbc.sql("select min(occurred_at) from sign_in where user_name = :user")
                .param("user", user)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return first == null ? null : first.toInstant();
    }

    /**
     * Sensitive audit events in [from, to] that share the login's session id / access key or its user and IP, oldest
     * first.
     */
    List<StoredAuditEvent> actionsAround(Login login, Instant from, Instant to, int limit) {
        return jdbc.sql("select " + AuditRowMapper.COLUMNS + " from audit_event a"
                        + " where a.occurred_at between :from and :to"
                        + " and a.sensitive"
                        + " and (a.session_id = any(:keys) or a.access_key_id = any(:keys)"
                        + " or (a.actor_name = :user and a.ip = cast(:ip as inet)))"
                        + " order by a.occurred_at, a.id limit :limit")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("keys", keys(login.sessionId(), null))
                .param("user", login.user())
                .param("ip", login.ip())
                .param("limit", limit)
                .query(new AuditRowMapper())
                .list();
    }

    /** The categories each user has been seen acting in. */
    Map<String, Set<AuditCategory>> categories(Collection<String> users) {
        Map<String, Set<AuditCategory>> seen = new HashMap<>();
        if (users.isEmpty()) {
            return seen;
        }
        jdbc.sql("select user_name, category from user_action_category where user_name = any(:users)")
                .param("users", users.toArray(String[]::new))
                .query((rs, n) -> seen.computeIfAbsent(rs.getString(1), u -> EnumSet.noneOf(AuditCategory.class))
                        .add(AuditCategory.valueOf(rs.getString(2))))
                .list();
        return seen;
    }

    void learnCategory(String user, AuditCategory category, Instant at, long auditId, boolean signalled) {
        jdbc.sql("insert into user_action_category (user_name, category, first_seen_at, first_audit_id, signalled)"
                        + " values (:user, :category, :at, :id, :signalled) on conflict do nothing")
                .param("user", user)
                .param("category", category.name())
                .param("at", Timestamp.from(at))
                .param("id", auditId)
                .param("signalled", signalled)
                .update();
    }

    /** Ids of the audit events that were counted as first-ever actions of their category, among {@code ids}. */
    Set<Long> signalledFirsts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql(
                        "select first_audit_id from user_action_category where signalled and first_audit_id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** The finding of a sign-in, locked for update, if it has one. */
    Optional<FindingRow> findingFor(long signInId) {
        return jdbc.sql(FINDING)
                .param("id", signInId)
                .query((rs, n) -> {
                    JsonNode signals = mapper.readTree(rs.getString("signals"));
                    List<JsonNode> list = new ArrayList<>();
                    signals.forEach(list::add);
                    return new FindingRow(
                            rs.getLong("id"),
                            rs.getLong("sign_in_id"),
                            rs.getString("status"),
                            rs.getString("assignee"),
                            rs.getBoolean("has_notes"),
                            rs.getInt("score"),
                            Severity.valueOf(rs.getString("severity")),
                            rs.getString("explanation"),
                            list,
                            mapper.readValue(rs.getString("linked_audit"), EVIDENCE_LIST));
                })
                .optional();
    }

    void deleteFinding(long id) {
        jdbc.sql("delete from finding where id = :id").param("id", id).update();
    }

    /** Writes the rule's result over the finding: signals, score, severity, explanation, evidence, one history entry. */
    void update(FindingRow finding, Escalation.Result result, Instant now) {
        List<Object> signals = new ArrayList<>(finding.anomalySignals());
        signals.addAll(result.correlationSignals());
        String types = signals.stream()
                .map(signal -> signal instanceof JsonNode node
                        ? node.path("type").asString()
                        : ((io.loginwatch.detection.Signal) signal).type().name())
                .collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("update finding set score = :score, severity = :severity, severity_rank = :rank,"
                        + " signal_types = cast(:types as text[]), signals = cast(:signals as jsonb),"
                        + " explanation = :explanation, linked_audit = cast(:linked as jsonb),"
                        + " history = history || cast(:entry as jsonb), updated_at = :now, version = version + 1"
                        + " where id = :id")
                .param("score", result.score())
                .param("severity", result.severity().name())
                .param("rank", result.severity().ordinal())
                .param("types", types)
                .param("signals", mapper.writeValueAsString(signals))
                .param("explanation", result.explanation())
                .param("linked", mapper.writeValueAsString(result.evidence()))
                .param(
                        "entry",
                        mapper.writeValueAsString(result.history() == null ? List.of() : List.of(result.history())))
                .param("now", Timestamp.from(now))
                .param("id", finding.id())
                .update();
    }

    private static String[] keys(@Nullable String a, @Nullable String b) {
        Set<String> keys = new LinkedHashSet<>();
        if (a != null && !a.isBlank()) {
            keys.add(a);
        }
        if (b != null && !b.isBlank()) {
            keys.add(b);
        }
        return keys.toArray(String[]::new);
    }

    /**
     * A finding row as correlation needs it.
     *
     * @param signals its signals as stored (JSON objects with at least {@code type} and {@code summary})
     * @param evidence its linked events
     */
    record FindingRow(
            long id,
            long signInId,
            String status,
            @Nullable String assignee,
            boolean hasNotes,
            int score,
            Severity severity,
            String explanation,
            List<JsonNode> signals,
            List<Evidence> evidence) {

        List<JsonNode> anomalySignals() {
            return signals.stream().filter(s -> !isCorrelationSignal(s)).toList();
        }

        /** Whether the login has anomaly signals of its own (not only correlation ones). */
        boolean anomalous() {
            return !anomalySignals().isEmpty();
        }

        /** A finding nobody has worked on yet may be folded into another one. */
        boolean foldable() {
            return "OPEN".equals(status) && assignee == null && !hasNotes;
        }

        List<String> signalTypes() {
            return signals.stream().map(s -> s.path("type").asString()).toList();
        }

        Escalation.State state() {
            return new Escalation.State(
                    score,
                    severity,
                    anomalous(),
                    Set.copyOf(signalTypes()),
                    explanation,
                    signals.stream()
                            .filter(FindingRow::isCorrelationSignal)
                            .map(s -> s.path("summary").asString())
                            .toList(),
                    evidence);
        }

        private static boolean isCorrelationSignal(JsonNode signal) {
            String type = signal.path("type").asString();
            return Escalation.CORRELATION_SIGNALS.stream()
                    .anyMatch(t -> t.name().equals(type));
        }
    }
}
