// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.Arrays;
import java.util.Objects;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;
import org.jspecify.annotations.Nullable;

/**
 * Who supports what, compressed for the Method of Equal Shares and Phragmén (PB-SPEC.md §8.1–8.2).
 *
 * <p>Voters with the same utility vector (positive utilities only) always have the same
 * budget or load, so they are stored once as a <em>group</em> with a weight. Each project's utilities are written
 * as {@code multiplier * level}: with cost satisfaction every supporter of p has utility c(p), so the multiplier
 * is c(p) and there is a single level 1; with points the levels are the distinct points divided by their gcd.
 * A "slot" is one (project, level) pair; slots of project p are {@code slotStart[p] .. slotStart[p+1]-1}.
 */
final class SupportIndex {

    final int projectCount;
    final int groupCount;
    /** Voters per group. */
    final int[] weight;
    /** Per group, its slots: {@code groupSlot[groupStart[g] .. groupStart[g+1]-1]}. */
    final int[] groupStart;
    final int[] groupSlot;
    /** Per project, its supporting groups ordered by level, with their slots and weights. */
    final int[] supporterStart;
    final int[] supporterGroup;
    final int[] supporterSlot;
    final int[] supporterWeight;
    /** Per project, its slots; per slot, the project and the level (utility divided by the multiplier). */
    final int[] slotStart;
    final int[] slotProject;
    final long[] slotLevel;
    /** Per project: true utility = multiplier * level; voters with positive utility; sum of weight * level. */
    final long[] multiplier;
    final long[] supporters;
    final long[] levelSum;

    /** From this many groups on, groups are renumbered for memory locality; below it the sort is not worth it. */
    private static final int SORT_THRESHOLD = 4096;

    /** From the groups; {@code sameUtility} is every project's utility when it is the same on every ballot. */
    private SupportIndex(BallotGroups unsorted, long @Nullable [] sameUtility) {
        BallotGroups b = unsorted.groupCount() >= SORT_THRESHOLD ? unsorted.sorted() : unsorted;
        this.projectCount = b.projectCount();
        this.groupCount = b.groupCount();
        this.weight = Arrays.copyOf(b.weight(), b.groupCount());
        this.groupStart = Arrays.copyOf(b.groupStart(), b.groupCount() + 1);
        this.multiplier = new long[projectCount];
        this.supporters = new long[projectCount];
        this.levelSum = new long[projectCount];
        this.slotStart = new int[projectCount + 1];
        this.supporterStart = new int[projectCount + 1];
        long @Nullable [] entryUtility = sameUtility != null ? null : Objects.requireNonNull(b.entryUtility());
        int[] entryLevel = entryUtility == null ? null : new int[groupStart[groupCount]];
        long[][] levels = entryUtility == null ? singleLevels(b.groupsPerProject(), sameUtility)
                : levelsPerProject(b.entryProject(), entryUtility, entryLevel);
        for (int p = 0; p < projectCount; p++) {
            slotStart[p + 1] = slotStart[p] + levels[p].length;
        }
        this.slotProject = new int[slotStart[projectCount]];
        this.slotLevel = new long[slotStart[projectCount]];
        for (int p = 0; p < projectCount; p++) {
            for (int l = 0; l < levels[p].length; l++) {
                slotProject[slotStart[p] + l] = p;
                slotLevel[slotStart[p] + l] = levels[p][l];
            }
        }
        int entries = groupStart[groupCount];
        // with one level per project the entries' projects become their slots in place (the groups are not kept)
        this.groupSlot = entryUtility == null ? b.entryProject() : new int[entries];
        this.supporterGroup = new int[entries];
        this.supporterWeight = new int[entries];
        this.supporterSlot = new int[entries];
        if (entryUtility == null) {
            fillSingleLevels();
        } else {
            fillLevels(b.entryProject(), entryLevel);
        }
    }

