package org.egov.itpm.platform.graphql;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.egov.itpm.common.Text;

/** Stable codes for errors that are not domain errors: security refusals and unexpected failures. */
final class SecurityCodes {

    private SecurityCodes() {
    }

    static String codeFor(Throwable t) {
        if (isUnauthenticated(t)) {
            return "UNAUTHENTICATED";
        }
        return t instanceof ForbiddenException ? "FORBIDDEN" : "INTERNAL_ERROR";
    }

    static int statusFor(Throwable t) {
        if (isUnauthenticated(t)) {
            return 401;
        }
        return t instanceof ForbiddenException ? 403 : 500;
    }

    static Text textFor(Throwable t) {
        if (isUnauthenticated(t)) {
            return new Text("sign in first", "请先登录");
        }
        if (t instanceof ForbiddenException) {
            return new Text("your role may not do this", "您的角色无权执行此操作");
        }
        return new Text("internal error", "服务内部错误");
    }

    private static boolean isUnauthenticated(Throwable t) {
        return t instanceof UnauthorizedException || t instanceof AuthenticationFailedException;
    }
}
