package org.egov.itpm.common;

import java.util.Locale;
import java.util.function.Supplier;

/** The two languages every error message is written in. */
public enum Language {
    EN, ZH;

    // The web layer installs a resolver reading the current request's Accept-Language; outside a request: English.
    private static volatile Supplier<Language> resolver = () -> EN;

    public static Language current() {
        try {
            return resolver.get();
        } catch (RuntimeException e) {
            return EN;
        }
    }

    public static void installResolver(Supplier<Language> currentRequestLanguage) {
        resolver = currentRequestLanguage;
    }

    /** Chinese for any Accept-Language whose first choice is zh (zh, zh-CN, zh-Hans …), English otherwise. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        String first = header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("zh") ? ZH : EN;
    }
}
