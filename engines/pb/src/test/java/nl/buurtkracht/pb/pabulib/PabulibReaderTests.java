// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.buurtkracht.pb.Ballot;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Profile;
import nl.buurtkracht.pb.TestFiles;
import nl.buurtkracht.pb.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PabulibReaderTests {

    @ParameterizedTest
    @CsvSource({
        "ties.pb, APPROVAL, 2, 3",
        "edge-cases.pb, APPROVAL, 4, 4",
        "points.pb, CUMULATIVE, 3, 3",
        "ranking.pb, ORDINAL, 3, 3",
        "scoring.pb, SCORING, 3, 3",
        "choose-1.pb, CHOOSE_1, 3, 5",
        "decimals.pb, APPROVAL, 3, 4",
    })
    void readsEveryVoteType(String file, VoteType type, int projects, int voters) {
        Profile profile = TestFiles.read(file);
        assertThat(profile.voteType()).isEqualTo(type);
        assertThat(profile.instance().size()).isEqualTo(projects);
        assertThat(profile.size()).isEqualTo(voters);
    }

    @Test
    void readsDecimalAmountsWithDecimalCommasExactly() {
        Instance instance = TestFiles.read("decimals.pb").instance();
        assertThat(instance.decimals()).isEqualTo(2);
        assertThat(instance.budget()).isEqualTo(1250);
        assertThat(instance.projects()).extracting(p -> p.cost()).containsExactly(225L, 1025L, 50L);
    }

    @Test
    void ignoresAByteOrderMarkAndReadsCrLfLineEnds() {
        Profile profile = TestFiles.read("decimals.pb");
        assertThat(profile.instance().meta()).containsKey("description");
        assertThat(profile.ballot(3).projectIds()).containsExactly("p3");
    }

    @Test
    void unquotesFieldsWithSeparatorsAndDoubledQuotes() {
        Profile profile = TestFiles.read("decimals.pb");
        assertThat(profile.instance().meta().get("description")).isEqualTo("Decimal amounts; a BOM, CRLF and quotes");
        assertThat(profile.instance().project(0).name()).isEqualTo("Bankjes; \"groen\" en grijs");
        assertThat(profile.ballot(0).attributes()).containsEntry("neighbourhood", "Noord; oost");
    }

    @Test
    void treatsNoneAsAbsent() {
        Profile profile = TestFiles.read("choose-1.pb");
        assertThat(profile.instance().project(1).attributes()).doesNotContainKey("category");
        assertThat(profile.ballot(1).attributes()).doesNotContainKey("age").containsEntry("district", "");
        assertThat(TestFiles.read("decimals.pb").instance().project(2).attributes()).doesNotContainKey("name");
    }

    @Test
    void countsEmptyBallotsAsVoters() {
        Profile profile = TestFiles.read("edge-cases.pb");
        assertThat(profile.ballots()).extracting(Ballot::isEmpty).containsExactly(false, false, true, true);
        assertThat(TestFiles.read("choose-1.pb").ballot(4).isEmpty()).isTrue();
    }

    @Test
    void keepsVoterMetadata() {
        Profile profile = TestFiles.read("choose-1.pb");
        assertThat(profile.voterAttributeNames()).containsExactly("age", "sex", "district");
        assertThat(profile.ballot(0)).isEqualTo(new Ballot("1", List.of("P-1"), List.of(),
                Map.of("age", "34", "sex", "F", "district", "Północ")));
    }

    @Test
    void readsBallotConstraintsFromMeta() {
        assertThat(TestFiles.read("ranking.pb").constraints().maxLength()).isEqualTo(3);
        assertThat(TestFiles.read("points.pb").constraints().maxSumPoints()).isEqualByComparingTo("4");
        assertThat(TestFiles.read("scoring.pb").constraints().minPoints()).isEqualByComparingTo("-3");
    }

    @Test
    void keepsOrdinalRankingsAndPoints() {
        assertThat(TestFiles.read("ranking.pb").ballot(0).projectIds()).containsExactly("A", "B", "C");
        assertThat(TestFiles.read("scoring.pb").ballot(0).points()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("-3"));
    }

    @Test
    void readsAPointsRowWithoutPointsAsAnEmptyBallot() {
        Profile profile = PabulibReader.parse(TestFiles.text("points.pb").replace("v3;q,r;2,0", "v3;q,r;none"), "t");
        assertThat(profile.ballot(2).isEmpty()).isTrue();
    }

    @Test
    void trimsIdsInsideVoteLists() {
        Profile profile = PabulibReader.parse(TestFiles.text("ties.pb").replace("v2;10,9", "v2;\"10 , 9 ,\""), "t");
        assertThat(profile.ballot(1).projectIds()).containsExactly("10", "9");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                malformed("an unknown project id in a vote", t -> t.replace("v2;10,9", "v2;10,11"), 21,
                        "unknown project id '11' in vote"),
                malformed("no PROJECTS section", t -> t.replaceAll("PROJECTS\\n[^V]*", ""), 14,
                        "unexpected section VOTES; expected PROJECTS"),
                malformed("no VOTES section", t -> t.substring(0, t.indexOf("VOTES")), 0, "missing VOTES section"),
                malformed("no budget", t -> t.replace("budget;6\n", ""), 0, "missing budget in META"),
                malformed("a bad budget", t -> t.replace("budget;6", "budget;6 000"), 9,
                        "bad number '6 000' for budget"),
                malformed("a bad cost", t -> t.replace("9;4;Nine", "9;4x;Nine"), 16, "bad number '4x' for cost of project 9"),
                malformed("a negative cost", t -> t.replace("9;4;Nine", "9;-4;Nine"), 16, "negative cost of project 9"),
                malformed("a duplicate project", t -> t.replace("10;4;Ten", "9;4;Ten"), 17, "duplicate project id 9"),
                malformed("project_id not first", t -> t.replace("project_id;cost;name", "cost;project_id;name"), 15,
                        "must start with project_id"),
                malformed("no cost column", t -> t.replace("project_id;cost;name", "project_id;price;name"), 15,
                        "no cost column"),
                malformed("too many fields", t -> t.replace("v3;9,10", "v3;9,10;extra"), 22,
                        "row has 3 fields but the header has 2"),
                malformed("an unknown vote type", t -> t.replace("vote_type;approval", "vote_type;quadratic"), 10,
                        "unknown vote_type 'quadratic'"),
                malformed("text before META", t -> "hello\n" + t, 1, "text before the META section"),
                malformed("a duplicate META key", t -> t.replace("budget;6", "budget;6\nbudget;7"), 10,
                        "duplicate META key budget"),
                malformed("no vote column", t -> t.replace("voter_id;vote", "voter_id;ballot"), 19, "no vote column"),
                malformed("an empty file", t -> "", 0, "missing META section"),
                malformed("a section twice", t -> t + "META\nkey;value\n", 23, "unexpected section META after VOTES"));
    }

    private static Arguments malformed(String what, UnaryOperator<String> corruption, int line, String problem) {
        return Arguments.of(what, corruption, line, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedInputNamingTheLineAndTheProblem(String what, UnaryOperator<String> corruption, int line,
            String problem) {
        String text = corruption.apply(TestFiles.text("ties.pb"));
        assertThatExceptionOfType(PabulibFormatException.class).isThrownBy(() -> PabulibReader.parse(text, "ties.pb"))
                .satisfies(failure -> {
                    assertThat(failure.line()).isEqualTo(line);
                    assertThat(failure.problem()).contains(problem);
                    assertThat(failure.getMessage()).startsWith("ties.pb" + (line > 0 ? " line " + line : "") + ": ");
                });
    }

    @Test
    void rejectsPointsThatDoNotMatchTheVote() {
        String text = TestFiles.text("points.pb").replace("v1;p,q;3,1", "v1;p,q;3");
        assertThatExceptionOfType(PabulibFormatException.class).isThrownBy(() -> PabulibReader.parse(text, "points.pb"))
                .withMessage("points.pb line 22: vote lists 2 projects but points has 1 numbers");
    }

    @Test
    void rejectsPointsGivenTwiceToOneProject() {
        String text = TestFiles.text("points.pb").replace("v1;p,q;3,1", "v1;p,p;3,1");
        assertThatExceptionOfType(PabulibFormatException.class).isThrownBy(() -> PabulibReader.parse(text, "points.pb"))
                .withMessage("points.pb line 22: project p gets points twice");
    }

    @Test
    void rejectsPointsThatAreNotNumbers() {
        String text = TestFiles.text("points.pb").replace("v1;p,q;3,1", "v1;p,q;3,one");
        assertThatExceptionOfType(PabulibFormatException.class).isThrownBy(() -> PabulibReader.parse(text, "points.pb"))
                .withMessage("points.pb line 22: bad number 'one' for points");
    }

    @Test
    void rejectsPointBallotsWithoutAPointsColumn() {
        String text = TestFiles.text("points.pb").replace("voter_id;vote;points", "voter_id;vote;score");
        assertThatExceptionOfType(PabulibFormatException.class).isThrownBy(() -> PabulibReader.parse(text, "points.pb"))
                .withMessage("points.pb line 21: the VOTES header has no points column");
    }
}
