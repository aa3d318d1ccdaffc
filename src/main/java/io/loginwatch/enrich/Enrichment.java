package io.loginwatch.enrich;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;

/**
 * The step every record passes through before it is stored: the principal resolved to its canonical user, geo,
 * network and device facts added, and audit actions classified.
 */
public final class Enrichment {

    private final IdentityResolver identities;
    private final Enricher enricher;
    private final AuditCatalog catalog;

    public Enrichment(IdentityResolver identities, Enricher enricher, AuditCatalog catalog) {
        this.identities = identities;
        this.enricher = enricher;
        this.catalog = catalog;
    }

    public SignIn enrich(SignIn signIn) {
        var user = identities.resolve(signIn.user());
        SignIn resolved = user.equals(signIn.user())
                ? signIn
                : signIn.toBuilder().user(user).build();
        return enricher.enrich(resolved);
    }

    public AuditEvent enrich(AuditEvent event) {
        var actor = identities.resolve(event.actor());
        AuditEvent resolved = actor.equals(event.actor())
                ? event
                : event.toBuilder().actor(actor).build();
        return catalog.classify(enricher.enrich(resolved));
    }
}
