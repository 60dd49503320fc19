package org.egov.itpm.ledger.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which the steps of a file are recorded: project by project (in the order they first appear), each
 * project's steps by legal date and, on one date, by {@link Step#rank} (a 批复 before the 立项 resting on it, 采购
 * before the contracts, the 监理 contract before 开工). Funding entries carry no legal date: they go just before the
 * project's first step from 资金下达 on (the budget follows the annual plan, FUNDED may rest on both), else last.
 */
final class Timeline {

    private static final Comparator<Step> LEGAL_ORDER = Comparator.comparing(Step::on).thenComparingInt(Step::rank);

    private Timeline() {
    }

    static List<Step> order(List<Step> steps) {
        Map<String, List<Step>> byProject = new LinkedHashMap<>();
        for (Step s : steps) {
            byProject.computeIfAbsent(s.projectKey(), k -> new ArrayList<>()).add(s);
        }
        List<Step> ordered = new ArrayList<>();
        byProject.values().forEach(project -> ordered.addAll(ofProject(project)));
        return ordered;
    }

    private static List<Step> ofProject(List<Step> steps) {
        List<Step> dated = new ArrayList<>(steps.stream().filter(s -> s.on() != null).sorted(LEGAL_ORDER).toList());
        List<Step> funding = steps.stream().filter(s -> s.on() == null).toList();
        int at = 0;
        while (at < dated.size() && !dated.get(at).needsFunding()) {
            at++;
        }
        dated.addAll(at, funding);
        return dated;
    }
}
