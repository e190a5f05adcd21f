// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded random small profiles for property tests: few projects with small costs (zero included), few voters (empty
 * ballots included), ids whose string order differs from their numeric order, so that exact ties, free projects,
 * projects without supporters and empty ballots all occur often.
 */
public final class RandomProfiles {

    private static final String[] IDS = {"1", "10", "2", "9", "a", "B", "b", "x-1", "x_2", "Z"};

    private RandomProfiles() {
    }

    /** A random generator for a seed; the seed goes in every failure message. */
    public static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** A random small profile of the given vote type: up to 6 projects and 8 voters. */
    public static Profile of(RandomGenerator random, VoteType voteType) {
        return of(random, voteType, 6, 8, 8);
    }

    /**
     * A random profile of the given vote type.
     *
     * @param maxProjects at most this many projects (at most 10)
     * @param maxVoters at most this many voters
     * @param maxCost costs up to this (a quarter of the projects cost 0); the budget is up to 2.5 times it
     */
    public static Profile of(RandomGenerator random, VoteType voteType, int maxProjects, int maxVoters, int maxCost) {
        int projects = 1 + random.nextInt(Math.min(maxProjects, IDS.length));
        List<String> ids = new ArrayList<>(List.of(IDS));
        Instance.Builder instance = Instance.builder().budget(random.nextInt(maxCost * 5 / 2 + 1))
                .decimals(random.nextInt(2));
        for (int p = 0; p < projects; p++) {
            String id = ids.remove(random.nextInt(ids.size()));
            instance.project(Project.of(id, "project " + id, random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(maxCost)));
        }
        Instance built = instance.build();
        Profile.Builder profile = Profile.builder(built, voteType);
        int voters = random.nextInt(maxVoters + 1);
        for (int v = 0; v < voters; v++) {
            profile.add(ballot(random, built, voteType, "v" + v));
        }
        return profile.build();
    }

    private static Ballot ballot(RandomGenerator random, Instance instance, VoteType voteType, String voterId) {
        List<String> chosen = new ArrayList<>();
        for (Project project : instance.projects()) {
            if (random.nextInt(3) == 0) {
                chosen.add(project.id());
            }
        }
        if (voteType == VoteType.CHOOSE_1 && chosen.size() > 1) {
            chosen = chosen.subList(0, 1);
        }
        java.util.Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
        if (!voteType.hasPoints()) {
            return new Ballot(voterId, chosen, List.of(), Map.of());
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (String id : chosen) {
            int value = voteType == VoteType.SCORING ? random.nextInt(7) - 3 : random.nextInt(4);
            points.put(id, BigDecimal.valueOf(value));
        }
        return Ballot.points(voterId, points);
    }

    /** A compact description of a profile for failure messages. */
    public static String describe(Profile profile) {
        StringBuilder text = new StringBuilder("budget " + profile.instance().budget() + "/10^"
                + profile.instance().decimals() + "; projects");
        profile.instance().projects().forEach(p -> text.append(' ').append(p.id()).append('=').append(p.cost()));
        text.append("; ballots");
        profile.ballots().forEach(b -> text.append(" [").append(String.join(",", b.projectIds()))
                .append(b.points().isEmpty() ? "" : " " + b.points()).append(']'));
        return text.toString();
    }
}
