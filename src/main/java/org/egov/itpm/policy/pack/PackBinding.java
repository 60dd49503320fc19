package org.egov.itpm.policy.pack;

import java.time.LocalDate;

/**
 * Which pack judges a project and whether it is in force on the date asked about.
 * {@code pack} is null only with status NONE; callers must not apply a pack whose status is not IN_FORCE.
 * {@code outOfScope}, with NONE, is the article of a higher level's pack that leaves this region to its own
 * measures (e.g. baotou-2024 art.28: 旗县区可参照本办法制定); null when no pack is near. {@code successor}, for a
 * bound pack not in force on {@code on}, is the pack of the same jurisdiction in force that day (null when none).
 */
public record PackBinding(Pack pack, PackStatus status, String requestedRegionCode, LocalDate on,
                          Citation outOfScope, Pack successor) {

    public PackBinding(Pack pack, PackStatus status, String requestedRegionCode, LocalDate on, Citation outOfScope) {
        this(pack, status, requestedRegionCode, on, outOfScope, null);
    }

    public PackBinding(Pack pack, PackStatus status, String requestedRegionCode, LocalDate on) {
        this(pack, status, requestedRegionCode, on, null, null);
    }

    public boolean isInForce() {
        return status == PackStatus.IN_FORCE;
    }

    /** The article setting the pack's effective window, to cite when it is not in force. */
    public Citation effectCite() {
        return pack == null ? null : pack.effectCite();
    }
}
