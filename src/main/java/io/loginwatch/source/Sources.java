package io.loginwatch.source;

import io.loginwatch.source.canonical.CanonicalAuditParser;
import io.loginwatch.source.canonical.CanonicalSignInParser;
import io.loginwatch.source.cloudtrail.CloudTrailParser;
import io.loginwatch.source.entra.EntraParser;
import io.loginwatch.source.gcp.GcpAuditParser;
import io.loginwatch.source.ocsf.OcsfParser;
import io.loginwatch.source.okta.OktaParser;
import io.loginwatch.source.workspace.GoogleWorkspaceParser;
import java.util.List;

/** The module's entry point: every parser Loginwatch ships. */
public final class Sources {

    private Sources() {}

    /** One parser per vendor source path, in documentation order. */
    public static List<SourceParser> vendors() {
        return List.of(
                new OktaParser(),
                new EntraParser(),
                new CloudTrailParser(),
                new GoogleWorkspaceParser(),
                new GcpAuditParser(),
                new OcsfParser());
    }

    public static SourceParser canonicalSignIns() {
        return new CanonicalSignInParser();
    }

    public static SourceParser canonicalAudit() {
        return new CanonicalAuditParser();
    }
}
