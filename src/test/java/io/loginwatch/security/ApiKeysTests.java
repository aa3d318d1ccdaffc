package io.loginwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeysTests {

    @Test
    void parsesCommaSeparatedRoleKeyPairs() {
        ApiKeys keys = ApiKeys.parse("ingest:ingest-key-1,analyst:analyst-key-1, admin:admin-key-1");

        assertThat(keys.roleOf("ingest-key-1")).contains(Role.INGEST);
        assertThat(keys.roleOf("analyst-key-1")).contains(Role.ANALYST);
        assertThat(keys.roleOf("admin-key-1")).contains(Role.ADMIN);
        assertThat(keys.roleOf("unknown-key")).isEmpty();
        assertThat(keys.generated()).isFalse();
    }

    @Test
    void acceptsTheGeneratedKeysLineAsLogged() {
        ApiKeys generated = ApiKeys.parse("");
        String logged = String.join(",", generated.describe());

        ApiKeys reparsed = ApiKeys.parse(logged);

        assertThat(reparsed.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(ApiKeys.parse(logged.replace(",", "  ")).roles()).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void rejectsMalformedEntriesWithAPreciseMessage() {
        assertThatThrownBy(() -> ApiKeys.parse("ingest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role:key");
        assertThatThrownBy(() -> ApiKeys.parse("auditor:long-enough-key"))
                .hasMessageContaining("Unknown role 'auditor'");
        assertThatThrownBy(() -> ApiKeys.parse("admin:short")).hasMessageContaining("shorter than 8");
    }
}
