package org.egov.itpm.common;

/** A concurrent change or a duplicate won; the caller should reload and retry. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, Text text) {
        super(code, text);
    }

    public static ConflictException concurrentModification(String what) {
        return new ConflictException("CONCURRENT_MODIFICATION", new Text(
                what + " was changed by someone else at the same time; reload and try again",
                what + "已被他人同时修改，请刷新后重试"));
    }

    @Override
    public int status() {
        return 409;
    }
}
