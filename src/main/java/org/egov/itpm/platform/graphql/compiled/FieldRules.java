package org.egov.itpm.platform.graphql.compiled;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Query;

/**
 * The role rule of a compiled field, read from the resolver that serves it on the resolver path: its
 * {@code @RolesAllowed}, on the method, else on the class. One source for both paths; a resolver with any other
 * security annotation, or none, is a rule the compiler does not express, so the field is not compiled.
 */
final class FieldRules {

    private FieldRules() {
    }

    static Optional<Set<String>> rolesOf(Class<?> api, String method) {
        Method resolver = Arrays.stream(api.getDeclaredMethods()).filter(m -> m.getName().equals(method))
                .reduce((a, b) -> {
                    throw new IllegalStateException(api.getSimpleName() + "." + method + " is overloaded");
                }).orElseThrow(() -> new IllegalStateException(api.getSimpleName() + " has no method " + method));
        return rule(api, resolver);
    }

    /** The rule of root query {@code field}: the method of {@code api} that {@code @Query} names so. */
    static Optional<Set<String>> rolesOfQuery(Class<?> api, String field) {
        Method resolver = Arrays.stream(api.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Query.class)
                        && field.equals(m.getAnnotation(Query.class).value().isEmpty() ? m.getName()
                        : m.getAnnotation(Query.class).value())).findFirst()
                .orElseThrow(() -> new IllegalStateException(api.getSimpleName() + " has no query " + field));
        return rule(api, resolver);
    }

    private static Optional<Set<String>> rule(Class<?> api, Method resolver) {
        if (resolver.isAnnotationPresent(PermitAll.class) || resolver.isAnnotationPresent(DenyAll.class)
                || api.isAnnotationPresent(PermitAll.class) || api.isAnnotationPresent(DenyAll.class)) {
            return Optional.empty();
        }
        RolesAllowed rule = resolver.isAnnotationPresent(RolesAllowed.class) ? resolver.getAnnotation(RolesAllowed.class)
                : api.getAnnotation(RolesAllowed.class);
        return rule == null ? Optional.empty() : Optional.of(Set.of(rule.value()));
    }

    /** Whether a caller with {@code roles} may read a field ruled by {@code rule}. */
    static boolean allows(Optional<Set<String>> rule, Set<String> roles) {
        return rule.isPresent() && rule.get().stream().anyMatch(roles::contains);
    }
}
