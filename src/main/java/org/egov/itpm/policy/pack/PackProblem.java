package org.egov.itpm.policy.pack;

/** One thing wrong with an uploaded pack: a JSON path such as {@code $.deadlines[2].workingDays} and why. */
public record PackProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
