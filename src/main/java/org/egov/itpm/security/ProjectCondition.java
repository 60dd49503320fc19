package org.egov.itpm.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A condition over project alias {@code p}, spelled in JPQL (the resolver path) and in SQL (the compiled read path,
 * ADR 0016), with its named parameters. A feature states its part of the scope this way, as a subquery against its
 * own tables, so a scope never carries a list of ids that grows with the caller's seats or engagements (issue #19).
 * Parameter names are letters and digits only, unique to the feature that binds them.
 */
public record ProjectCondition(String jpql, String sql, Map<String, Object> params) {

    public ProjectCondition {
        params = Map.copyOf(params);
    }

    /** Holds when any of {@code parts} holds; null when there are none. */
    public static ProjectCondition anyOf(List<ProjectCondition> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<String> jpql = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (ProjectCondition part : parts) {
            jpql.add(part.jpql);
            sql.add(part.sql);
            part.params.forEach((name, value) -> {
                Object before = params.putIfAbsent(name, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalStateException("parameter :" + name + " bound twice to different values");
                }
            });
        }
        return new ProjectCondition("(" + String.join(" or ", jpql) + ")", "(" + String.join(" or ", sql) + ")",
                params);
    }

    /** Holds when this holds and {@code other} does not. */
    public ProjectCondition butNot(ProjectCondition other) {
        Map<String, Object> both = new HashMap<>(params);
        both.putAll(other.params);
        return new ProjectCondition("(" + jpql + " and not " + other.jpql + ")",
                "(" + sql + " and not " + other.sql + ")", both);
    }
}
