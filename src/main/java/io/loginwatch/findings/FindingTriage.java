package io.loginwatch.findings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Analyst triage: status, assignee and notes, each change recorded in the finding's history. */
@Service
class FindingTriage {

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;

    FindingTriage(JdbcClient jdbc, ObjectMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    void triage(long id, TriageRequest request, String by) {
        boolean exists = jdbc.sql("select 1 from finding where id = :id for update")
                        .param("id", id)
                        .query()
                        .listOfRows()
                        .size()
                == 1;
        if (!exists) {
            throw new FindingNotFoundException(id);
        }
        var now = clock.instant();
        List<String> changes = new ArrayList<>();
        if (request.status() != null) {
            jdbc.sql("update finding set status = :status where id = :id")
                    .param("status", request.status().name())
                    .param("id", id)
                    .update();
            changes.add("status=" + request.status());
        }
        if (request.assignee() != null) {
            String assignee =
                    request.assignee().isBlank() ? null : request.assignee().trim();
            jdbc.sql("update finding set assignee = :assignee where id = :id")
                    .param("assignee", assignee)
                    .param("id", id)
                    .update();
            changes.add("assignee=" + (assignee == null ? "none" : assignee));
        }
        if (request.note() != null && !request.note().isBlank()) {
            jdbc.sql("insert into finding_note (finding_id, author, body, created_at) values (:id, :by, :body, :at)")
                    .param("id", id)
                    .param("by", by)
                    .param("body", request.note())
                    .param("at", Timestamp.from(now))
                    .update();
            changes.add("note added");
        }
        if (changes.isEmpty()) {
            throw new InvalidRequestException("body", "Nothing to change: send status, assignee or note");
        }
        Map<String, Object> entry = FindingHistory.triaged(now, by, String.join(", ", changes));
        jdbc.sql("update finding set history = history || :entry::jsonb, updated_at = :at,"
                        + " version = version + 1 where id = :id")
                .param("entry", mapper.writeValueAsString(List.of(entry)))
                .param("at", Timestamp.from(now))
                .param("id", id)
                .update();
    }
}
