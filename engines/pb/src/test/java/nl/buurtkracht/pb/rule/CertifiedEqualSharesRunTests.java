// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Project;
import nl.buurtkracht.pb.RandomProfiles;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.UnresolvedTieException;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;

/**
 * The certified double run selects exactly what the exact run selects, and gives up (so that the lane reruns exactly)
 * when a decision is too close to call in doubles.
 */
class CertifiedEqualSharesRunTests {

    private static final AtomicBoolean GOING_ON = new AtomicBoolean();

    private static EqualSharesSetup setup(Profile profile, Satisfaction satisfaction) {
        return EqualSharesSetup.of(profile, satisfaction, TieBreaking.ID_ORDER);
    }

    private static List<String> ids(EqualSharesSetup setup, int[] selection) {
        List<String> ids = new ArrayList<>();
        for (int p : selection) {
            ids.add(setup.id(p));
        }
        return ids;
    }

    /** The certified run alone: its selection, or null when it gave up. */
    private static List<String> certified(EqualSharesSetup setup, Rational perVoter) {
        CertifiedEqualSharesRun run = CertifiedEqualSharesRun.forSetup(setup);
        assertThat(run).isNotNull();
        assertThat(run.start(perVoter.numerator(), perVoter.denominator())).isTrue();
        return run.finish(GOING_ON, Long.MAX_VALUE) ? ids(setup, run.selection()) : null;
    }

    private static List<String> exact(EqualSharesSetup setup, Rational perVoter) {
        EqualSharesLane lane = new EqualSharesLane(setup, false);
        return ids(setup, lane.run(perVoter.numerator(), perVoter.denominator(), GOING_ON, Long.MAX_VALUE));
    }

    /**
     * Compares the certified run and the lane with the exact run at this budget.
     *
     * @return whether the certified run finished (false: it gave up)
     */
    private static boolean agreesWithExact(EqualSharesSetup setup, Rational perVoter, String label) {
        List<String> expected = exact(setup, perVoter);
        List<String> actual = certified(setup, perVoter);
        if (actual != null) {
            assertThat(actual).as("%s, budget %s", label, perVoter).isEqualTo(expected);
        }
        EqualSharesLane lane = new EqualSharesLane(setup);
        assertThat(ids(setup, lane.run(perVoter.numerator(), perVoter.denominator(), GOING_ON, Long.MAX_VALUE)))
                .as("lane, %s, budget %s", label, perVoter).isEqualTo(expected);
        return actual != null;
    }

    /**
     * {@link #agreesWithExact} at the equal share plus 0, 1, 2 and 3 steps of a size that depends on the seed.
     *
     * @return how many of the four the certified run finished
     */
    private static int certifiedOfFourBudgets(EqualSharesSetup setup, long seed, String label) {
        Rational start = MethodOfEqualShares.equalShare(setup.profile());
        int certified = 0;
        for (int k = 0; k < 4; k++) {
            certified += agreesWithExact(setup, start.add(Rational.of(k * (seed % 5 + 1))), label) ? 1 : 0;
        }
        return certified;
    }

    @Test
    void agreesWithTheExactRunOnRandomProfilesAndBudgets() {
        int certifiedRuns = 0;
        int gaveUp = 0;
        for (long seed = 0; seed < 3000; seed++) {
            RandomGenerator random = RandomProfiles.random(seed);
            Profile profile = RandomProfiles.of(random, seed % 3 == 0 ? VoteType.CHOOSE_1 : VoteType.APPROVAL, 10, 40,
                    seed % 2 == 0 ? 9 : 100_000);
            for (Satisfaction satisfaction : new Satisfaction[] {Satisfaction.COST, Satisfaction.CARDINALITY}) {
                int certified = certifiedOfFourBudgets(setup(profile, satisfaction), seed, "seed " + seed + ", "
                        + satisfaction);
                certifiedRuns += certified;
                gaveUp += 4 - certified;
            }
        }
        // both paths must really be exercised
        assertThat(certifiedRuns).isGreaterThan(10_000);
        assertThat(gaveUp).isGreaterThan(100);
    }

    @Test
    void decidesAnExactTieBetweenSharesWithoutSaturationByIdOrder() {
        // b and a: same cost, same number of supporters, nobody short of money: ρ is exactly equal
        Profile profile = TestFiles.approvals(120, "a=30 b=30 c=60", "a", "a", "b", "b", "c", "c");
        EqualSharesSetup setup = setup(profile, Satisfaction.COST);
        Rational perVoter = MethodOfEqualShares.equalShare(profile);
        assertThat(certified(setup, perVoter)).containsExactly("a", "b").isEqualTo(exact(setup, perVoter))
                .isEqualTo(ReferenceEqualShares.run(profile, Satisfaction.COST, perVoter));
    }

    @Test
    void givesUpWhenAClassHasExactlyTheShareThatDoublesCannotRepresent() {
        // 100/3 per voter is not a double; x costs exactly what its three supporters have together
        Profile profile = TestFiles.approvals(100, "x=100 y=1", "x", "x", "x,y");
        EqualSharesSetup setup = setup(profile, Satisfaction.COST);
        Rational perVoter = MethodOfEqualShares.equalShare(profile);
        assertThat(certified(setup, perVoter)).isNull();
        EqualSharesLane lane = new EqualSharesLane(setup);
        assertThat(ids(setup, lane.run(perVoter.numerator(), perVoter.denominator(), GOING_ON, Long.MAX_VALUE)))
                .isEqualTo(exact(setup, perVoter))
                .isEqualTo(ReferenceEqualShares.run(profile, Satisfaction.COST, perVoter));
        assertThat(lane.exactRuns()).isEqualTo(1);
    }

