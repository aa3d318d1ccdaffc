package io.loginwatch.baseline;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Baselines and the organization profile at rest, as JSON documents loaded and saved in bulk. */
@Repository
public class BaselineRepository {

    /** Batches from this many baselines are encoded and decoded on several cores. */
    private static final int PARALLEL_FROM = 256;

    private final JdbcClient jdbc;

    BaselineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored baselines of these users; users never seen are absent from the map. */
    public Map<String, Baseline> load(Collection<String> users) {
        List<String[]> rows = jdbc.sql(
                        "select user_name, baseline::text from user_baseline where user_name = any(:users)")
                .param("users", users.toArray(String[]::new))
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        // decoding is CPU work while the database idles: spread it over the cores for large batches
        Map<String, Baseline> baselines = new ConcurrentHashMap<>(rows.size() * 2);
        stream(rows).forEach(row -> baselines.put(row[0], BaselineCodec.fromJson(row[1])));
        return new HashMap<>(baselines);
    }

    private static <T> Stream<T> stream(List<T> items) {
        return items.size() >= PARALLEL_FROM ? items.parallelStream() : items.stream();
    }

    public Optional<String> findJson(String user) {
        return jdbc.sql("select baseline::text from user_baseline where user_name = :user")
                .param("user", user)
                .query(String.class)
                .optional();
    }

    public void saveAll(Collection<Baseline> baselines, Instant now) {
        if (baselines.isEmpty()) {
            return;
        }
        List<Baseline> list = List.copyOf(baselines);
        String[] users = list.stream().map(Baseline::user).toArray(String[]::new);
        String[] documents = stream(list).map(BaselineCodec::toJson).toArray(String[]::new);
        jdbc.sql("insert into user_baseline (user_name, baseline, updated_at)"
                        + " select u, b::jsonb, :now from unnest(:users::text[], :docs::text[]) as t(u, b)"
                        + " on conflict (user_name) do update set baseline = excluded.baseline,"
                        + " updated_at = excluded.updated_at")
                .param("users", users)
                .param("docs", documents)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    public OrgProfile loadOrg() {
        return jdbc.sql("select profile::text from org_profile where id = 1")
                .query(String.class)
                .optional()
                .map(BaselineCodec::orgFromJson)
                .orElseGet(OrgProfile::empty);
    }

    public void saveOrg(OrgProfile profile, Instant now) {
        jdbc.sql(
                        "insert into org_profile (id, profile, updated_at) values (1, :profile::jsonb, :now)"
                                + " on conflict (id) do update set profile = excluded.profile, updated_at = excluded.updated_at")
                .param("profile", BaselineCodec.toJson(profile))
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }
}
