// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.buurtkracht.pb.Compatibility;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.StopReason;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Rational;
import nl.buurtkracht.pb.Satisfaction;
import nl.buurtkracht.pb.Selection;
import nl.buurtkracht.pb.TieBreaking;
import nl.buurtkracht.pb.VotingRule;
import org.jspecify.annotations.Nullable;

/**
 * The Method of Equal Shares (MES), optionally with the add1 completion ({@code voter_budget_increment}).
 *
 * <p>Every voter receives B/n. In each round the candidate whose supporters can pay its cost at the lowest price ρ
 * per unit of satisfaction is bought, each supporter paying {@code min(budget, ρ·u)}; exact ties go to the project
 * that wins the {@link TieBreaking}. Projects with positive satisfaction and cost 0 are selected first. MES stops
 * when no candidate is affordable. With an increment d, MES is rerun from scratch with B/n + d, B/n + 2d, ... per
 * voter and returns the last run that did not overspend, or the first exhaustive run (PB-SPEC.md §4.2–4.3). The
 * outcome is identical to pabutools 1.2.3's {@code method_of_equal_shares} with default arguments.
 *
 * <p>Guarantee: every decision is exact: runs without explanation compute in doubles with rigorous error bounds and
 * rerun in exact rational arithmetic when a comparison is too close to call ({@link EqualSharesLane}); explained runs
 * are exact throughout. The outcome satisfies Extended Justified Representation up to
 * one project (EJR-up-to-one) for cost and cardinality satisfaction. Complexity of one run: O(r·(A + C·s)) steps in
 * the worst case, with r rounds, A the number of support entries after merging identical ballots, C the number of
 * distinct voter budgets and s the slots per project; in practice a few candidates are evaluated per round
 * (lazy evaluation). add1 multiplies this by the number of increments, and runs them speculatively in parallel.
 *
 * <p>Paper: D. Peters, G. Pierczyński, P. Skowron, "Proportional Participatory Budgeting with Additive Utilities",
 * NeurIPS 2021; completion: equalshares.net and pabutools.
 */
public final class MethodOfEqualShares implements VotingRule {

    private final Satisfaction satisfaction;
    private final TieBreaking tieBreaking;
    private final @Nullable BigDecimal increment;
    private final Compatibility compatibility;

    /** Plain MES with the given satisfaction and id-order tie-breaking. */
    public MethodOfEqualShares(Satisfaction satisfaction) {
        this(satisfaction, TieBreaking.ID_ORDER);
    }

    /** Plain MES with the given satisfaction and tie-breaking. */
    public MethodOfEqualShares(Satisfaction satisfaction, TieBreaking tieBreaking) {
        this(satisfaction, tieBreaking, null, Compatibility.PABUTOOLS);
    }

    private MethodOfEqualShares(Satisfaction satisfaction, TieBreaking tieBreaking, @Nullable BigDecimal increment,
            Compatibility compatibility) {
        this.satisfaction = Objects.requireNonNull(satisfaction);
        this.tieBreaking = Objects.requireNonNull(tieBreaking);
        if (increment != null && increment.signum() <= 0) {
            throw new IllegalArgumentException("the voter budget increment must be positive: " + increment);
        }
        this.increment = increment;
        this.compatibility = compatibility;
    }

    /**
     * This rule with the add1 completion: rerun with the per-voter budget raised by {@code increment} currency units
     * (1 for "add1") until exhaustive or until the next run would overspend.
     */
    public MethodOfEqualShares withVoterBudgetIncrement(BigDecimal perVoterIncrement, Compatibility variant) {
        return new MethodOfEqualShares(satisfaction, tieBreaking, perVoterIncrement, variant);
    }

    Satisfaction satisfaction() {
        return satisfaction;
    }

    TieBreaking tieBreaking() {
        return tieBreaking;
    }

    @Override
    public String name() {
        String name = "mes_" + satisfaction.key();
        if (increment != null) {
            name += increment.compareTo(BigDecimal.ONE) == 0 ? "_add1" : "_add" + increment.toPlainString();
            name += compatibility == Compatibility.EQUALSHARES_NET ? " [equalshares.net]" : "";
        }
        return tieBreaking == TieBreaking.ID_ORDER ? name : name + " [tie-breaking " + tieBreaking.key() + "]";
    }

