package org.egov.itpm.common;

/**
 * The service cannot answer now but will soon: the database is unreachable or restarting, or the request ran out of
 * its time budget. Nothing was stored; the client may retry the same request after {@link #retryAfterSeconds()}.
 * REST answers 503 with a Retry-After header, GraphQL {@code extensions.retryable: true}.
 */
public final class UnavailableException extends DomainException {

    private final int retryAfterSeconds;

    private UnavailableException(String code, Text text, int retryAfterSeconds) {
        super(code, text);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static UnavailableException database() {
        return new UnavailableException(ErrorCode.DATABASE_UNAVAILABLE.name(), ErrorCode.DATABASE_UNAVAILABLE.title(), 5);
    }

    public static UnavailableException timeout() {
        return new UnavailableException(ErrorCode.REQUEST_TIMEOUT.name(), ErrorCode.REQUEST_TIMEOUT.title(), 5);
    }

    /** The expert pool has never been read from Keycloak since start-up and Keycloak cannot be reached now. */
    public static UnavailableException expertPool() {
        return new UnavailableException("EXPERT_POOL_UNAVAILABLE", new Text(
                "the expert pool (Keycloak) cannot be read and no earlier copy is cached; nothing was drawn, retry"
                        + " shortly", "专家库（Keycloak）暂不可读且无缓存副本，本次未抽取，请稍后重试"), 30);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 503;
    }
}
