// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.Arrays;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.Satisfaction;
import org.jspecify.annotations.Nullable;

/**
 * Ballots merged into groups: group g has {@code weight[g]} voters and the entries {@code groupStart[g] ..
 * groupStart[g+1]-1}, in ascending project order, each a project and its utility ({@code entryUtility} is null
 * when a project's utility is the same on every ballot). {@code groupsPerProject[p]} counts the groups with an entry
 * for p. Arrays may be longer than needed.
 */
record BallotGroups(int projectCount, int groupCount, int[] weight, int[] groupStart, int[] entryProject,
        int[] groupsPerProject, long @Nullable [] entryUtility) {

    /**
     * The same groups ordered by their first few projects, so that groups with similar ballots get close numbers
     * and a project's supporters are visited with better memory locality. The order only affects speed; a sort
     * of packed primitive keys is an order of magnitude cheaper than comparing whole ballots.
     */
    BallotGroups sorted() {
        int[] order = orderByLeadingProjects();
        int[] newWeight = new int[groupCount];
        int[] newStart = new int[groupCount + 1];
        int[] newProject = new int[groupStart[groupCount]];
        long[] newUtility = entryUtility == null ? null : new long[groupStart[groupCount]];
        for (int i = 0; i < groupCount; i++) {
            int g = order[i];
            int length = groupStart[g + 1] - groupStart[g];
            newWeight[i] = weight[g];
            System.arraycopy(entryProject, groupStart[g], newProject, newStart[i], length);
            if (entryUtility != null) {
                System.arraycopy(entryUtility, groupStart[g], newUtility, newStart[i], length);
            }
            newStart[i + 1] = newStart[i] + length;
        }
        return new BallotGroups(projectCount, groupCount, newWeight, newStart, newProject, groupsPerProject,
                newUtility);
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

    /**
     * Groups the ballots by their vectors of positive utilities (any measure). Each voter's positive utilities are
     * put in project order through a bit set of the projects (no per-ballot sort): identical ballots then have
     * identical rows.
     */
    static BallotGroups byUtilityVectors(Profile profile, Satisfaction satisfaction) {
        int m = profile.instance().size();
        int positions = 0;
        for (int voter = 0; voter < profile.size(); voter++) {
            positions += profile.ballotLength(voter);
        }
        Builder builder = new Builder(m, profile.size(), positions);
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
                long utility = Utility.of(profile, satisfaction, voter, position);
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
        return new BallotGroups(m, builder.groupCount, builder.weight, builder.groupStart, builder.entryProject,
                builder.groupsPerProject, builder.entryUtility);
    }


    /** Groups identical utility vectors with an open-addressing hash table. */
    private static final class Builder {

        int groupCount;
        int[] weight = new int[64];
        int[] groupStart = new int[65];
        int[] entryProject;
        long[] entryUtility;
        final int[] table;
        int[] hashes = new int[64];
        final int[] groupsPerProject;

        /** Room for all {@code positions} of the ballots: the entries never need more, and growing them cost more. */
        Builder(int projectCount, int voters, int positions) {
            this.groupsPerProject = new int[projectCount];
            this.entryProject = new int[Math.max(16, positions)];
            this.entryUtility = new long[Math.max(16, positions)];
            this.table = new int[Integer.highestOneBit(Math.max(1, voters) * 2) * 2];
            Arrays.fill(table, -1);
        }

        /** Adds a voter; identical ballots are merged into one group. */
        void addVoter(int[] projects, long[] utilities, int count) {
            long mixed = count;
            for (int i = 0; i < count; i++) {
                mixed = (mixed ^ projects[i]) * 0x9E3779B97F4A7C15L;
                mixed = (mixed ^ utilities[i]) * 0xC2B2AE3D27D4EB4FL;
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
                if (entryProject[from + i] != projects[i] || entryUtility[from + i] != utilities[i]) {
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
            for (int i = 0; i < count; i++) {
                groupsPerProject[projects[i]]++;
            }
            weight[groupCount] = 1;
            hashes[groupCount] = hash;
            groupStart[groupCount + 1] = from + count;
            return groupCount++;
        }
    }
}