    /**
     * The distinct levels of every project, ascending, and its multiplier (the gcd of its utilities); also the index
     * of each entry's level among its project's levels ({@code entryLevel}). When all supporters of a project have the
     * same utility there is one level, 1.
     */
    private long[][] levelsPerProject(int[] entryProject, long[] entryUtility, int[] entryLevel) {
        int entries = groupStart[groupCount];
        long[] first = new long[projectCount];
        long[] gcd = new long[projectCount];
        boolean[] mixed = new boolean[projectCount];
        boolean anyMixed = false;
        for (int e = 0; e < entries; e++) {
            int p = entryProject[e];
            long utility = entryUtility[e];
            if (gcd[p] == 0) {
                first[p] = utility;
                gcd[p] = utility;
            } else if (utility != first[p]) {
                // the gcd divides first[p], so an equal utility leaves it unchanged; a gcd of 1 stays 1
                mixed[p] = true;
                anyMixed = true;
                gcd[p] = gcd[p] == 1 ? 1 : gcd(gcd[p], utility);
            }
        }
        long[][] levels = new long[projectCount][];
        long[] single = {1};
        for (int p = 0; p < projectCount; p++) {
            multiplier[p] = gcd[p] == 0 ? 1 : gcd[p];
            levels[p] = gcd[p] == 0 ? new long[0] : single;
        }
        if (!anyMixed) {
            return levels;
        }
        long[] maxLevel = new long[projectCount];
        for (int e = 0; e < entries; e++) {
            int p = entryProject[e];
            if (mixed[p]) {
                maxLevel[p] = Math.max(maxLevel[p], levelOf(entryProject, entryUtility, e));
            }
        }
        // a table of all levels up to the largest is used when it is not much larger than the entries
        long limit = 4L * entries + 1024;
        long span = 0;
        for (int p = 0; p < projectCount && span <= limit; p++) {
            span += mixed[p] ? Math.min(maxLevel[p], limit) + 1 : 0;
        }
        if (span <= limit) {
            rankDensely(entryProject, entryUtility, mixed, maxLevel, (int) span, levels, entryLevel);
        } else {
            rankBySorting(entryProject, entryUtility, mixed, levels, entryLevel);
        }
        return levels;
    }

    /** The level of entry e: its utility divided by its project's multiplier (the gcd, usually 1). */
    private long levelOf(int[] entryProject, long[] entryUtility, int e) {
        long divisor = multiplier[entryProject[e]];
        return divisor == 1 ? entryUtility[e] : entryUtility[e] / divisor;
    }

    /** Levels that are small numbers (points usually are): found by marking them in a table per project. */
    private void rankDensely(int[] entryProject, long[] entryUtility, boolean[] mixed, long[] maxLevel, int span,
            long[][] levels, int[] entryLevel) {
        int entries = entryLevel.length;
        int[] base = new int[projectCount];
        for (int p = 0, next = 0; p < projectCount; p++) {
            base[p] = next;
            next += mixed[p] ? (int) maxLevel[p] + 1 : 0;
        }
        int[] rank = new int[span];
        for (int e = 0; e < entries; e++) {
            if (mixed[entryProject[e]]) {
                rank[base[entryProject[e]] + (int) levelOf(entryProject, entryUtility, e)] = 1;
            }
        }
        for (int p = 0; p < projectCount; p++) {
            if (mixed[p]) {
                int count = 0;
                for (int l = 0; l <= maxLevel[p]; l++) {
                    count += rank[base[p] + l];
                }
                levels[p] = new long[count];
                count = 0;
                for (int l = 0; l <= maxLevel[p]; l++) {
                    if (rank[base[p] + l] != 0) {
                        rank[base[p] + l] = count;
                        levels[p][count++] = l;
                    }
                }
            }
        }
        for (int e = 0; e < entries; e++) {
            if (mixed[entryProject[e]]) {
                entryLevel[e] = rank[base[entryProject[e]] + (int) levelOf(entryProject, entryUtility, e)];
            }
        }
    }

    /** Levels of any size: sorted per project, then found by binary search. */
    private void rankBySorting(int[] entryProject, long[] entryUtility, boolean[] mixed, long[][] levels,
            int[] entryLevel) {
        int entries = entryLevel.length;
        // one pass that buckets the levels by project (not one pass per project: that was quadratic)
        int[] start = new int[projectCount + 1];
        for (int e = 0; e < entries; e++) {
            start[entryProject[e] + 1]++;
        }
        for (int p = 0; p < projectCount; p++) {
            start[p + 1] += start[p];
        }
        long[] bucketed = new long[entries];
        int[] next = Arrays.copyOf(start, projectCount);
        for (int e = 0; e < entries; e++) {
            if (mixed[entryProject[e]]) {
                bucketed[next[entryProject[e]]++] = levelOf(entryProject, entryUtility, e);
            }
        }
        for (int p = 0; p < projectCount; p++) {
            if (mixed[p]) {
                levels[p] = distinctSorted(bucketed, start[p], next[p]);
            }
        }
        for (int e = 0; e < entries; e++) {
            if (mixed[entryProject[e]]) {
                entryLevel[e] = Arrays.binarySearch(levels[entryProject[e]], levelOf(entryProject, entryUtility, e));
            }
        }
    }

