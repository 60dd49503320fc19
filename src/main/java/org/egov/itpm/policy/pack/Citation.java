package org.egov.itpm.policy.pack;

/** Where a rule comes from: pack, article label as used in citations (art.28, item 4) and a verbatim quote. */
public record Citation(String packId, String article, String quote) {

    /** Renders as {@code qufu-2024 art.28}. */
    public String render() {
        return packId + " " + article;
    }

    @Override
    public String toString() {
        return render();
    }
}
