package org.egov.itpm.project;

import org.egov.itpm.policy.Stage;

/**
 * A feature that refuses a stage move on facts the project feature does not hold (e.g. O&M funding, which depends on
 * the systems an O&M project maintains); called before every move and by the funding entry for FUNDED.
 */
public interface MoveGuard {

    /** Throws a coded domain exception when {@code p} may not enter {@code target}. */
    void check(Project p, Stage target);
}
