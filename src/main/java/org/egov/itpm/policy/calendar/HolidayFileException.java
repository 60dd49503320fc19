package org.egov.itpm.policy.calendar;

import java.util.List;

/** A holiday year file that cannot be used; lists every problem found, not just the first. */
public class HolidayFileException extends RuntimeException {

    private final transient List<HolidayProblem> problems;

    public HolidayFileException(List<HolidayProblem> problems) {
        super("Invalid holiday year (" + problems.size() + " problem(s)): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<HolidayProblem> problems() {
        return problems;
    }
}
