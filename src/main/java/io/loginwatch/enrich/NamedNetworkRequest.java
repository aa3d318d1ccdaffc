package io.loginwatch.enrich;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A named network to add: office, VPN egress, CI runners. */
record NamedNetworkRequest(
        @NotBlank @Size(max = 64) String cidr,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String city,
        @Nullable @Size(min = 2, max = 2) String country,
        @Nullable @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Nullable @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Nullable Boolean trusted) {}
