package org.egov.itpm.platform.graphql;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.egov.itpm.common.ErrorCode;

/** The catalogue's code for errors that are not domain errors: security refusals and unexpected failures. */
final class SecurityCodes {

    private SecurityCodes() {
    }

    static ErrorCode codeFor(Throwable t) {
        if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
            return ErrorCode.UNAUTHENTICATED;
        }
        return t instanceof ForbiddenException ? ErrorCode.FORBIDDEN : ErrorCode.INTERNAL_ERROR;
    }
}
