package org.egov.itpm.policy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.calendar.HolidayFiles;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;

/** Shared test data: the shipped packs, the shipped calendar and short builders. */
final class Fixtures {

    static final Pack JIANSHAN = BuiltInPacks.load("jianshan-2024.json");
    static final Pack WUSHAN = BuiltInPacks.load("wushan-2022.json");
    static final Pack QUFU = BuiltInPacks.load("qufu-2024.json");
    static final Pack BAOTOU = BuiltInPacks.load("baotou-2024.json");
    static final Pack JIANGXI = BuiltInPacks.load("jiangxi-2024.json");
    static final WorkingDayCalendar CALENDAR = HolidayFiles.classpathCalendar();

    private Fixtures() {
    }

    /** The issue #20 version of a shipped pack (ADR 0013). */
    static Pack v2(String id) {
        return BuiltInPacks.load(id + "-v2.json");
    }

    static Pack pack(String id) {
        return switch (id) {
            case "jianshan-2024" -> JIANSHAN;
            case "wushan-2022" -> WUSHAN;
            case "qufu-2024" -> QUFU;
            case "baotou-2024" -> BAOTOU;
            case "jiangxi-2024" -> JIANGXI;
            default -> throw new IllegalArgumentException(id);
        };
    }

    static ProjectFactsBuilder project(Pack pack) {
        return ProjectFactsBuilder.project("p1", pack.regionCode());
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    static ContractFacts contract(String id, ContractKind kind, String award, String signed, String filed,
                                  Integer implementationMonths, Integer warrantyMonths, ContractClause... clauses) {
        return new ContractFacts(id, kind, award == null ? null : d(award), signed == null ? null : d(signed),
                filed == null ? null : d(filed), cny("1000000"), implementationMonths, warrantyMonths,
                java.util.Set.of(clauses));
    }
}