    @Test
    void givesUpWhenTheSupportersHaveExactlyTheCostAfterEarlierPayments() {
        // after y (cost 1, bought first at ρ = 1/2) two voters have 197/6 left and one 100/3: together exactly 99,
        // the cost of z, so the last of them pays exactly all it has (neither amount is a double)
        Profile profile = TestFiles.approvals(100, "y=1 z=99", "y,z", "y,z", "z");
        EqualSharesSetup setup = setup(profile, Satisfaction.CARDINALITY);
        Rational perVoter = MethodOfEqualShares.equalShare(profile);
        assertThat(certified(setup, perVoter)).isNull();
        EqualSharesLane lane = new EqualSharesLane(setup);
        assertThat(ids(setup, lane.run(perVoter.numerator(), perVoter.denominator(), GOING_ON, Long.MAX_VALUE)))
                .isEqualTo(exact(setup, perVoter))
                .isEqualTo(ReferenceEqualShares.run(profile, Satisfaction.CARDINALITY, perVoter));
        assertThat(lane.exactRuns()).isEqualTo(1);
    }

    @Test
    void certifiesAClearlyUnaffordableProject() {
        Profile profile = TestFiles.approvals(100, "x=101", "x", "x", "x");
        EqualSharesSetup setup = setup(profile, Satisfaction.COST);
        assertThat(certified(setup, MethodOfEqualShares.equalShare(profile))).isEmpty();
    }

    @Test
    void leavesARefusedTieToTheExactRunWhichRefusesIt() {
        Profile profile = TestFiles.approvals(120, "a=30 b=30", "a", "a", "b", "b");
        EqualSharesSetup setup = EqualSharesSetup.of(profile, Satisfaction.COST, TieBreaking.REFUSE);
        Rational perVoter = MethodOfEqualShares.equalShare(profile);
        CertifiedEqualSharesRun run = CertifiedEqualSharesRun.forSetup(setup);
        run.start(perVoter.numerator(), perVoter.denominator());
        assertThat(run.finish(GOING_ON, Long.MAX_VALUE)).isFalse();
        EqualSharesLane lane = new EqualSharesLane(setup);
        assertThatThrownBy(() -> lane.run(perVoter.numerator(), perVoter.denominator(), GOING_ON, Long.MAX_VALUE))
                .isInstanceOf(UnresolvedTieException.class);
    }

    @Test
    void certifiesPointsWithDifferentLevels() {
        Profile profile = TestFiles.read("points.pb");
        EqualSharesSetup setup = setup(profile, Satisfaction.POINTS);
        assertThat(setup.maxLevels()).isGreaterThan(1);
        Rational perVoter = MethodOfEqualShares.equalShare(profile);
        assertThat(certified(setup, perVoter)).isEqualTo(exact(setup, perVoter))
                .isEqualTo(ReferenceEqualShares.run(profile, Satisfaction.POINTS, perVoter));
    }

    @Test
    void agreesWithTheExactRunOnRandomPointsProfiles() {
        int certifiedRuns = 0;
        int severalLevels = 0;
        int gaveUp = 0;
        for (long seed = 0; seed < 3000; seed++) {
            RandomGenerator random = RandomProfiles.random(seed);
            Profile profile = RandomProfiles.of(random, seed % 2 == 0 ? VoteType.CUMULATIVE : VoteType.SCORING, 10, 40,
                    seed % 3 == 0 ? 9 : 100_000);
            EqualSharesSetup setup = setup(profile, Satisfaction.POINTS);
            severalLevels += setup.maxLevels() > 1 ? 1 : 0;
            int certified = certifiedOfFourBudgets(setup, seed, "seed " + seed);
            certifiedRuns += certified;
            gaveUp += 4 - certified;
        }
        // several levels, both outcomes of certification and the exact fallback must really be exercised
        assertThat(severalLevels).isGreaterThan(2000);
        assertThat(certifiedRuns).isGreaterThan(5000);
        assertThat(gaveUp).isGreaterThan(50);
    }

    @Test
    void agreesWithTheExactRunWithManyLevels() {
        int certifiedRuns = 0;
        for (long seed = 0; seed < 1000; seed++) {
            Profile profile = manyLevels(RandomProfiles.random(seed));
            EqualSharesSetup setup = setup(profile, Satisfaction.POINTS);
            Rational start = MethodOfEqualShares.equalShare(profile);
            for (int k = 0; k < 3; k++) {
                certifiedRuns += agreesWithExact(setup, start.add(Rational.of(k * 7L)), "seed " + seed) ? 1 : 0;
            }
        }
        assertThat(certifiedRuns).isGreaterThan(2500);
    }

    /** Up to 12 projects and 80 voters who give 0 to 40 points: many levels per project. */
    private static Profile manyLevels(RandomGenerator random) {
        Instance.Builder instance = Instance.builder().budget(1000 + random.nextInt(100_000));
        int projects = 2 + random.nextInt(11);
        for (int p = 0; p < projects; p++) {
            instance.project(Project.of("p" + p, "project " + p, 1 + random.nextInt(30_000)));
        }
        Instance built = instance.build();
        Profile.Builder profile = Profile.builder(built, VoteType.CUMULATIVE);
        int voters = 1 + random.nextInt(80);
        for (int v = 0; v < voters; v++) {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (int p = 0; p < projects; p++) {
                if (random.nextInt(3) == 0) {
                    points.put("p" + p, BigDecimal.valueOf(random.nextInt(41)));
                }
            }
            profile.add(Ballot.points("v" + v, points));
        }
        return profile.build();
    }
}
