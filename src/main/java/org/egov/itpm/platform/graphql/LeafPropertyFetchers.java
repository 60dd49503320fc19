package org.egov.itpm.platform.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

/**
 * Replaces SmallRye's data fetcher of plain properties of our output types (record components such as
 * {@code ProjectView.name}) with a light one that reads the property through a method handle.
 *
 * <p>Why: SmallRye's {@link FieldDataFetcher} builds a request context with the selected sub-fields for every
 * value it returns; a 50-project list with its history, reviews and approvals returns some 4,000 values, and that
 * bookkeeping was the largest cost of the request (docs/performance.md). Values whose field has a transformation
 * or an adapter (dates, formatted numbers) still go through SmallRye's own {@link FieldHelper}, so every value
 * serialises exactly as before; only the context population, which no property accessor reads, is skipped.
 * Fields resolved by our {@code @Source} methods and operations are not touched: they keep SmallRye's fetchers,
 * its security interceptors and its context.
 */
final class LeafPropertyFetchers {

    private LeafPropertyFetchers() {
    }

    static GraphQLSchema install(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder replaced = GraphQLCodeRegistry.newCodeRegistry(registry);
        int count = 0;
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                FieldCoordinates at = FieldCoordinates.coordinates(object, definition);
                DataFetcher<?> current = registry.getDataFetcher(at, definition);
                if (current instanceof FieldDataFetcher<?> smallrye) {
                    DataFetcher<?> light = lightFor(smallrye);
                    if (light != null) {
                        replaced.dataFetcher(at, light);
                        count++;
                    }
                }
            }
        }
        if (count == 0) {
            return schema;
        }
        GraphQLCodeRegistry codeRegistry = replaced.build();
        // only the fetchers change: a full transform would build the whole schema once more at start (ADR 0017)
        return schema.transformWithoutTypes(b -> b.codeRegistry(codeRegistry));
    }

    /** A light fetcher for SmallRye's property fetcher, or null where its internals are not as expected. */
    private static DataFetcher<?> lightFor(FieldDataFetcher<?> smallrye) {
        try {
            Field field = (Field) read(smallrye, "field");
            Reference owner = (Reference) read(smallrye, "owner");
            FieldHelper helper = (FieldHelper) read(smallrye, "fieldHelper");
            Class<?> ownerClass = Class.forName(owner.getClassName(), false,
                    Thread.currentThread().getContextClassLoader());
            MethodHandle getter = getter(ownerClass, field);
            if (getter == null) {
                return null;
            }
            boolean plain = !field.hasTransformation() && !field.isAdaptingTo() && !field.isAdaptingWith()
                    && !field.hasWrapper();
            return new Light(getter.asType(MethodType.methodType(Object.class, Object.class)), plain ? null : helper);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static MethodHandle getter(Class<?> owner, Field field) throws IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            if (field.getMethodName() != null) {
                return lookup.unreflect(owner.getMethod(field.getMethodName()));
            }
            return lookup.unreflectGetter(owner.getField(field.getPropertyName()));
        } catch (NoSuchMethodException | NoSuchFieldException e) {
            return null;
        }
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    /** Reads the property; values that SmallRye transforms (dates, formats, adapters) go through its helper. */
    private record Light(MethodHandle getter, FieldHelper transforming) implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                          Supplier<DataFetchingEnvironment> environment) throws Exception {
            Object value;
            try {
                value = getter.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return transforming == null || value == null ? value
                    : transforming.transformOrAdaptResponse(value, environment.get());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }
}
