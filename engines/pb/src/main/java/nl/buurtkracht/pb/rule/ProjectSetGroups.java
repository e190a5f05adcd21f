// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.rule;

import java.util.Arrays;
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
        int capacity = initialCapacity(profile.size());
        long[] sets = new long[capacity];
        int[] weight = new int[capacity];
        // an empty set is never stored, so 0 marks a free slot
        long[] tableSet = new long[2 * capacity];
        int[] tableGroup = new int[2 * capacity];
        int groupCount = 0;
        for (int voter = 0; voter < profile.size(); voter++) {
            long set = 0;
            int length = profile.ballotLength(voter);
            for (int position = 0; position < length; position++) {
                set |= bit[profile.projectAt(voter, position)];
            }
            if (set == 0) {
                continue;
            }
            if (groupCount == sets.length) {
                sets = Arrays.copyOf(sets, 2 * groupCount);
                weight = Arrays.copyOf(weight, 2 * groupCount);
                tableSet = new long[4 * groupCount];
                tableGroup = new int[4 * groupCount];
                for (int g = 0; g < groupCount; g++) {
                    int slot = slotOf(tableSet, sets[g]);
                    tableSet[slot] = sets[g];
                    tableGroup[slot] = g;
                }
            }
            int slot = slotOf(tableSet, set);
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

    /** The slot of a table (a power of two long, at most half full) that holds the set, or where it goes. */
    private static int slotOf(long[] tableSet, long set) {
        int mask = tableSet.length - 1;
        int slot = (int) ((set * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(tableSet.length)));
        while (tableSet[slot] != 0 && tableSet[slot] != set) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Room for this many groups at first: all voters in small profiles, so that they never grow; in large ones the
     * arrays grow with the groups, not with the voters (a choose-1 vote has as many groups as projects).
     */
    private static int initialCapacity(int voters) {
        return Integer.highestOneBit(Math.max(1, Math.min(voters, 4096) - 1) * 2);
    }

    /**
     * Sets of several words are written in place of the next group and compared a word at a time. The hash of a set
     * is the xor of a random code per project, made while the set is: no pass over the words (ballots are sparse).
     */
    private static BallotGroups ofSeveralWords(Profile profile, long[] utility) {
        int words = (utility.length + 63) >>> 6;
        long[] code = new long[utility.length];
        for (int p = 0; p < code.length; p++) {
            long mixed = (p + 1) * 0x9E3779B97F4A7C15L;
            mixed = (mixed ^ (mixed >>> 31)) * 0xBF58476D1CE4E5B9L;
            code[p] = utility[p] > 0 ? mixed ^ (mixed >>> 29) : 0;
        }
        int capacity = initialCapacity(profile.size());
        // the set of the next voter is written at the place of the next group, and cleared again if it is not new
        long[] sets = new long[capacity * words];
        int[] weight = new int[capacity];
        int[] hashes = new int[capacity];
        // group number + 1; 0 is empty, so the table needs no fill
        int[] table = new int[2 * capacity];
        int groupCount = 0;
        for (int voter = 0; voter < profile.size(); voter++) {
            if (groupCount == weight.length) {
                sets = Arrays.copyOf(sets, 2 * groupCount * words);
                weight = Arrays.copyOf(weight, 2 * groupCount);
                hashes = Arrays.copyOf(hashes, 2 * groupCount);
                table = new int[4 * groupCount];
                for (int g = 0; g < groupCount; g++) {
                    table[freeSlot(table, hashes[g])] = g + 1;
                }
            }
            int at = groupCount * words;
            long mixed = 0;
            for (int position = 0; position < profile.ballotLength(voter); position++) {
                int p = profile.projectAt(voter, position);
                if (utility[p] > 0) {
                    sets[at + (p >>> 6)] |= 1L << p;
                    mixed ^= code[p];
                }
            }
            if (mixed == 0 && isEmpty(sets, at, words)) {
                continue;
            }
            int hash = (int) (mixed ^ (mixed >>> 32));
            int mask = table.length - 1;
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

    /** The first free slot of the table for a hash. */
    private static int freeSlot(int[] table, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static boolean isEmpty(long[] sets, int at, int words) {
        for (int w = 0; w < words; w++) {
            if (sets[at + w] != 0) {
                return false;
            }
        }
        return true;
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
