// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One voter's ballot: the voter id, the projects on the ballot and, for cumulative and scoring ballots, the points.
 *
 * <p>For approval ballots {@code projectIds} is the approved set (in the order given); for ordinal ballots it is the
 * ranking, most preferred first; for cumulative and scoring ballots {@code points} holds one number per project id.
 * An empty ballot is a voter who approved nothing: it still counts as a voter. {@code attributes} holds voter
 * metadata such as {@code age} or {@code neighborhood}; rules ignore it.
 *
 * @param voterId the voter id (may be empty)
 * @param projectIds the project ids on the ballot, without duplicates
 * @param points one exact number per project id for point ballots, otherwise empty
 * @param attributes extra voter columns, absent values left out
 */
public record Ballot(String voterId, List<String> projectIds, List<BigDecimal> points, Map<String, String> attributes) {

    /** Creates a ballot, checking that there are no duplicate ids and that points match the ids. */
    public Ballot {
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException("ballot of voter " + voterId + " has " + projectIds.size()
                    + " projects but " + points.size() + " points");
        }
        if (projectIds.stream().distinct().count() != projectIds.size()) {
            throw new IllegalArgumentException("ballot of voter " + voterId + " lists a project twice");
        }
    }

    /** An approval (or choose-1) ballot. */
    public static Ballot approval(String voterId, String... projectIds) {
        return new Ballot(voterId, List.of(projectIds), List.of(), Map.of());
    }

    /** An ordinal ballot, most preferred first. */
    public static Ballot ranking(String voterId, String... projectIdsMostPreferredFirst) {
        return new Ballot(voterId, List.of(projectIdsMostPreferredFirst), List.of(), Map.of());
    }

    /** A cumulative or scoring ballot; the map's iteration order is kept. */
    public static Ballot points(String voterId, Map<String, ? extends Number> pointsByProject) {
        List<String> ids = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        pointsByProject.forEach((id, value) -> {
            ids.add(id);
            values.add(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
        });
        return new Ballot(voterId, ids, values, Map.of());
    }

    /** The same ballot with voter metadata attached. */
    public Ballot withAttributes(Map<String, String> voterAttributes) {
        return new Ballot(voterId, projectIds, points, voterAttributes);
    }

    /** Whether the voter put no project on the ballot. */
    public boolean isEmpty() {
        return projectIds.isEmpty();
    }
}
