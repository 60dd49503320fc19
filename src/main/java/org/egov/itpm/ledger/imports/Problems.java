package org.egov.itpm.ledger.imports;

import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.RuleViolationException;
import java.util.stream.Collectors;
import org.egov.itpm.ledger.job.LedgerProblem;

/** The problems of one import, each with sheet, row and column; at most {@link #MAX} are kept. */
final class Problems {

    static final int MAX = 1000;

    private final List<LedgerProblem> list = new ArrayList<>();

    void file(String code, String en, String zh) {
        add(new LedgerProblem(null, null, null, code, en, zh));
    }

    void cell(String sheet, int row, String column, String code, String en, String zh) {
        add(new LedgerProblem(sheet, row, column, code, en, zh));
    }

    /** A service's refusal of a row's act, placed at the column it came from (or the field the service named). */
    void refused(String sheet, int row, String column, DomainException e) {
        refused(sheet, row, column, List.of(), e);
    }

    /** As above; a field error naming one of the sheet's {@code keys} is placed at that column. */
    void refused(String sheet, int row, String column, List<String> keys, DomainException e) {
        if (e instanceof RuleViolationException rule) {
            // the cited reasons travel with the problem: "… (qufu-2024 art.8: …)"
            String en = rule.reasons().stream().map(r -> r.citation() + ": " + r.message().en())
                    .collect(Collectors.joining("; "));
            String zh = rule.reasons().stream().map(r -> r.citation() + "：" + r.message().zh())
                    .collect(Collectors.joining("；"));
            cell(sheet, row, column, e.code(), e.text().en() + (en.isEmpty() ? "" : " (" + en + ")"),
                    e.text().zh() + (zh.isEmpty() ? "" : "（" + zh + "）"));
        } else if (e.fieldErrors().isEmpty()) {
            cell(sheet, row, column, e.code(), e.text().en(), e.text().zh());
        }
        for (FieldError f : e.fieldErrors()) {
            cell(sheet, row, keys.contains(f.field()) ? f.field() : column, f.code(), f.message().en(),
                    f.message().zh());
        }
    }

    private void add(LedgerProblem p) {
        if (list.size() < MAX) {
            list.add(p);
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<LedgerProblem> list() {
        return List.copyOf(list);
    }
}
