// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ballots of one vote on one {@link Instance}: every voter's ballot, its vote type and the ballot constraints.
 *
 * <p>Every ballot is one voter, empty ballots included: {@link #size()} is the n of the rules. Ballots are stored
 * in compact arrays of project indices (into {@link Instance#projects()}) so that rules run on large city-wide votes
 * without per-ballot objects; {@link #ballot(int)} gives a {@link Ballot} view. Points are exact: they are stored as
 * whole numbers of {@code 10^-pointsDecimals()}.
 *
 * <p>Profiles are immutable; build one with {@link #builder(Instance, VoteType)}.
 */
public final class Profile {

    private final Instance instance;
    private final VoteType voteType;
    private final BallotConstraints constraints;
    private final int[] start;
    private final int[] entries;
    private final long @Nullable [] points;
    private final int pointsDecimals;
    private final String[] voterIds;
    private final List<String> attributeNames;
    private final @Nullable String[][] attributeValues;

    private Profile(Builder builder, long @Nullable [] points, int pointsDecimals) {
        this.instance = builder.instance;
        this.voteType = builder.voteType;
        this.constraints = builder.constraints;
        this.start = Arrays.copyOf(builder.start, builder.voters + 1);
        this.entries = Arrays.copyOf(builder.entries, builder.entryCount);
        this.points = points;
        this.pointsDecimals = pointsDecimals;
        this.voterIds = builder.voterIds.toArray(String[]::new);
        this.attributeNames = List.copyOf(builder.attributeNames);
        this.attributeValues = new String[attributeNames.size()][];
        for (int column = 0; column < attributeValues.length; column++) {
            List<@Nullable String> values = builder.attributeValues.get(column);
            attributeValues[column] = values.toArray(new String[builder.voters]);
        }
    }

    /** Starts a profile of ballots of one type on an instance. */
    public static Builder builder(Instance instance, VoteType voteType) {
        return new Builder(instance, voteType);
    }

    /** The instance the ballots refer to. */
    public Instance instance() {
        return instance;
    }

    /** The type of every ballot. */
    public VoteType voteType() {
        return voteType;
    }

    /** The ballot constraints of the vote (for validation only). */
    public BallotConstraints constraints() {
        return constraints;
    }

    /** The number of voters, empty ballots included. */
    public int size() {
        return voterIds.length;
    }

    /** The number of projects on a voter's ballot. */
    public int ballotLength(int voter) {
        return start[voter + 1] - start[voter];
    }

    /** The index (into {@link Instance#projects()}) of the project at a position of a voter's ballot. */
    public int projectAt(int voter, int position) {
        return entries[start[voter] + position];
    }

    /** The points at a position of a voter's ballot, in units of {@code 10^-pointsDecimals()}; 0 without points. */
    public long pointsAt(int voter, int position) {
        return points == null ? 0 : points[start[voter] + position];
    }

    /** The number of decimal places of the stored points. */
    public int pointsDecimals() {
        return pointsDecimals;
    }

    /** The id of a voter. */
    public String voterId(int voter) {
        return voterIds[voter];
    }

    /** The names of the voter metadata columns, in first-seen order. */
    public List<String> voterAttributeNames() {
        return attributeNames;
    }

    /** One voter's ballot as a value object. */
    public Ballot ballot(int voter) {
        int length = ballotLength(voter);
        List<String> ids = new ArrayList<>(length);
        List<BigDecimal> values = new ArrayList<>(points == null ? 0 : length);
        for (int position = 0; position < length; position++) {
            ids.add(instance.project(projectAt(voter, position)).id());
            if (points != null) {
                values.add(BigDecimal.valueOf(pointsAt(voter, position), pointsDecimals));
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int column = 0; column < attributeNames.size(); column++) {
            String value = attributeValues[column][voter];
            if (value != null) {
                attributes.put(attributeNames.get(column), value);
            }
        }
        return new Ballot(voterIds[voter], ids, values, attributes);
    }

    /** All ballots, as a read-only list view. */
    public List<Ballot> ballots() {
        return new AbstractList<>() {
            @Override
            public Ballot get(int index) {
                return ballot(index);
            }

            @Override
            public int size() {
                return Profile.this.size();
            }
        };
    }

    /** The ballots that break the {@link #constraints()}, as "voter id: problem" lines. */
    public List<String> constraintViolations() {
        List<String> violations = new ArrayList<>();
        for (int voter = 0; voter < size(); voter++) {
            String id = voterIds[voter];
            constraints.violation(ballot(voter), instance).ifPresent(problem -> violations.add(id + ": " + problem));
        }
        return violations;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile that && instance.equals(that.instance) && voteType == that.voteType
                && constraints.equals(that.constraints) && Arrays.equals(start, that.start)
                && Arrays.equals(entries, that.entries) && samePoints(that)
                && Arrays.equals(voterIds, that.voterIds) && ballotsAttributesEqual(that);
    }

    private boolean samePoints(Profile that) {
        for (int i = 0; i < entries.length; i++) {
            if (BigDecimal.valueOf(pointsAt0(i), pointsDecimals)
                    .compareTo(BigDecimal.valueOf(that.pointsAt0(i), that.pointsDecimals)) != 0) {
                return false;
            }
        }
        return (points == null) == (that.points == null);
    }

    private long pointsAt0(int entry) {
        return points == null ? 0 : points[entry];
    }

    private boolean ballotsAttributesEqual(Profile that) {
        for (int voter = 0; voter < size(); voter++) {
            if (!ballot(voter).attributes().equals(that.ballot(voter).attributes())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(instance, voteType, Arrays.hashCode(start), Arrays.hashCode(entries));
    }

    @Override
    public String toString() {
        return "Profile[" + voteType.pabulibName() + ", " + size() + " ballots, " + instance + "]";
    }

    /**
     * Collects ballots. {@link #add(Ballot)} is the convenient way; {@link #add(String, int[], BigDecimal[], String[])}
     * is the bulk way for readers that already know project indices.
     */
    public static final class Builder {

        private final Instance instance;
        private final VoteType voteType;
        private BallotConstraints constraints = BallotConstraints.NONE;
        private boolean rejectInvalid;
        private int[] start = new int[16];
        private int[] entries = new int[64];
        private final List<BigDecimal> pointValues = new ArrayList<>();
        private int voters;
        private int entryCount;
        private final List<String> voterIds = new ArrayList<>();
        private final List<String> attributeNames = new ArrayList<>();
        private final Map<String, Integer> attributeColumns = new HashMap<>();
        private final List<List<@Nullable String>> attributeValues = new ArrayList<>();
        private final Map<String, String> interned = new HashMap<>();
        private final int[] seen;

        private Builder(Instance instance, VoteType voteType) {
            this.instance = instance;
            this.voteType = voteType;
            this.seen = new int[instance.size()];
        }

        /** Sets the ballot constraints (default: none). */
        public Builder constraints(BallotConstraints ballotConstraints) {
            this.constraints = ballotConstraints;
            return this;
        }

        /** Makes {@link #add(Ballot)} throw for a ballot that breaks the constraints. */
        public Builder rejectInvalidBallots() {
            this.rejectInvalid = true;
            return this;
        }

        /** Declares voter metadata columns up front, in order (optional; unknown names are added when seen). */
        public Builder voterAttributeColumns(List<String> names) {
            names.forEach(this::column);
            return this;
        }

        /** Adds one voter's ballot; fails on an unknown project id or a ballot of the wrong kind. */
        public Builder add(Ballot ballot) {
            if (rejectInvalid) {
                constraints.violation(ballot, instance).ifPresent(problem -> {
                    throw new IllegalArgumentException("ballot of voter " + ballot.voterId() + " " + problem);
                });
            }
            int[] indices = new int[ballot.projectIds().size()];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = instance.indexOf(ballot.projectIds().get(i));
                if (indices[i] < 0) {
                    throw new IllegalArgumentException("ballot of voter " + ballot.voterId()
                            + " lists unknown project " + ballot.projectIds().get(i));
                }
            }
            BigDecimal[] values = voteType.hasPoints() ? ballot.points().toArray(BigDecimal[]::new) : null;
            if (values != null && values.length != indices.length) {
                throw new IllegalArgumentException("ballot of voter " + ballot.voterId() + " needs points");
            }
            String[] attributes = new String[attributeNames.size() + ballot.attributes().size()];
            ballot.attributes().forEach((name, value) -> attributes[column(name)] = value);
            return add(ballot.voterId(), indices, values, attributes);
        }

        /**
         * Adds one voter's ballot given as project indices.
         *
         * @param voterId the voter id
         * @param projectIndices indices into {@link Instance#projects()}; for approval and ordinal ballots a repeated
         *     index keeps its first position
         * @param ballotPoints one number per index for point ballots, {@code null} otherwise
         * @param attributeValues voter metadata by column (see {@link #voterAttributeColumns(List)}); {@code null}
         *     entries are absent; may be shorter than the number of columns
         */
        public Builder add(String voterId, int[] projectIndices, BigDecimal @Nullable [] ballotPoints,
                @Nullable String @Nullable [] attributeValues) {
            if (voteType.hasPoints() != (ballotPoints != null)) {
                throw new IllegalArgumentException("ballot of voter " + voterId + (voteType.hasPoints()
                        ? " needs points for a " : " cannot have points in a ") + voteType.pabulibName() + " vote");
            }
            ensureCapacity(projectIndices.length);
            for (int i = 0; i < projectIndices.length; i++) {
                int project = projectIndices[i];
                if (project < 0 || project >= instance.size()) {
                    throw new IllegalArgumentException("ballot of voter " + voterId + " has no project " + project);
                }
                if (seen[project] == voters + 1) {
                    if (ballotPoints != null) {
                        throw new IllegalArgumentException("ballot of voter " + voterId + " gives points to project "
                                + instance.project(project).id() + " twice");
                    }
                    continue;
                }
                seen[project] = voters + 1;
                entries[entryCount++] = project;
                if (ballotPoints != null) {
                    pointValues.add(ballotPoints[i]);
                }
            }
            start[++voters] = entryCount;
            voterIds.add(voterId);
            for (int column = 0; column < attributeNames.size(); column++) {
                String value = attributeValues != null && column < attributeValues.length ? attributeValues[column] : null;
                this.attributeValues.get(column).add(value == null ? null : interned.computeIfAbsent(value, v -> v));
            }
            return this;
        }

        private int column(String name) {
            return attributeColumns.computeIfAbsent(name, key -> {
                attributeNames.add(key);
                attributeValues.add(new ArrayList<>(Collections.nCopies(voters, null)));
                return attributeNames.size() - 1;
            });
        }

        private void ensureCapacity(int more) {
            if (voters + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            if (entryCount + more > entries.length) {
                entries = Arrays.copyOf(entries, Math.max(entries.length * 2, entryCount + more));
            }
        }

        /** Builds the immutable profile; fails if points are too large to store exactly. */
        public Profile build() {
            if (!voteType.hasPoints()) {
                return new Profile(this, null, 0);
            }
            int decimals = 0;
            for (BigDecimal value : pointValues) {
                decimals = Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale()));
            }
            long[] scaled = new long[pointValues.size()];
            for (int i = 0; i < scaled.length; i++) {
                try {
                    scaled[i] = pointValues.get(i).setScale(decimals).unscaledValue().longValueExact();
                } catch (ArithmeticException tooLarge) {
                    throw new IllegalArgumentException("points too large or too precise: " + pointValues.get(i), tooLarge);
                }
            }
            return new Profile(this, scaled, decimals);
        }
    }
}
