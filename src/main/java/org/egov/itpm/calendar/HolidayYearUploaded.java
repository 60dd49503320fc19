package org.egov.itpm.calendar;

/** Fired when an administrator's holiday year is stored, so deadlines and findings are recomputed after commit. */
public record HolidayYearUploaded(int year) {
}
