package org.egov.itpm.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Request-scoped batch loading that does not depend on when GraphQL dispatches its batches: the first load of a
 * kind of child rows fetches them for every parent id known in the request (e.g. the whole page), later loads
 * of the same kind are answered from memory. So a nested field costs one statement whatever the page size,
 * even if the GraphQL engine splits a page into several batches.
 */
@RequestScoped
public class RequestBatch {

    private final Map<String, Set<UUID>> known = new HashMap<>();
    private final Map<String, Map<UUID, Object>> loaded = new HashMap<>();

    /** Declares ids of a level (e.g. "project") that nested fields will be asked about in this request. */
    public void expect(String level, Collection<UUID> ids) {
        known.computeIfAbsent(level, l -> new LinkedHashSet<>()).addAll(ids);
    }

    /**
     * Values of kind {@code kind} for {@code ids} (ids of {@code level}); ids the loader leaves out get
     * {@code absent}. The loader is called with every id of the level not loaded yet.
     */
    @SuppressWarnings("unchecked")
    public <T> Map<UUID, T> load(String level, String kind, Collection<UUID> ids, T absent,
                                 Function<Set<UUID>, Map<UUID, T>> loader) {
        expect(level, ids);
        Map<UUID, Object> cache = loaded.computeIfAbsent(kind, k -> new HashMap<>());
        if (!cache.keySet().containsAll(ids)) {
            Set<UUID> wanted = new LinkedHashSet<>(known.get(level));
            wanted.removeAll(cache.keySet());
            Map<UUID, T> fetched = loader.apply(wanted);
            for (UUID id : wanted) {
                cache.put(id, fetched.getOrDefault(id, absent));
            }
        }
        Map<UUID, T> result = new HashMap<>();
        for (UUID id : ids) {
            result.put(id, (T) cache.getOrDefault(id, absent));
        }
        return result;
    }
}
