// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.Arrays;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;

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

    /** From this many voters on, identical ballots are merged into groups. */
    private static final int MERGE_THRESHOLD = 0;
    /** From this many groups on, groups are renumbered for memory locality; below it the sort is not worth it. */
    private static final int SORT_THRESHOLD = 4096;

    private SupportIndex(Builder unsorted) {
        Builder b = unsorted.groupCount >= SORT_THRESHOLD ? unsorted.sorted() : unsorted;
        this.projectCount = b.projectCount;
        this.groupCount = b.groupCount;
        this.weight = Arrays.copyOf(b.weight, b.groupCount);
        this.groupStart = Arrays.copyOf(b.groupStart, b.groupCount + 1);
        this.multiplier = new long[projectCount];
        this.supporters = new long[projectCount];
        this.levelSum = new long[projectCount];
        this.slotStart = new int[projectCount + 1];
        long[][] levels = levelsPerProject(b);
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
        this.groupSlot = new int[entries];
        int[] slotSupport = new int[slotLevel.length + 1];
        for (int g = 0; g < groupCount; g++) {
            int groupWeight = weight[g];
            for (int e = groupStart[g]; e < groupStart[g + 1]; e++) {
                int p = b.entryProject[e];
                int slot = slotStart[p];
                if (slotStart[p + 1] - slot == 1) {
                    // one level means every supporter has the utility the multiplier: level 1, no division
                    levelSum[p] = Math.addExact(levelSum[p], groupWeight);
                } else {
                    long level = b.entryUtility[e] / multiplier[p];
                    slot += Arrays.binarySearch(levels[p], level);
                    levelSum[p] = Math.addExact(levelSum[p], Math.multiplyExact(level, groupWeight));
                }
                groupSlot[e] = slot;
                slotSupport[slot + 1]++;
                supporters[p] += groupWeight;
            }
        }
        for (int s = 0; s < slotLevel.length; s++) {
            slotSupport[s + 1] += slotSupport[s];
        }
        this.supporterStart = new int[projectCount + 1];
        for (int p = 0; p < projectCount; p++) {
            supporterStart[p + 1] = slotSupport[slotStart[p + 1]];
        }
        this.supporterGroup = new int[entries];
        this.supporterWeight = new int[entries];
        this.supporterSlot = new int[entries];
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
     * The distinct levels of every project, ascending, and its multiplier (the gcd of its utilities). When all
     * supporters have the same utility (always with cost and cardinality satisfaction) there is one level, 1.
     */
    private long[][] levelsPerProject(Builder b) {
        int entries = b.groupStart[b.groupCount];
        long[] first = new long[projectCount];
        long[] gcd = new long[projectCount];
        boolean[] mixed = new boolean[projectCount];
        boolean anyMixed = false;
        for (int e = 0; e < entries; e++) {
            int p = b.entryProject[e];
            long utility = b.entryUtility[e];
            if (gcd[p] == 0) {
                first[p] = utility;
                gcd[p] = utility;
            } else if (utility != first[p]) {
                // the gcd divides first[p], so an equal utility leaves it unchanged
                mixed[p] = true;
                anyMixed = true;
                gcd[p] = gcd(gcd[p], utility);
            }
        }
        long[][] levels = new long[projectCount][];
        long[] single = {1};
        for (int p = 0; p < projectCount; p++) {
            multiplier[p] = gcd[p] == 0 ? 1 : gcd[p];
            levels[p] = gcd[p] == 0 ? new long[0] : single;
        }
        if (!anyMixed) {
            // always so with cost and cardinality satisfaction: no need to bucket the utilities
            return levels;
        }
        // one pass that buckets the utilities by project (not one pass per project: that was quadratic)
        int[] start = new int[projectCount + 1];
        for (int e = 0; e < entries; e++) {
            start[b.entryProject[e] + 1]++;
        }
        for (int p = 0; p < projectCount; p++) {
            start[p + 1] += start[p];
        }
        long[] bucketed = new long[entries];
        int[] next = Arrays.copyOf(start, projectCount);
        for (int e = 0; e < entries; e++) {
            int p = b.entryProject[e];
            if (mixed[p]) {
                bucketed[next[p]++] = b.entryUtility[e] / multiplier[p];
            }
        }
        for (int p = 0; p < projectCount; p++) {
            if (mixed[p]) {
                levels[p] = distinctSorted(bucketed, start[p], next[p]);
            }
        }
        return levels;
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
     * Builds the index of all projects of the profile. Each voter's positive utilities are put in project order
     * through a bit set of the projects (no per-ballot sort): identical ballots then have identical rows.
     */
    static SupportIndex of(Profile profile, Satisfaction satisfaction) {
        int m = profile.instance().size();
        long[] sameUtility = Utility.perProject(profile, satisfaction);
        Builder builder = new Builder(m, profile.size(), sameUtility != null);
        long[] ballotBits = new long[(m + 63) >>> 6];
        long[] utilityOf = new long[m];
        int[] projects = new int[16];
        long[] utilities = new long[16];
        for (int voter = 0; voter < profile.size(); voter++) {
            int length = profile.ballotLength(voter);
            if (length > projects.length) {
                projects = new int[length];
                utilities = new long[length];
            }
            boolean any = false;
            for (int position = 0; position < length; position++) {
                int p = profile.projectAt(voter, position);
                long utility = sameUtility != null ? sameUtility[p] : Utility.of(profile, satisfaction, voter, position);
                if (utility > 0) {
                    ballotBits[p >>> 6] |= 1L << p;
                    utilityOf[p] = utility;
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            int count = 0;
            for (int word = 0; word < ballotBits.length; word++) {
                for (long bits = ballotBits[word]; bits != 0; bits &= bits - 1) {
                    int p = (word << 6) + Long.numberOfTrailingZeros(bits);
                    projects[count] = p;
                    utilities[count++] = utilityOf[p];
                }
                ballotBits[word] = 0;
            }
            builder.addVoter(projects, utilities, count);
        }
        return new SupportIndex(builder);
    }

    /** Groups identical utility vectors with an open-addressing hash table. */
    private static final class Builder {

        final int projectCount;
        int groupCount;
        int[] weight = new int[64];
        int[] groupStart = new int[65];
        int[] entryProject = new int[256];
        long[] entryUtility = new long[256];
        int[] table;
        int[] hashes = new int[64];
        /** Whether a project's utility is the same on every ballot: equal project lists then have equal utilities. */
        final boolean utilitiesFollowProjects;

        private Builder(int projectCount, int groupCount, int[] weight, int[] groupStart, int[] entryProject,
                long[] entryUtility) {
            this.projectCount = projectCount;
            this.groupCount = groupCount;
            this.weight = weight;
            this.groupStart = groupStart;
            this.entryProject = entryProject;
            this.entryUtility = entryUtility;
            this.table = new int[0];
            this.utilitiesFollowProjects = false;
        }

        /**
         * The same groups ordered by their first few projects, so that groups with similar ballots get close numbers
         * and a project's supporters are visited with better memory locality. The order only affects speed; a sort
         * of packed primitive keys is an order of magnitude cheaper than comparing whole ballots.
         */
        Builder sorted() {
            int[] order = orderByLeadingProjects();
            int[] newWeight = new int[groupCount];
            int[] newStart = new int[groupCount + 1];
            int[] newProject = new int[groupStart[groupCount]];
            long[] newUtility = new long[groupStart[groupCount]];
            for (int i = 0; i < groupCount; i++) {
                int g = order[i];
                int length = groupStart[g + 1] - groupStart[g];
                newWeight[i] = weight[g];
                System.arraycopy(entryProject, groupStart[g], newProject, newStart[i], length);
                System.arraycopy(entryUtility, groupStart[g], newUtility, newStart[i], length);
                newStart[i + 1] = newStart[i] + length;
            }
            return new Builder(projectCount, groupCount, newWeight, newStart, newProject, newUtility);
        }

        /** Group numbers sorted by key: as many leading projects as fit next to the group number in 63 bits. */
        private int[] orderByLeadingProjects() {
            int groupBits = 32 - Integer.numberOfLeadingZeros(groupCount);
            int projectBits = 32 - Integer.numberOfLeadingZeros(projectCount);
            int leading = (63 - groupBits) / projectBits;
            long[] keys = new long[groupCount];
            for (int g = 0; g < groupCount; g++) {
                long key = 0;
                for (int j = 0; j < leading; j++) {
                    int e = groupStart[g] + j;
                    // a missing project sorts first, as a shorter ballot does
                    key = key << projectBits | (e < groupStart[g + 1] ? entryProject[e] + 1 : 0);
                }
                keys[g] = key << groupBits | g;
            }
            Arrays.sort(keys);
            int[] order = new int[groupCount];
            long mask = (1L << groupBits) - 1;
            for (int i = 0; i < groupCount; i++) {
                order[i] = (int) (keys[i] & mask);
            }
            return order;
        }

        Builder(int projectCount, int voters, boolean utilitiesFollowProjects) {
            this.projectCount = projectCount;
            this.utilitiesFollowProjects = utilitiesFollowProjects;
            this.table = new int[voters < MERGE_THRESHOLD ? 0 : Integer.highestOneBit(voters * 2) * 2];
            Arrays.fill(table, -1);
        }

        /** Adds a voter; identical ballots are merged into one group, except in small profiles where it does not pay. */
        void addVoter(int[] projects, long[] utilities, int count) {
            if (table.length == 0) {
                newGroup(projects, utilities, count, 0);
                return;
            }
            long mixed = count;
            if (utilitiesFollowProjects) {
                for (int i = 0; i < count; i++) {
                    mixed = (mixed ^ projects[i]) * 0x9E3779B97F4A7C15L;
                }
            } else {
                for (int i = 0; i < count; i++) {
                    mixed = (mixed ^ projects[i]) * 0x9E3779B97F4A7C15L;
                    mixed = (mixed ^ utilities[i]) * 0xC2B2AE3D27D4EB4FL;
                }
            }
            int hash = (int) (mixed ^ (mixed >>> 32));
            int mask = table.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int group = table[slot];
                if (group < 0) {
                    table[slot] = newGroup(projects, utilities, count, hash);
                    return;
                }
                if (hashes[group] == hash && sameContent(group, projects, utilities, count)) {
                    weight[group]++;
                    return;
                }
            }
        }

        private boolean sameContent(int group, int[] projects, long[] utilities, int count) {
            int from = groupStart[group];
            if (groupStart[group + 1] - from != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (entryProject[from + i] != projects[i]) {
                    return false;
                }
            }
            if (utilitiesFollowProjects) {
                return true;
            }
            for (int i = 0; i < count; i++) {
                if (entryUtility[from + i] != utilities[i]) {
                    return false;
                }
            }
            return true;
        }

        private int newGroup(int[] projects, long[] utilities, int count, int hash) {
            if (groupCount + 1 >= weight.length) {
                weight = Arrays.copyOf(weight, weight.length * 2);
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
                groupStart = Arrays.copyOf(groupStart, groupStart.length * 2);
            }
            int from = groupStart[groupCount];
            if (from + count > entryProject.length) {
                int capacity = Math.max(entryProject.length * 2, from + count);
                entryProject = Arrays.copyOf(entryProject, capacity);
                entryUtility = Arrays.copyOf(entryUtility, capacity);
            }
            System.arraycopy(projects, 0, entryProject, from, count);
            System.arraycopy(utilities, 0, entryUtility, from, count);
            weight[groupCount] = 1;
            hashes[groupCount] = hash;
            groupStart[groupCount + 1] = from + count;
            return groupCount++;
        }
    }
}
