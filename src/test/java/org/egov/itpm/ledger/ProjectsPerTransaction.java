package org.egov.itpm.ledger;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.egov.itpm.project.Project;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * A test hook on Hibernate: while recording on one thread, counts the Project rows loaded in each transaction (each
 * transaction has its own persistence context, so this is what the context holds at most). Passive otherwise.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ProjectsPerTransaction implements Interceptor {

    private static volatile Thread recording;
    private static final Map<Object, AtomicInteger> LOADED = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Starts counting on the calling thread, forgetting earlier counts. */
    static void record() {
        LOADED.clear();
        recording = Thread.currentThread();
    }

    /** Stops counting; the Project rows of each transaction that loaded any. */
    static List<Integer> stop() {
        recording = null;
        return LOADED.values().stream().map(AtomicInteger::get).toList();
    }

    @Override
    public boolean onLoad(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity instanceof Project && Thread.currentThread() == recording) {
            Object key = transactions.getTransactionKey();
            LOADED.computeIfAbsent(key == null ? "no transaction" : key, k -> new AtomicInteger()).incrementAndGet();
        }
        return false;
    }
}
