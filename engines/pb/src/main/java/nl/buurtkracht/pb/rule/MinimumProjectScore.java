// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.Reason;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.VotingRule;
import org.jspecify.annotations.Nullable;

/**
 * Runs a rule on the projects whose score reaches a minimum, as cities with a {@code min_project_score_threshold}
 * do ({@code greedy-threshold}). The score is the number of voters who put the project on their ballot, or the total
 * points for cumulative and scoring ballots. The other projects are left out of the instance and of every ballot;
 * the voters still count. pabutools ignores such thresholds, so this is an explicit, separate option.
 *
 * <p>Complexity: O(A) to restrict the profile, plus the rule.
 */
public final class MinimumProjectScore implements VotingRule {

    /** The Pabulib {@code META} key that holds a city's threshold. */
    public static final String META_KEY = "min_project_score_threshold";

    private final VotingRule rule;
    private final @Nullable BigDecimal minimum;

    /**
     * Restricts a rule.
     *
     * @param rule the rule to run on the eligible projects
     * @param minimum the minimum score, or {@code null} to read {@value #META_KEY} from the instance
     */
    public MinimumProjectScore(VotingRule rule, @Nullable BigDecimal minimum) {
        this.rule = Objects.requireNonNull(rule);
        this.minimum = minimum;
    }

    @Override
    public String name() {
        return rule.name() + " [minimum score " + (minimum == null ? META_KEY : minimum.toPlainString()) + "]";
    }

    @Override
    public Outcome apply(Profile profile) {
        Instance instance = profile.instance();
        BigDecimal threshold = minimum != null ? minimum : thresholdOf(instance);
        BigDecimal[] scores = scores(profile);
        Instance.Builder eligible = Instance.builder().budget(instance.budget()).decimals(instance.decimals());
        instance.meta().forEach(eligible::meta);
        int[] newIndex = new int[instance.size()];
        List<Rejection> below = new ArrayList<>();
        int kept = 0;
        for (int p = 0; p < instance.size(); p++) {
            if (scores[p].compareTo(threshold) >= 0) {
                eligible.project(instance.project(p));
                newIndex[p] = kept++;
            } else {
                newIndex[p] = -1;
                below.add(new Rejection(instance.project(p).id(), instance.project(p).cost(), Reason.BELOW_THRESHOLD,
                        Rational.of(scores[p])));
            }
        }
        Outcome outcome = rule.apply(restrict(profile, eligible.build(), newIndex));
        List<Rejection> rejections = new ArrayList<>(outcome.explanation().rejections());
        rejections.addAll(below);
        rejections.sort(Comparator.comparingInt(rejection -> instance.indexOf(rejection.projectId())));
        return new Outcome(name(), outcome.selected(), outcome.totalCost(), outcome.decimals(),
                new Explanation(outcome.explanation().phases(), rejections));
    }

    private static BigDecimal thresholdOf(Instance instance) {
        String value = instance.meta().get(META_KEY);
        if (value == null) {
            throw new IllegalArgumentException("no minimum project score given and the instance has no " + META_KEY);
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(META_KEY + " is not a number: '" + value + "'", notANumber);
        }
    }

    /** Supporters per project, or total points for point ballots. */
    static BigDecimal[] scores(Profile profile) {
        long[] totals = new long[profile.instance().size()];
        for (int voter = 0; voter < profile.size(); voter++) {
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                int p = profile.projectAt(voter, position);
                totals[p] = Math.addExact(totals[p], profile.voteType().hasPoints() ? profile.pointsAt(voter, position) : 1);
            }
        }
        BigDecimal[] scores = new BigDecimal[totals.length];
        for (int p = 0; p < totals.length; p++) {
            scores[p] = BigDecimal.valueOf(totals[p], profile.voteType().hasPoints() ? profile.pointsDecimals() : 0);
        }
        return scores;
    }

    private static Profile restrict(Profile profile, Instance eligible, int[] newIndex) {
        Profile.Builder builder = Profile.builder(eligible, profile.voteType()).constraints(profile.constraints());
        for (int voter = 0; voter < profile.size(); voter++) {
            int length = profile.ballotLength(voter);
            int[] projects = new int[length];
            BigDecimal[] points = profile.voteType().hasPoints() ? new BigDecimal[length] : null;
            int n = 0;
            for (int position = 0; position < length; position++) {
                int p = newIndex[profile.projectAt(voter, position)];
                if (p >= 0) {
                    if (points != null) {
                        points[n] = BigDecimal.valueOf(profile.pointsAt(voter, position), profile.pointsDecimals());
                    }
                    projects[n++] = p;
                }
            }
            builder.add(profile.voterId(voter), java.util.Arrays.copyOf(projects, n),
                    points == null ? null : java.util.Arrays.copyOf(points, n), null);
        }
        return builder.build();
    }
}
