package org.egov.itpm.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.egov.itpm.policy.reminder.Responsible;
import org.egov.itpm.security.RegionCodes;
import org.egov.itpm.security.Roles;

/**
 * Who a reminder goes to, over one snapshot of the people directory. A unit's deadline goes to the owner unit's
 * staff and lead (participant units are not answerable for it); once missed, also to the supervising authority:
 * the reviewers and approvers of the most local region that contains the project's region and has any.
 */
final class Recipients {

    private final List<Person> people;

    Recipients(List<Person> people) {
        this.people = people;
    }

    /** Recipients for a deadline of {@code responsible} on a project of {@code ownerOrgCode} in {@code region}. */
    List<Person> of(Responsible responsible, boolean missed, String ownerOrgCode, String region) {
        Set<Person> result = new LinkedHashSet<>();
        if (responsible == Responsible.UNIT) {
            result.addAll(unit(ownerOrgCode));
        }
        if (missed || responsible == Responsible.AUTHORITY) {
            result.addAll(supervisingAuthority(region));
        }
        return List.copyOf(result);
    }

    List<Person> unit(String orgCode) {
        return people.stream().filter(p -> orgCode != null && orgCode.equals(p.orgCode())
                && (p.hasRole(Roles.UNIT_STAFF) || p.hasRole(Roles.UNIT_LEAD))).toList();
    }

    List<Person> supervisingAuthority(String region) {
        return nearest(authorities(), region);
    }

    /** For each role, its holders of the most local region that contains {@code region} and has any. */
    List<Person> nearestHolders(String region, Set<String> roles) {
        Set<Person> result = new LinkedHashSet<>();
        roles.stream().sorted().forEach(role -> result.addAll(nearest(people.stream().filter(p -> p.hasRole(role))
                .sorted(Comparator.comparing(Person::username)).toList(), region)));
        return List.copyOf(result);
    }

    private static List<Person> nearest(List<Person> candidates, String region) {
        List<Person> containing = candidates.stream()
                .filter(p -> RegionCodes.isValid(p.regionCode()) && RegionCodes.contains(p.regionCode(), region))
                .toList();
        int nearest = containing.stream().mapToInt(p -> RegionCodes.scopePrefix(p.regionCode()).length()).max()
                .orElse(0);
        return containing.stream().filter(p -> RegionCodes.scopePrefix(p.regionCode()).length() == nearest).toList();
    }

    Person byUsername(String username) {
        return people.stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    /** Whether an authority's region contains the region (the escalation digest's scope). */
    boolean supervises(Person authority, String region) {
        return RegionCodes.isValid(authority.regionCode()) && RegionCodes.contains(authority.regionCode(), region);
    }

    /** Reviewers and approvers of every region, for the weekly escalation digest. */
    List<Person> authorities() {
        List<Person> list = new ArrayList<>(people.stream().filter(p -> p.hasRole(Roles.AUTHORITY_REVIEWER)
                || p.hasRole(Roles.AUTHORITY_APPROVER)).toList());
        list.sort(Comparator.comparing(Person::username));
        return list;
    }
}
