// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.function.IntBinaryOperator;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.TieBreaking;

/** Orders projects for tie-breaking: by id in code-point order, optionally after a key. */
final class ProjectOrder {

    private ProjectOrder() {
    }

    /** Compares two strings by Unicode code point, as Python compares {@code str}. */
    static int compareIds(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // below the surrogates char order is code-point order; a surrogate needs the code points
                return Character.isSurrogate(x) || Character.isSurrogate(y) ? compareCodePoints(a, b) : x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * The rank of every project in the tie-breaking order: {@code rank[p] < rank[q]} means p wins a tie with q.
     *
     * @throws IllegalArgumentException for {@link TieBreaking#APPROVAL_SCORE} on non-approval ballots
     */
    static int[] tieRanks(Profile profile, TieBreaking tieBreaking) {
        Instance instance = profile.instance();
        String[] ids = new String[instance.size()];
        for (int p = 0; p < ids.length; p++) {
            ids[p] = instance.project(p).id();
        }
        IntBinaryOperator byId = (p, q) -> compareIds(ids[p], ids[q]);
        IntBinaryOperator order = switch (tieBreaking) {
            case ID_ORDER, REFUSE -> byId;
            case MIN_COST -> thenById(
                    (p, q) -> Long.compare(instance.project(p).cost(), instance.project(q).cost()), byId);
            case MAX_COST -> thenById(
                    (p, q) -> Long.compare(instance.project(q).cost(), instance.project(p).cost()), byId);
            case APPROVAL_SCORE -> {
                if (!profile.voteType().isApproval()) {
                    throw new IllegalArgumentException("app_score tie-breaking needs approval ballots");
                }
                long[] approvals = approvalCounts(profile);
                yield thenById((p, q) -> Long.compare(approvals[q], approvals[p]), byId);
            }
        };
        // a sort of primitive indices: boxing every index and sorting Integers was a visible part of small calls
        int[] sorted = new int[instance.size()];
        for (int p = 0; p < sorted.length; p++) {
            sorted[p] = p;
        }
        IntMergeSort.sort(sorted, order);
        int[] rank = new int[sorted.length];
        for (int position = 0; position < sorted.length; position++) {
            rank[sorted[position]] = position;
        }
        return rank;
    }

    private static IntBinaryOperator thenById(IntBinaryOperator first, IntBinaryOperator byId) {
        return (p, q) -> {
            int result = first.applyAsInt(p, q);
            return result != 0 ? result : byId.applyAsInt(p, q);
        };
    }

    private static long[] approvalCounts(Profile profile) {
        long[] counts = new long[profile.instance().size()];
        for (int voter = 0; voter < profile.size(); voter++) {
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                counts[profile.projectAt(voter, position)]++;
            }
        }
        return counts;
    }
}
