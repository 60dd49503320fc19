package org.egov.itpm.policy.pack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles the pack's regulation has, numbered 1 to {@code last} and labelled as the pack's citations are
 * ({@code "art."} → art.1 … art.47, {@code "item "} → item 1 … item 26). An order or a manual finding must cite one of
 * them; {@link #NONE} (a pack without the section) leaves only the articles the pack already cites.
 */
public record RegulationArticles(String label, int last) {

    public static final RegulationArticles NONE = new RegulationArticles("art.", 0);

    private static final Pattern NUMBERED = Pattern.compile("(art\\.|item )(\\d{1,3})");

    /** Whether {@code article} (e.g. "art.29") is an article of the regulation. */
    public boolean contains(String article) {
        Matcher m = NUMBERED.matcher(article == null ? "" : article.trim());
        if (!m.matches() || !m.group(1).equals(label)) {
            return false;
        }
        int n = Integer.parseInt(m.group(2));
        return n >= 1 && n <= last;
    }
}
