package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.egov.itpm.project.StatisticsGraphQLApi.Bucket;

/** Aggregates over the caller's scope, one SQL statement per breakdown. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    @Inject
    ProjectService projects;
    @Inject
    ProjectRepository repository;

    Bucket total(ProjectFilter filter) {
        ProjectQuery q = projects.scoped().filter(filter);
        var query = repository.getEntityManager().createQuery("select count(p), coalesce(sum(p.estimatedInvestment), 0)"
                + " from Project p" + q.whereClause(), Object[].class);
        q.params().forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return new Bucket("total", ((Number) row[0]).longValue(), scaled(row[1]));
    }

    List<Bucket> grouped(ProjectFilter filter, String column) {
        ProjectQuery q = projects.scoped().filter(filter);
        var query = repository.getEntityManager().createQuery("select " + column + ", count(p),"
                + " coalesce(sum(p.estimatedInvestment), 0) from Project p" + q.whereClause() + " group by " + column
                + " order by " + column, Object[].class);
        q.params().forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Bucket(String.valueOf(r[0]), ((Number) r[1]).longValue(),
                scaled(r[2]))).toList();
    }

    List<Bucket> byOrganisation(ProjectFilter filter) {
        ProjectQuery q = projects.scoped().filter(filter);
        var query = repository.getEntityManager().createQuery("select o.creditCode, count(p),"
                + " coalesce(sum(p.estimatedInvestment), 0) from Project p join Organisation o on o.id = p.ownerOrgId"
                + q.whereClause() + " group by o.creditCode order by o.creditCode", Object[].class);
        q.params().forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Bucket(String.valueOf(r[0]), ((Number) r[1]).longValue(),
                scaled(r[2]))).toList();
    }

    private static BigDecimal scaled(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
