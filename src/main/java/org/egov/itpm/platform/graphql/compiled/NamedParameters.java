package org.egov.itpm.platform.graphql.compiled;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code :name} parameters into JDBC's {@code ?} outside string literals; a collection becomes {@code (?, …)}.
 * Enum values are bound by name, as the entities store them.
 */
final class NamedParameters {

    final String sql;
    final List<Object> values = new ArrayList<>();

    NamedParameters(String named, Map<String, Object> params) {
        StringBuilder out = new StringBuilder(named.length());
        boolean quoted = false;
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ':' && i + 1 < named.length() && Character.isLetter(named.charAt(i + 1))
                    && (i == 0 || named.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < named.length() && Character.isLetterOrDigit(named.charAt(end))) {
                    end++;
                }
                String name = named.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalStateException("no value for :" + name);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> list) {
                    out.append('(');
                    boolean first = true;
                    for (Object v : list) {
                        out.append(first ? "?" : ", ?");
                        first = false;
                        values.add(bindable(v));
                    }
                    out.append(')');
                } else {
                    out.append('?');
                    values.add(bindable(value));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        this.sql = out.toString();
    }

    private static Object bindable(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.time.Instant instant) {
            return java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
        }
        return value;
    }
}
