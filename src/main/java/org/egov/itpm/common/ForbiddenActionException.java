package org.egov.itpm.common;

/** The caller can see the thing but its role may not perform this action on it. */
public final class ForbiddenActionException extends DomainException {

    public ForbiddenActionException(Text text) {
        super("FORBIDDEN", text);
    }

    @Override
    public int status() {
        return 403;
    }
}
