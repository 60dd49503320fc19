package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.QUFU;
import static org.egov.itpm.policy.rules.Fixtures.cny;
import static org.egov.itpm.policy.rules.Fixtures.d;

import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * M8: Qufu art.37 sets the 5% security budget floor for 新建 projects. 改扩建 and 升级改造 are not checked; a
 * construction project that has not stated its build type is checked as 新建 (the stricter reading).
 */
class NewBuildSecurityBudgetTest {

    @ParameterizedTest(name = "{0} {1}, security 4% -> finding={2}")
    @CsvSource({
            "CONSTRUCTION,          NEW,       true",
            "CONSTRUCTION,          ,          true",
            "CONSTRUCTION,          EXPANSION, false",
            "CONSTRUCTION,          UPGRADE,   false",
            "OPERATION_MAINTENANCE, NEW,       false"})
    void shouldApplyTheFivePercentFloorToNewBuildsOnly(ProjectKind kind, BuildType buildType, boolean flagged) {
        var facts = Fixtures.project(QUFU).kind(kind).buildType(buildType).stage(Stage.APPLIED).estimated("10000000")
                .securityBudget(cny("400000")).build();

        var found = FindingPolicy.findings(QUFU, facts, Fixtures.CALENDAR, d("2025-11-03")).stream()
                .filter(f -> f.code().equals("SECURITY_BUDGET_SHARE")).toList();

        assertThat(found).hasSize(flagged ? 1 : 0);
        found.forEach(f -> assertThat(f.cite().render()).isEqualTo("qufu-2024 art.37"));
    }
}
