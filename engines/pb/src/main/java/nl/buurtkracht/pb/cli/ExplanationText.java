// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.util.Locale;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Outcome;

/** A plain-English rendering of an {@link Outcome} and its {@link Explanation}, for the command line. */
final class ExplanationText {

    private ExplanationText() {
    }

    static String render(Instance instance, Outcome outcome, boolean explain) {
        StringBuilder text = new StringBuilder()
                .append("Rule: ").append(outcome.rule()).append('\n')
                .append("Selected (in order): ").append(String.join(", ", outcome.selected())).append('\n')
                .append("Total cost: ").append(Amounts.money(instance, outcome.totalCost()))
                .append(" of ").append(Amounts.money(instance, instance.budget())).append('\n');
        if (!explain) {
            return text.toString().stripTrailing();
        }
        for (Explanation.Phase phase : outcome.explanation().phases()) {
            text.append('\n');
            phase(text, instance, phase);
        }
        text.append("\nNot selected:\n");
        for (Rejection rejection : outcome.explanation().rejections()) {
            text.append("  ").append(rejection.projectId()).append(" (cost ")
                    .append(Amounts.money(instance, rejection.cost())).append("): ")
                    .append(reason(instance, rejection)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static void phase(StringBuilder text, Instance instance, Explanation.Phase phase) {
        if (phase instanceof Explanation.EqualShares mes) {
            text.append("Method of Equal Shares (").append(word(mes.satisfaction())).append(" satisfaction): ")
                    .append("each voter started with ").append(Amounts.money(instance, mes.budgetPerVoter()))
                    .append(" (").append(mes.runs()).append(mes.runs() == 1 ? " run" : " runs").append(", stopped: ")
                    .append(word(mes.stop())).append(")\n");
            mes.freeProjects().forEach(id -> text.append("  Free project selected first: ").append(id).append('\n'));
            for (Explanation.EqualSharesRound round : mes.rounds()) {
                text.append("  Round ").append(round.round()).append(": ").append(round.projectId())
                        .append(" (cost ").append(Amounts.money(instance, round.cost())).append("), rho = ")
                        .append(Amounts.number(round.rho(), 9)).append("; each supporter paid up to ")
                        .append(Amounts.money(instance, round.sharePerSupporter())).append("; ")
                        .append(round.payingSupporters()).append(" supporters paid ")
                        .append(Amounts.money(instance, round.totalPaid())).append(" in total, ")
                        .append(round.supportersPayingAll()).append(" of them all they had left\n");
            }
        } else if (phase instanceof Explanation.Greedy greedy) {
            text.append("Greedy (").append(word(greedy.satisfaction())).append(" satisfaction")
                    .append(greedy.skipping() ? "" : ", without skipping").append(") starting with ")
                    .append(Amounts.money(instance, greedy.startingBudget())).append(":\n");
            for (Explanation.GreedyStep step : greedy.steps()) {
                text.append("  #").append(step.rank()).append(' ').append(step.projectId()).append(" (cost ")
                        .append(Amounts.money(instance, step.cost())).append(", ").append(step.supporters())
                        .append(" supporters): ").append(step.selected() ? "selected" : "skipped").append(", ")
                        .append(Amounts.money(instance, step.remainingBudget())).append(" left\n");
            }
        } else if (phase instanceof Explanation.Phragmen phragmen) {
            text.append("Sequential Phragmén").append(phragmen.stoppedBy() == null ? ""
                    : " (stopped when " + phragmen.stoppedBy() + " no longer fitted)").append(":\n");
            for (Explanation.PhragmenRound round : phragmen.rounds()) {
                text.append("  Round ").append(round.round()).append(": ").append(round.projectId()).append(" (cost ")
                        .append(Amounts.money(instance, round.cost())).append(", ").append(round.supporters())
                        .append(" supporters), load per supporter ")
                        .append(round.load() == null ? "-" : Amounts.money(instance, round.load())).append('\n');
            }
        } else if (phase instanceof Explanation.WelfareMaximisation welfare) {
            text.append("Maximum welfare (").append(word(welfare.satisfaction())).append(" satisfaction): ")
                    .append("total satisfaction ").append(welfare.welfare()).append('\n');
        }
    }

    private static String reason(Instance instance, Rejection rejection) {
        String amount = Amounts.money(instance, rejection.amount());
        return switch (rejection.reason()) {
            case NO_SUPPORTERS -> "no supporters";
            case SUPPORTERS_BUDGET_EXHAUSTED -> "its supporters had only " + amount + " left together";
            case DID_NOT_FIT -> "did not fit the remaining budget (" + amount + " left)";
            case NOT_REACHED -> "the rule stopped before reaching it (" + amount + " left)";
            case BELOW_THRESHOLD -> "score " + Amounts.number(rejection.amount(), 6) + " below the minimum";
            case NOT_IN_OPTIMAL_SET -> "not in the set with maximum welfare";
        };
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
