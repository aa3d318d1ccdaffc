package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NEW_ASN: a successful sign-in from an autonomous system (ISP / network) the user's baseline does not hold; never from
 * a trusted named network, never against an empty baseline. Scores {@code weights.newAsn}, multiplied by {@code
 * orgCommonFactor} when at least {@code orgCommonMinUsers} users of the organization have that ASN.
 */
final class NewAsnDetector implements Detector {

    private final int weight;
    private final int orgCommonMinUsers;
    private final double orgCommonFactor;

    NewAsnDetector(DetectionProperties properties) {
        this.weight = properties.weights().newAsn();
        this.orgCommonMinUsers = properties.orgCommonMinUsers();
        this.orgCommonFactor = properties.orgCommonFactor();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        Long asn = o.signIn().network().asn();
        if (!o.novelty() || asn == null || o.signIn().geo().trusted()) {
            return;
        }
        if (o.baseline().asnCount() == 0 || o.baseline().knowsAsn(asn)) {
            return;
        }
        var known = o.baseline().asns();
        int orgUsers = o.org().usersWithAsn(asn);
        boolean common = orgUsers >= orgCommonMinUsers;
        String org = o.signIn().network().asOrg();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("seen", "AS" + asn);
        if (org != null) {
            evidence.put("asOrg", org);
        }
        evidence.put(
                "known", NoveltyDetectors.top(known).stream().map(a -> "AS" + a).toList());
        evidence.put("orgUsers", orgUsers);
        evidence.put("commonInOrganization", common);
        String summary = "First sign-in through network AS" + asn + (org == null ? "" : " (" + org + ")") + " for "
                + o.user() + (common ? ", a network " + orgUsers + " users of the organization use." : ".");
        sink.add(SignalType.NEW_ASN, common ? (int) Math.round(weight * orgCommonFactor) : weight, summary, evidence);
    }
}
