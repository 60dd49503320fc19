package org.egov.itpm.platform.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import org.egov.itpm.platform.graphql.QueryBudget;
import org.junit.jupiter.api.Test;

/** The cost of a document as execution will see it, measured without expanding it. */
class QueryBudgetTest {

    private static final QueryBudget.Limits LIMITS = new QueryBudget.Limits(2000, 200, 100, 20);

    /** F0 holds two fields; F(n) spreads F(n-1) twice: F(n) expands to 2^(n+1) fields. */
    static String fragmentBomb(int levels) {
        StringBuilder q = new StringBuilder("query { ...F").append(levels).append(" }\n")
                .append("fragment F0 on Query { policyPacks { id } }\n");
        for (int i = 1; i <= levels; i++) {
            q.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1)
                    .append(" }\n");
        }
        return q.toString();
    }

    @Test
    void fragmentExpansionIsCountedWithoutExpanding() {
        // 25 levels: 2^26 fields once expanded; measured by visiting each fragment once
        QueryBudget.Usage usage = QueryBudget.measure(Parser.parse(fragmentBomb(25)));
        assertThat(usage.fields()).isGreaterThan(60_000_000L);
        assertThat(usage.exceeded(LIMITS)).contains("after fragment expansion").contains("2000");
    }

    @Test
    void anOrdinaryNestedListIsWithinTheBudget() {
        QueryBudget.Usage usage = QueryBudget.measure(Parser.parse("""
                query($after: String) { projects(first: 50, after: $after) { totalCount pageInfo { endCursor }
                  edges { node { ...P history { toStage effectiveOn } reviews { type opinions { expert } } } } } }
                fragment P on Project { id name stage estimatedInvestment findings { code citation { text } } }"""));
        assertThat(usage.fields()).isBetween(15L, 40L);
        assertThat(usage.exceeded(LIMITS)).isNull();
    }

    @Test
    void aliasesFragmentsAndOperationsHaveTheirOwnLimits() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 201; i++) {
            aliases.append(" a").append(i).append(": policyPacks { id }");
        }
        assertThat(QueryBudget.measure(Parser.parse(aliases.append(" }").toString())).exceeded(LIMITS))
                .contains("201 aliases");
        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            operations.append("query Q").append(i).append(" { policyPacks { id } }\n");
        }
        assertThat(QueryBudget.measure(Parser.parse(operations.toString())).exceeded(LIMITS))
                .contains("21 operations");
    }

    @Test
    void nestingIsCountedOutsideStringsAndComments() {
        assertThat(org.egov.itpm.platform.graphql.GraphQLEnvelope.nesting("{ a(x: [1]) { b } }")).isEqualTo(3);
        assertThat(org.egov.itpm.platform.graphql.GraphQLEnvelope.nesting(
                "{ a(s: \"{{{{\\\"{{\") # {{{{\n { b(t: \"\"\"{{{\"\"\") } }")).isEqualTo(3);
        assertThat(org.egov.itpm.platform.graphql.GraphQLEnvelope.nesting("{".repeat(2000))).isEqualTo(2000);
    }

    @Test
    void aFragmentCycleDoesNotLoopAndIsLeftToValidation() {
        QueryBudget.Usage usage = QueryBudget.measure(Parser.parse("""
                { ...A } fragment A on Query { policyPacks { id } ...B } fragment B on Query { ...A }"""));
        assertThat(usage.fields()).isLessThan(10);
    }
}
