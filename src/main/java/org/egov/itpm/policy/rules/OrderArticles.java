package org.egov.itpm.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.Pack;

/**
 * Which articles an order to rectify or a manual finding may cite under a pack: those of its regulation
 * ({@code articles}: art.1 … art.N) and, for packs without that list, the articles the pack itself cites.
 */
public final class OrderArticles {

    private OrderArticles() {
    }

    public static boolean isArticleOf(Pack pack, String article) {
        return article != null && (pack.articles().contains(article.trim()) || cited(pack).contains(article.trim()));
    }

    private static List<String> cited(Pack pack) {
        List<Citation> all = new ArrayList<>();
        all.add(pack.effectCite());
        Stream.of(pack.requirements(), pack.acceptanceDocuments(), pack.omFundingConditions())
                .flatMap(List::stream).forEach(r -> all.add(r.cite()));
        pack.deadlines().forEach(d -> all.add(d.cite()));
        pack.checks().forEach(c -> all.add(c.cite()));
        pack.reviewPanels().forEach(r -> all.add(r.cite()));
        pack.escalationMeasures().forEach(m -> all.add(m.cite()));
        if (pack.change() != null) {
            all.add(pack.change().cite());
        }
        return all.stream().filter(Objects::nonNull).map(Citation::article).toList();
    }
}
