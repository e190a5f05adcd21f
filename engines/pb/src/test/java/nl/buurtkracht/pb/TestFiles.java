// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.buurtkracht.pb.pabulib.PabulibReader;

/** The hand-made Pabulib files in {@code src/test/resources/pabulib}. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Reads a test file, for example {@code edge-cases.pb}. */
    public static Profile read(String name) {
        return PabulibReader.parse(text(name), name);
    }

    /** The same ballots on the same projects with another budget (in minor units). */
    public static Profile withBudget(Profile profile, long budget) {
        Profile.Builder builder = Profile.builder(profile.instance().withBudget(budget), profile.voteType());
        profile.ballots().forEach(builder::add);
        return builder.build();
    }

    /** A profile from approval ballots written as strings such as {@code "a,b"}; costs as {@code "a=3"}. */
    public static Profile approvals(long budget, String costs, String... ballots) {
        Instance.Builder instance = Instance.builder().budget(budget);
        for (String project : costs.split(" ")) {
            String[] idAndCost = project.split("=");
            instance.project(idAndCost[0], "project " + idAndCost[0], Long.parseLong(idAndCost[1]));
        }
        Profile.Builder profile = Profile.builder(instance.build(), VoteType.APPROVAL);
        for (int i = 0; i < ballots.length; i++) {
            profile.add(Ballot.approval("v" + i, ballots[i].isEmpty() ? new String[0] : ballots[i].split(",")));
        }
        return profile.build();
    }

    /** The raw text of a test file. */
    public static String text(String name) {
        try (InputStream input = Objects.requireNonNull(TestFiles.class.getResourceAsStream("/pabulib/" + name),
                "no test file " + name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
