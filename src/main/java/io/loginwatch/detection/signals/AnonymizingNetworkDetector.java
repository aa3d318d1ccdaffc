package io.loginwatch.detection.signals;

import io.loginwatch.detection.DetectionProperties;
import io.loginwatch.detection.SignalType;
import io.loginwatch.shared.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ANONYMIZING_NETWORK: a successful sign-in through Tor ({@code weights.torNetwork}) or a VPN, hosting or proxy network
 * ({@code weights.anonymizingNetwork}; halved when that network is already in the user's baseline, a personal VPN
 * habit). Never for trusted named networks (corporate VPN egress often sits in a hosting range).
 */
final class AnonymizingNetworkDetector implements Detector {

    private final int weight;
    private final int torWeight;

    AnonymizingNetworkDetector(DetectionProperties properties) {
        this.weight = properties.weights().anonymizingNetwork();
        this.torWeight = properties.weights().torNetwork();
    }

    @Override
    public void detect(Observation o, SignalSink sink) {
        Network network = o.signIn().network();
        if (!o.sessionSuccess() || !network.isAnonymizing() || o.signIn().geo().trusted()) {
            return;
        }
        List<String> kinds = new ArrayList<>(2);
        if (network.tor()) {
            kinds.add("tor");
        }
        if (network.vpn()) {
            kinds.add("vpn");
        }
        if (network.proxy()) {
            kinds.add("proxy");
        }
        if (network.hosting()) {
            kinds.add("hosting");
        }
        boolean habitual =
                !network.tor() && network.asn() != null && o.baseline().knowsAsn(network.asn());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("kinds", kinds);
        if (o.signIn().ip() != null) {
            evidence.put("ip", o.signIn().ip());
        }
        if (network.asn() != null) {
            evidence.put("asn", "AS" + network.asn());
        }
        if (network.asOrg() != null) {
            evidence.put("asOrg", network.asOrg());
        }
        evidence.put("habitual", habitual);
        String what = network.tor() ? "a Tor exit node" : "an anonymizing network (" + String.join(", ", kinds) + ")";
        String summary = "Signed in through " + what
                + (network.asOrg() == null ? "" : " operated by " + network.asOrg())
                + (habitual ? ", which " + o.user() + " has used before." : ".");
        int score = network.tor() ? torWeight : habitual ? weight / 2 : weight;
        sink.add(SignalType.ANONYMIZING_NETWORK, score, summary, evidence);
    }
}
