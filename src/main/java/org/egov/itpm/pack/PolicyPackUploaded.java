package org.egov.itpm.pack;

/** Fired when an administrator's pack version is stored, so findings naming a successor follow at once. */
public record PolicyPackUploaded(String id, int version) {
}
