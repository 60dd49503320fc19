package org.egov.itpm.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns {@code :name} parameters into JDBC's {@code ?} outside string literals; a collection becomes {@code (?, …)}.
 * Enum values are bound by name, as the entities store them. The scan of a statement's text (several kB for a nested
 * selection) is done once per text and kept; binding only joins its pieces. Used by the JDBC read paths (the compiled
 * GraphQL path, ADR 0016, and the platform pull's page, ADR 0018).
 */
public final class NamedParameters {

    private static final int CACHE_SIZE = 1024;
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    /** The statement text with {@code ?} placeholders. */
    public final String sql;
    /** The values of the placeholders, in order. */
    public final List<Object> values = new ArrayList<>();

    private NamedParameters(String sql) {
        this.sql = sql;
    }

    /** {@code named} with its parameters taken from {@code params}; a missing one is an IllegalStateException. */
    public static NamedParameters bind(String named, Map<String, Object> params) {
        Template template = TEMPLATES.get(named);
        if (template == null) {
            if (TEMPLATES.size() >= CACHE_SIZE) {
                TEMPLATES.clear();
            }
            template = Template.parse(named);
            TEMPLATES.put(named, template);
        }
        return template.bind(params);
    }

    /**
     * A statement's text cut at its parameters: {@code pieces} has one more element than {@code names};
     * {@code scalars} is the text when no value is a collection (every parameter one {@code ?}), the usual case, so
     * binding then builds no text and the driver sees the same string each time.
     */
    private record Template(List<String> pieces, List<String> names, String scalars) {

        static Template parse(String named) {
            List<String> pieces = new ArrayList<>();
            List<String> names = new ArrayList<>();
            boolean quoted = false;
            int from = 0;
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
                    pieces.add(named.substring(from, i));
                    names.add(named.substring(i + 1, end));
                    from = end;
                    i = end - 1;
                }
            }
            pieces.add(named.substring(from));
            return new Template(List.copyOf(pieces), List.copyOf(names), String.join("?", pieces));
        }

        NamedParameters bind(Map<String, Object> params) {
            boolean collections = false;
            for (String name : names) {
                if (!params.containsKey(name)) {
                    throw new IllegalStateException("no value for :" + name);
                }
                collections |= params.get(name) instanceof Collection<?>;
            }
            if (!collections) {
                NamedParameters bound = new NamedParameters(scalars);
                for (String name : names) {
                    bound.values.add(bindable(params.get(name)));
                }
                return bound;
            }
            StringBuilder out = new StringBuilder();
            List<Object> values = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                out.append(pieces.get(i));
                Object value = params.get(names.get(i));
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
            }
            NamedParameters bound = new NamedParameters(out.append(pieces.get(names.size())).toString());
            bound.values.addAll(values);
            return bound;
        }
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
