package org.egov.itpm.common;

/** A message in English and Chinese; clients pick one by Accept-Language. */
public record Text(String en, String zh) {

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