    @Override
    public Selection select(Profile profile) {
        EqualSharesSetup setup = EqualSharesSetup.of(profile, satisfaction, tieBreaking);
        int[] selection;
        if (increment == null) {
            Rational perVoter = equalShare(profile);
            selection = new EqualSharesLane(setup).run(perVoter.numerator(), perVoter.denominator(),
                    new AtomicBoolean(), Long.MAX_VALUE);
        } else {
            selection = search(setup, increment).selection();
        }
        return Allocations.selection(name(), profile.instance(), selection);
    }

    @Override
    public Outcome apply(Profile profile) {
        EqualSharesSetup setup = EqualSharesSetup.of(profile, satisfaction, tieBreaking);
        Explanation.EqualShares phase = increment == null ? plain(setup) : completed(setup, increment);
        int[] selection = selectionOf(profile.instance(), phase);
        return Allocations.outcome(name(), profile.instance(), selection, new Explanation(List.of(phase), phase.rejections()));
    }

    private static Explanation.EqualShares plain(EqualSharesSetup setup) {
        Rational perVoter = equalShare(setup.profile());
        EqualSharesRun run = EqualSharesRun.run(setup, perVoter.numerator(), perVoter.denominator(), true);
        return run.phase(perVoter, 1, StopReason.NO_AFFORDABLE_PROJECT);
    }

    private Explanation.EqualShares completed(EqualSharesSetup setup, BigDecimal perVoterIncrement) {
        BudgetIncreaseSearch.Result result = search(setup, perVoterIncrement);
        Rational kept = result.budgetPerVoter() == null ? start(setup.profile()) : result.budgetPerVoter();
        EqualSharesRun run = EqualSharesRun.run(setup, kept.numerator(), kept.denominator(), true);
        return run.phase(kept, result.runs(), result.stop());
    }

    private BudgetIncreaseSearch.Result search(EqualSharesSetup setup, BigDecimal perVoterIncrement) {
        Instance instance = setup.profile().instance();
        Rational start = start(setup.profile());
        Rational step = Rational.of(perVoterIncrement.movePointRight(instance.decimals()));
        int[] scope = compatibility == Compatibility.PABUTOOLS ? setup.candidates() : Allocations.all(instance);
        return BudgetIncreaseSearch.search(setup, k -> start.add(step.multiply(k)), setup.freeProjects(), scope,
                compatibility == Compatibility.EQUALSHARES_NET);
    }

    private Rational start(Profile profile) {
        return compatibility == Compatibility.PABUTOOLS ? equalShare(profile)
                : Rational.of(wholeUnitsShare(profile), BigInteger.ONE);
    }

    /** B/n minor units per voter (0 when there are no voters). */
    static Rational equalShare(Profile profile) {
        return profile.size() == 0 ? Rational.ZERO : Rational.of(profile.instance().budget(), profile.size());
    }

    /** ⌊B/n⌋ whole currency units per voter, in minor units (equalshares.net's "integral" start). */
    private static BigInteger wholeUnitsShare(Profile profile) {
        if (profile.size() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger unit = BigInteger.TEN.pow(profile.instance().decimals());
        BigInteger perVoter = BigInteger.valueOf(profile.instance().budget())
                .divide(unit.multiply(BigInteger.valueOf(profile.size())));
        return perVoter.multiply(unit);
    }

    /** The free projects followed by the rounds' projects, as indices. */
    static int[] selectionOf(Instance instance, Explanation.EqualShares phase) {
        int[] selection = new int[phase.freeProjects().size() + phase.rounds().size()];
        int n = 0;
        for (String id : phase.freeProjects()) {
            selection[n++] = instance.indexOf(id);
        }
        for (Explanation.EqualSharesRound round : phase.rounds()) {
            selection[n++] = instance.indexOf(round.projectId());
        }
        return selection;
    }
}
