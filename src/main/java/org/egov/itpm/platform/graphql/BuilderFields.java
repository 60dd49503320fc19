package org.egov.itpm.platform.graphql;

import java.lang.reflect.Field;

/** graphql-java's builders have setters only; SmallRye hands us filled ones, whose current values we must keep. */
final class BuilderFields {

    private BuilderFields() {
    }

    @SuppressWarnings("unchecked")
    static <B, T> T read(Class<B> type, B builder, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + name, e);
        }
    }
}
