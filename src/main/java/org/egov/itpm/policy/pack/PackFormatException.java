package org.egov.itpm.policy.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack document that cannot be used; lists every problem found, not just the first. */
public class PackFormatException extends RuntimeException {

    private final transient List<PackProblem> problems;

    public PackFormatException(List<PackProblem> problems) {
        super("Invalid policy pack (" + problems.size() + " problem(s)):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
