// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.buurtkracht.pb.Explanation;
import nl.buurtkracht.pb.Explanation.Rejection;
import nl.buurtkracht.pb.Instance;

/**
 * An {@link Explanation} as JSON. Amounts are decimal strings in currency units; {@code rho} is the price per unit
 * of satisfaction (for cost satisfaction a fraction of the cost, for cardinality satisfaction an amount in minor
 * units), also given exactly as {@code rhoExact}.
 */
final class ExplanationJson {

    private ExplanationJson() {
    }

    static String render(Instance instance, Explanation explanation) {
        return "{\"phases\": [" + explanation.phases().stream().map(phase -> phase(instance, phase))
                .collect(Collectors.joining(", ")) + "], \"notSelected\": "
                + rejections(instance, explanation.rejections()) + "}";
    }

    private static String phase(Instance instance, Explanation.Phase phase) {
        if (phase instanceof Explanation.EqualShares mes) {
            return equalShares(instance, mes);
        }
        if (phase instanceof Explanation.Greedy greedy) {
            return greedy(instance, greedy);
        }
        if (phase instanceof Explanation.Phragmen phragmen) {
            return phragmen(instance, phragmen);
        }
        Explanation.WelfareMaximisation welfare = (Explanation.WelfareMaximisation) phase;
        return "{\"type\": \"welfare_maximisation\", \"satisfaction\": " + name(welfare.satisfaction())
                + ", \"welfare\": " + Json.quote(welfare.welfare().toString()) + "}";
    }

    private static String equalShares(Instance instance, Explanation.EqualShares mes) {
        return "{\"type\": \"equal_shares\", \"satisfaction\": " + name(mes.satisfaction())
                + ", \"budgetPerVoter\": " + Json.quote(Amounts.money(instance, mes.budgetPerVoter()))
                + ", \"runs\": " + mes.runs() + ", \"stop\": " + name(mes.stop())
                + ", \"freeProjects\": " + strings(mes.freeProjects())
                + ", \"rounds\": [" + mes.rounds().stream().map(round -> "{\"round\": " + round.round()
                        + ", \"project\": " + Json.quote(round.projectId())
                        + ", \"cost\": " + Json.quote(Amounts.money(instance, round.cost()))
                        + ", \"rho\": " + Json.quote(Amounts.number(round.rho(), 12))
                        + ", \"rhoExact\": " + Json.quote(round.rho().toString())
                        + ", \"sharePerSupporter\": " + Json.quote(Amounts.money(instance, round.sharePerSupporter()))
                        + ", \"payingSupporters\": " + round.payingSupporters()
                        + ", \"supportersPayingAll\": " + round.supportersPayingAll()
                        + ", \"totalPaid\": " + Json.quote(Amounts.money(instance, round.totalPaid())) + "}")
                .collect(Collectors.joining(", ")) + "]}";
    }

    private static String greedy(Instance instance, Explanation.Greedy greedy) {
        return "{\"type\": \"greedy\", \"satisfaction\": " + name(greedy.satisfaction())
                + ", \"startingBudget\": " + Json.quote(Amounts.money(instance, greedy.startingBudget()))
                + ", \"skipping\": " + greedy.skipping()
                + ", \"steps\": [" + greedy.steps().stream().map(step -> "{\"rank\": " + step.rank()
                        + ", \"project\": " + Json.quote(step.projectId())
                        + ", \"cost\": " + Json.quote(Amounts.money(instance, step.cost()))
                        + ", \"supporters\": " + step.supporters()
                        + ", \"density\": " + Json.quote(step.density() == null ? "infinity"
                                : Amounts.number(step.density(), 12))
                        + ", \"selected\": " + step.selected()
                        + ", \"remainingBudget\": " + Json.quote(Amounts.money(instance, step.remainingBudget())) + "}")
                .collect(Collectors.joining(", ")) + "]}";
    }

    private static String phragmen(Instance instance, Explanation.Phragmen phragmen) {
        return "{\"type\": \"phragmen\", \"stoppedBy\": "
                + (phragmen.stoppedBy() == null ? "null" : Json.quote(phragmen.stoppedBy()))
                + ", \"rounds\": [" + phragmen.rounds().stream().map(round -> "{\"round\": " + round.round()
                        + ", \"project\": " + Json.quote(round.projectId())
                        + ", \"cost\": " + Json.quote(Amounts.money(instance, round.cost()))
                        + ", \"supporters\": " + round.supporters()
                        + ", \"load\": " + (round.load() == null ? "null"
                                : Json.quote(Amounts.money(instance, round.load()))) + "}")
                .collect(Collectors.joining(", ")) + "]}";
    }

    private static String rejections(Instance instance, List<Rejection> rejections) {
        return "[" + rejections.stream().map(rejection -> "{\"project\": " + Json.quote(rejection.projectId())
                + ", \"cost\": " + Json.quote(Amounts.money(instance, rejection.cost()))
                + ", \"reason\": " + name(rejection.reason())
                + ", \"amount\": " + Json.quote(rejection.reason() == Explanation.Reason.BELOW_THRESHOLD
                        ? Amounts.number(rejection.amount(), 6) : Amounts.money(instance, rejection.amount())) + "}")
                .collect(Collectors.joining(", ")) + "]";
    }

    private static String strings(List<String> values) {
        return "[" + values.stream().map(Json::quote).collect(Collectors.joining(", ")) + "]";
    }

    private static String name(Enum<?> value) {
        return Json.quote(value.name().toLowerCase(Locale.ROOT));
    }
}
