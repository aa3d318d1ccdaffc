package io.loginwatch.enrich;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NamedNetworkRepository extends JpaRepository<NamedNetworkEntity, Long> {

    Optional<NamedNetworkEntity> findByCidr(String cidr);
}
