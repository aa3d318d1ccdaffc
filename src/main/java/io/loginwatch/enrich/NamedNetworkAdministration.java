package io.loginwatch.enrich;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named networks managed over the API: stored in PostgreSQL so every replica sees them, and pushed into the in-memory
 * matcher on change and on every reload tick.
 */
@Service
class NamedNetworkAdministration {

    private final NamedNetworkRepository repository;
    private final NamedNetworks networks;
    private final Clock clock;

    NamedNetworkAdministration(NamedNetworkRepository repository, NamedNetworks networks, Clock clock) {
        this.repository = repository;
        this.networks = networks;
        this.clock = clock;
    }

    List<NamedNetworkResponse> list() {
        List<NamedNetworkResponse> all = new ArrayList<>();
        Set<String> fromApi = repository.findAll().stream()
                .map(entity -> {
                    all.add(NamedNetworkResponse.of(entity.id(), "api", entity.toNetwork()));
                    return entity.toNetwork().cidr();
                })
                .collect(Collectors.toSet());
        networks.all().stream()
                .filter(network -> !fromApi.contains(network.cidr()))
                .forEach(network -> all.add(NamedNetworkResponse.of(null, "file", network)));
        return all;
    }

    @Transactional
    NamedNetworkResponse add(NamedNetwork network) {
        if (repository.findByCidr(network.cidr()).isPresent()) {
            throw new IllegalArgumentException("named network " + network.cidr() + " already exists");
        }
        NamedNetworkEntity saved = repository.save(new NamedNetworkEntity(network, clock.instant()));
        refresh();
        return NamedNetworkResponse.of(saved.id(), "api", saved.toNetwork());
    }

    @Transactional
    boolean remove(long id) {
        if (!repository.existsById(id)) {
            return false;
        }
        repository.deleteById(id);
        repository.flush();
        refresh();
        return true;
    }

    /** Loads the API-managed entries into the matcher (file entries stay). */
    void refresh() {
        networks.replaceAll(
                repository.findAll().stream().map(NamedNetworkEntity::toNetwork).toList());
    }
}
