// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import nl.buurtkracht.pb.Profile;

/**
 * Merges identical ballots for measures where a project's utility is the same on every ballot (cost, cardinality):
 * a ballot is then just its set of projects with positive utility. The set is built as a bit set in place, and hashed
 * and compared a word at a time; only a new group is expanded into its project list. That is several times cheaper
 * per voter than listing, hashing and comparing every ballot's projects, which was a large part of small calls.
 */
final class ProjectSetGroups {

    private ProjectSetGroups() {
    }

    /**
     * The groups of the profile's ballots, numbered in order of their first voter, each listing its projects in
     * ascending order; voters without a project of positive utility are left out.
     */
    static BallotGroups of(Profile profile, long[] utility) {
        return utility.length <= 64 ? ofOneWord(profile, utility) : ofSeveralWords(profile, utility);
    }

    /** With at most 64 projects a set is one long: the hash table holds the sets themselves. */
    private static BallotGroups ofOneWord(Profile profile, long[] utility) {
        long[] bit = new long[utility.length];
        for (int p = 0; p < bit.length; p++) {
            bit[p] = utility[p] > 0 ? 1L << p : 0;
        }
        int voters = profile.size();
        long[] sets = new long[voters];
        int[] weight = new int[voters];
        int tableBits = 33 - Integer.numberOfLeadingZeros(Math.max(1, voters));
        // an empty set is never stored, so 0 marks a free slot
        long[] tableSet = new long[1 << tableBits];
        int[] tableGroup = new int[1 << tableBits];
        int mask = tableSet.length - 1;
        int groupCount = 0;
        for (int voter = 0; voter < voters; voter++) {
            long set = 0;
            int length = profile.ballotLength(voter);
            for (int position = 0; position < length; position++) {
                set |= bit[profile.projectAt(voter, position)];
            }
            if (set == 0) {
                continue;
            }
            int slot = (int) ((set * 0x9E3779B97F4A7C15L) >>> (64 - tableBits));
            while (tableSet[slot] != 0 && tableSet[slot] != set) {
                slot = (slot + 1) & mask;
            }
            if (tableSet[slot] == 0) {
                tableSet[slot] = set;
                tableGroup[slot] = groupCount;
                sets[groupCount] = set;
                weight[groupCount++] = 1;
            } else {
                weight[tableGroup[slot]]++;
            }
        }
        return expand(utility.length, groupCount, weight, sets, 1);
    }

    /** Sets of several words are written in place of the next group and hashed and compared a word at a time. */
    private static BallotGroups ofSeveralWords(Profile profile, long[] utility) {
        int words = (utility.length + 63) >>> 6;
        int voters = profile.size();
        // the set of the next voter is written at the place of the next group, and cleared again if it is not new
        long[] sets = new long[Math.max(1, voters) * words];
        int[] weight = new int[voters];
        int[] hashes = new int[voters];
        // group number + 1; 0 is empty, so the table needs no fill
        int[] table = new int[Integer.highestOneBit(Math.max(1, voters) * 2) * 2];
        int mask = table.length - 1;
        int groupCount = 0;
        for (int voter = 0; voter < voters; voter++) {
            int at = groupCount * words;
            boolean any = false;
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                int p = profile.projectAt(voter, position);
                if (utility[p] > 0) {
                    sets[at + (p >>> 6)] |= 1L << p;
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            long mixed = words;
            for (int w = 0; w < words; w++) {
                mixed = (mixed ^ sets[at + w]) * 0x9E3779B97F4A7C15L;
            }
            int hash = (int) (mixed ^ (mixed >>> 32));
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int group = table[slot] - 1;
                if (group < 0) {
                    table[slot] = groupCount + 1;
                    weight[groupCount] = 1;
                    hashes[groupCount++] = hash;
                    break;
                }
                if (hashes[group] == hash && sameSet(sets, group * words, at, words)) {
                    weight[group]++;
                    for (int w = 0; w < words; w++) {
                        sets[at + w] = 0;
                    }
                    break;
                }
            }
        }
        return expand(utility.length, groupCount, weight, sets, words);
    }

    private static boolean sameSet(long[] sets, int a, int b, int words) {
        for (int w = 0; w < words; w++) {
            if (sets[a + w] != sets[b + w]) {
                return false;
            }
        }
        return true;
    }

    /** Lists the projects of every group's set, in ascending order. */
    private static BallotGroups expand(int projectCount, int groupCount, int[] weight, long[] sets, int words) {
        int[] groupStart = new int[groupCount + 1];
        for (int g = 0; g < groupCount; g++) {
            int size = 0;
            for (int w = g * words; w < (g + 1) * words; w++) {
                size += Long.bitCount(sets[w]);
            }
            groupStart[g + 1] = groupStart[g] + size;
        }
        int[] entryProject = new int[groupStart[groupCount]];
        int[] groupsPerProject = new int[projectCount];
        int e = 0;
        for (int g = 0; g < groupCount; g++) {
            for (int w = 0; w < words; w++) {
                for (long bits = sets[g * words + w]; bits != 0; bits &= bits - 1) {
                    int p = (w << 6) + Long.numberOfTrailingZeros(bits);
                    entryProject[e++] = p;
                    groupsPerProject[p]++;
                }
            }
        }
        return new BallotGroups(projectCount, groupCount, weight, groupStart, entryProject, groupsPerProject, null);
    }
}
