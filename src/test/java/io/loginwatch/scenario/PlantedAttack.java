package io.loginwatch.scenario;

import io.loginwatch.detection.SignalType;
import java.util.List;
import java.util.Set;

/**
 * A labelled attack: the attack sign-in's event id, the kind of attack (named after the signal that should reveal it),
 * every signal its construction must raise, and the other records that belong to it (the attacker's failures, the MFA
 * prompts, a follow-up sign-in, follow-on audit actions).
 *
 * @param eventId the sign-in the attack is judged on
 * @param kind the attack type
 * @param expected signals the attack sign-in must raise (always includes {@code kind})
 * @param relatedEventIds other records of the attack (sign-ins and audit events); a finding on any of them is a true
 *     positive
 * @param description what happened, for humans
 */
public record PlantedAttack(
        String eventId,
        SignalType kind,
        String user,
        Set<SignalType> expected,
        List<String> relatedEventIds,
        String description) {}
