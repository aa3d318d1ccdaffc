package io.loginwatch.enrich;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A named network managed over the API, kept in {@code named_network}; shared by every replica. */
@Entity
@Table(name = "named_network")
class NamedNetworkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String cidr = "";
    private String name = "";
    private @Nullable String city;
    private @Nullable String country;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private boolean trusted;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected NamedNetworkEntity() {}

    NamedNetworkEntity(NamedNetwork network, Instant createdAt) {
        this.cidr = network.cidr();
        this.name = network.name();
        this.city = network.city();
        this.country = network.country();
        this.latitude = network.latitude();
        this.longitude = network.longitude();
        this.trusted = network.trusted();
        this.createdAt = createdAt;
    }

    @Nullable
    Long id() {
        return id;
    }

    NamedNetwork toNetwork() {
        return new NamedNetwork(cidr, name, city, country, latitude, longitude, trusted);
    }
}
