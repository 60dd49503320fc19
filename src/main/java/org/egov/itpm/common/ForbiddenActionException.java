package org.egov.itpm.common;

/** The caller can see the thing but its role may not perform this action on it. */
public final class ForbiddenActionException extends DomainException {

    /** {@code code} says which finer rule refused (the operation-level refusal by role is plain FORBIDDEN). */
    public ForbiddenActionException(String code, Text text) {
        super(code, text);
    }

    @Override
    public int status() {
        return 403;
    }
}