    /** Lays out the supporters of every slot; {@code entryLevel} is the index of each entry's level. */
    private void fillLevels(int[] entryProject, int[] entryLevel) {
        // per slot its number of supporting groups, then (summed up) the position of its first supporter
        int[] slotSupport = new int[slotLevel.length + 1];
        for (int g = 0; g < groupCount; g++) {
            int groupWeight = weight[g];
            for (int e = groupStart[g]; e < groupStart[g + 1]; e++) {
                int p = entryProject[e];
                int slot = slotStart[p] + entryLevel[e];
                levelSum[p] = Math.addExact(levelSum[p], Math.multiplyExact(slotLevel[slot], groupWeight));
                groupSlot[e] = slot;
                slotSupport[slot + 1]++;
                supporters[p] += groupWeight;
            }
        }
        for (int s = 0; s < slotLevel.length; s++) {
            slotSupport[s + 1] += slotSupport[s];
        }
        for (int p = 0; p < projectCount; p++) {
            supporterStart[p + 1] = slotSupport[slotStart[p + 1]];
        }
        int[] next = Arrays.copyOf(slotSupport, slotLevel.length);
        for (int g = 0; g < groupCount; g++) {
            for (int e = groupStart[g]; e < groupStart[g + 1]; e++) {
                int position = next[groupSlot[e]]++;
                supporterGroup[position] = g;
                supporterSlot[position] = groupSlot[e];
                supporterWeight[position] = weight[g];
            }
        }
    }

    /**
     * When every project has one level, 1 (its utility is the multiplier): the slots of the projects with support and
     * the positions of their supporters. No per-entry level is needed.
     */
    private long[][] singleLevels(int[] groupsPerProject, long[] utility) {
        long[][] levels = new long[projectCount][];
        long[] none = {};
        long[] single = {1};
        for (int p = 0; p < projectCount; p++) {
            boolean supported = groupsPerProject[p] > 0;
            levels[p] = supported ? single : none;
            multiplier[p] = supported ? utility[p] : 1;
            supporterStart[p + 1] = supporterStart[p] + groupsPerProject[p];
        }
        return levels;
    }

    /**
     * Lays out the supporters of every project when each has one slot; the level sum is the number of supporters.
     * {@link #groupSlot} holds the entries' projects on entry and their slots on return.
     */
    private void fillSingleLevels() {
        int[] next = Arrays.copyOf(supporterStart, projectCount);
        for (int g = 0; g < groupCount; g++) {
            int groupWeight = weight[g];
            for (int e = groupStart[g]; e < groupStart[g + 1]; e++) {
                int p = groupSlot[e];
                int position = next[p]++;
                groupSlot[e] = slotStart[p];
                supporterGroup[position] = g;
                supporterWeight[position] = groupWeight;
                supporters[p] += groupWeight;
            }
        }
        for (int p = 0; p < projectCount; p++) {
            Arrays.fill(supporterSlot, supporterStart[p], supporterStart[p + 1], slotStart[p]);
        }
        System.arraycopy(supporters, 0, levelSum, 0, projectCount);
    }

    private static long[] distinctSorted(long[] values, int from, int to) {
        Arrays.sort(values, from, to);
        int n = 0;
        for (int i = from; i < to; i++) {
            if (n == 0 || values[i] != values[from + n - 1]) {
                values[from + n++] = values[i];
            }
        }
        return Arrays.copyOfRange(values, from, from + n);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Takes project p out of a run's bookkeeping: each of its supporting groups supports one live project less, and
     * the class holding the group ({@code groupClass}) loses that supporter weight of live support.
     */
    void retire(int p, int[] groupClass, int[] groupLive, long[] liveWeight) {
        for (int i = supporterStart[p]; i < supporterStart[p + 1]; i++) {
            int g = supporterGroup[i];
            groupLive[g]--;
            liveWeight[groupClass[g]] -= supporterWeight[i];
        }
    }

    /**
     * Builds the index of all projects of the profile. When a project's utility is the same on every ballot (cost,
     * cardinality), ballots are grouped by their sets of projects ({@link ProjectSetGroups}); otherwise by their
     * utility vectors ({@link BallotGroups#byUtilityVectors}).
     */
    static SupportIndex of(Profile profile, Satisfaction satisfaction) {
        long[] sameUtility = Utility.perProject(profile, satisfaction);
        if (sameUtility != null) {
            return new SupportIndex(ProjectSetGroups.of(profile, sameUtility), sameUtility);
        }
        return ofUtilityVectors(profile, satisfaction);
    }

    /**
     * The index built the general way, for any measure: ballots grouped by their utility vectors, each entry's level
     * found from its utility. {@link #of} builds the same index faster when utilities depend on the project only.
     */
    static SupportIndex ofUtilityVectors(Profile profile, Satisfaction satisfaction) {
        return new SupportIndex(BallotGroups.byUtilityVectors(profile, satisfaction), null);
    }
}
