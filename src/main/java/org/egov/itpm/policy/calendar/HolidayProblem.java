package org.egov.itpm.policy.calendar;

/** One thing wrong with an uploaded holiday year: a JSON path such as {@code $.days[3].date}, a code and why. */
public record HolidayProblem(String path, String code, String messageEn, String messageZh) {
}
