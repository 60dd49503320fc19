package org.egov.itpm.policy.rules;

import java.util.stream.Stream;

/** Method source of the shipped pack ids. */
final class PackIds {

    private PackIds() {
    }

    static Stream<String> all() {
        return Stream.of("jianshan-2024", "wushan-2022", "qufu-2024", "baotou-2024", "jiangxi-2024");
    }
}
