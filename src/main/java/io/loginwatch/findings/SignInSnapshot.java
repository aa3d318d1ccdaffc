package io.loginwatch.findings;

import io.loginwatch.shared.SignIn;
import java.util.LinkedHashMap;
import java.util.Map;

/** The canonical and enriched facts of the sign-in a finding is about, frozen into the finding. */
final class SignInSnapshot {

    private SignInSnapshot() {}

    static Map<String, Object> of(long id, SignIn s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("source", s.source());
        map.put("sourceEventId", s.sourceEventId());
        map.put("occurredAt", s.occurredAt().toString());
        map.put("user", s.user().name());
        map.put("displayName", s.user().displayName());
        map.put("principalType", s.user().type().name());
        map.put("kind", s.kind().name());
        map.put("eventType", s.eventType());
        map.put("outcome", s.outcome().name());
        map.put("mfa", s.mfa());
        map.put("ip", s.ip());
        map.put("country", s.geo().country());
        map.put("region", s.geo().region());
        map.put("city", s.geo().city());
        map.put("latitude", s.geo().latitude());
        map.put("longitude", s.geo().longitude());
        map.put("geoSource", s.geo().source().name());
        map.put("networkName", s.geo().networkName());
        map.put("trustedNetwork", s.geo().trusted());
        map.put("asn", s.network().asn());
        map.put("asOrg", s.network().asOrg());
        map.put("tor", s.network().tor());
        map.put("vpn", s.network().vpn());
        map.put("hosting", s.network().hosting());
        map.put("proxy", s.network().proxy());
        map.put("userAgent", s.device().userAgent());
        map.put("deviceId", s.device().deviceId());
        map.put("os", s.device().os());
        map.put("browser", s.device().browser());
        map.put("deviceType", s.device().deviceType());
        map.put("application", s.application());
        map.put("accessPath", s.accessPath().name());
        map.put("sessionId", s.sessionId());
        return map;
    }
}
