package org.egov.itpm.common;

/** The thing does not exist, or is outside the caller's scope (the two are indistinguishable on purpose). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("NOT_FOUND", new Text(what + " " + id + " was not found", "未找到" + what + " " + id));
    }

    @Override
    public int status() {
        return 404;
    }
}
