package io.loginwatch.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A generated scenario: every record in time order, the labels, and what an operator would configure.
 *
 * @param signIns canonical sign-in records, sorted by time (including the history of accounts that existed before
 *     the window)
 * @param audits canonical audit records, sorted by time
 * @param attacks the planted attacks
 * @param tags the benign pattern behind each non-attack sign-in (normal, travel, vpn, carrier, new-phone, ...), and
 *     {@code attack} or {@code aftermath} (the victim's own sign-ins in the 24 h after an attack, which may be flagged
 *     because of what the attacker left in the baseline)
 * @param namedNetworks trusted named networks to configure (corporate VPN egress)
 * @param anonymizerNetworks anonymizer ranges to configure (Tor exits, VPN and hosting providers the attackers use)
 * @param breakGlassAccounts emergency accounts to configure
 * @param userDays principal-days in the window: each user and service account, each day it existed
 * @param noise how often each benign pattern occurs (events or occurrences, as named)
 */
public record Scenario(
        ScenarioSettings settings,
        Instant windowStart,
        Instant windowEnd,
        List<SignInRecord> signIns,
        List<AuditRecord> audits,
        List<PlantedAttack> attacks,
        Map<String, String> tags,
        List<DeclaredNetwork> namedNetworks,
        List<DeclaredNetwork> anonymizerNetworks,
        List<String> breakGlassAccounts,
        long userDays,
        int humans,
        int serviceAccounts,
        Map<String, Integer> noise) {

    public String tag(String eventId) {
        return tags.getOrDefault(eventId, "normal");
    }
}
