package org.egov.itpm.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of the per-project rows of an import: by project, by legal date, on one date by what rests on what. */
class TimelineTest {

    private static Step step(String project, String on, int rank, String name) {
        return new Step(null, project, on == null ? null : LocalDate.parse(on), rank, name, List.of(), id -> null);
    }

    private static List<String> names(List<Step> steps) {
        return steps.stream().map(Step::column).toList();
    }

    @Test
    void shouldOrderEachProjectByLegalDateThenByWhatTheActsRestOn() {
        List<Step> file = List.of(
                step("A", "2026-03-02", Step.LATE_ACT, "A 开工"),
                step("B", "2025-01-01", Step.EARLY_ACT, "B 入库"),
                step("A", "2026-03-02", Step.CONTRACT, "A 监理合同"),
                step("A", "2026-03-02", Step.FUNDING_ACT, "A 采购"),
                step("A", "2025-06-10", Step.EARLY_ACT, "A 立项"),
                step("A", "2025-06-10", Step.APPROVAL, "A 批复"));
        assertThat(names(Timeline.order(file))).containsExactly("A 批复", "A 立项", "A 采购", "A 监理合同", "A 开工",
                "B 入库");
    }

    @Test
    void shouldPutFundingEntriesBeforeTheFirstStepFromFundingOn() {
        List<Step> file = List.of(
                step("A", "2026-03-02", Step.FUNDING_ACT, "A 资金下达"),
                step("A", null, Step.FUNDING_ACT, "A 预算"),
                step("A", "2026-02-01", Step.EARLY_ACT, "A 立项"),
                step("B", null, Step.FUNDING_ACT, "B 计划"),
                step("B", "2025-01-01", Step.EARLY_ACT, "B 入库"));
        assertThat(names(Timeline.order(file))).containsExactly("A 立项", "A 预算", "A 资金下达", "B 入库", "B 计划");
    }
}
