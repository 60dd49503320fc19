package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.cny;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * M4: Jianshan item 17 gives the results' IP to the project unit, Jiangxi art.31 to the government; the clause alone
 * no longer satisfies them, the recorded owner must be the one the pack names. Qufu art.30 only asks that the
 * ownership be stated.
 */
class IpOwnerCheckTest {

    private static List<Finding> ipFindings(Pack pack, IpOwner owner, String signedOn) {
        ContractFacts c = new ContractFacts("C1", "建设合同", ContractKind.CONSTRUCTION, null,
                signedOn == null ? null : d(signedOn), null, cny("1000000"), 12, 24, Set.of(ContractClause.values()), true,
                Set.of(), owner);
        return FindingPolicy.findings(pack, Fixtures.project(pack).contract(c).build(), Fixtures.CALENDAR, d("2025-11-03"))
                .stream().filter(f -> f.code().startsWith("IP_TO_")).toList();
    }

    @ParameterizedTest(name = "{0} owner {1}: finding={2}")
    @CsvSource({
            "jianshan-2024, PROJECT_UNIT, false, ''",
            "jianshan-2024, GOVERNMENT,   true,  jianshan-2024 item 17",
            "jianshan-2024, SUPPLIER,     true,  jianshan-2024 item 17",
            "jianshan-2024, NOT_STATED,   true,  jianshan-2024 item 17",
            "jianshan-2024, ,             true,  jianshan-2024 item 17",
            "jiangxi-2024,  GOVERNMENT,   false, ''",
            "jiangxi-2024,  PROJECT_UNIT, true,  jiangxi-2024 art.31",
            "jiangxi-2024,  JOINT,        true,  jiangxi-2024 art.31",
            "jiangxi-2024,  ,             true,  jiangxi-2024 art.31"})
    void shouldCompareTheRecordedOwnerWithThePacksOwner(String packId, IpOwner owner, boolean flagged, String citation) {
        List<Finding> found = ipFindings(Fixtures.pack(packId), owner, "2025-02-01");

        assertThat(found).hasSize(flagged ? 1 : 0);
        found.forEach(f -> {
            assertThat(f.cite().render()).isEqualTo(citation);
            assertThat(f.facts()).containsEntry("ipOwner", owner == null ? "NOT_RECORDED" : owner.name());
            assertThat(f.messageZh()).contains("知识产权");
        });
    }

    @ParameterizedTest(name = "{0}: an unsigned contract is not checked")
    @CsvSource({"jianshan-2024", "jiangxi-2024"})
    void shouldWaitForTheSignature(String packId) {
        assertThat(ipFindings(Fixtures.pack(packId), IpOwner.SUPPLIER, null)).isEmpty();
    }
}
