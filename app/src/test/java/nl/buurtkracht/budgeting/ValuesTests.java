// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Areas, codes, schedules and photos.
 */
class ValuesTests {

	@Test
	void placesABuurtInItsWijkByItsCbsCode() {
		RoundArea wijk = new RoundArea("wk036300");

		assertThat(wijk.contains("BU03630001")).isTrue();
		assertThat(wijk.contains("BU03630101")).isFalse();
		assertThat(new RoundArea("BU03630001").contains("BU03630001")).isTrue();
		assertThat(wijk.municipalityCode()).isEqualTo("GM0363");
		assertThatThrownBy(() -> new RoundArea("GM0363")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsCodesAsPeopleTypeThem() {
		SecretCode code = SecretCode.generate(12);

		assertThat(SecretCode.typed(" " + code.formatted().toLowerCase() + " ").hash()).isEqualTo(code.hash());
		assertThat(SecretCode.typed("0O1IL-").plain()).isEqualTo("00111");
		assertThat(code.formatted()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(code.toString()).doesNotContain(code.plain());
	}

	@Test
	void keepsVotingOpenUntilTheEndOfTheLastDay() {
		PhaseSchedule schedule = PhaseSchedule.ofDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1),
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 4, 1));

		assertThat(schedule.lastVotingDay()).isEqualTo(LocalDate.of(2027, 3, 14));
		assertThat(schedule.resultsFrom()).hasToString("2027-03-14T23:00:00Z");
	}

	@Test
	void countsTheDayAVoteIsClosedByHandAsItsLastDay() {
		Instant opened = Instant.parse("2027-03-01T09:30:00Z");
		Instant closedByHand = Instant.parse("2027-03-01T15:00:00Z");
		PhaseSchedule schedule = new PhaseSchedule(opened, opened, opened, closedByHand, closedByHand);

		assertThat(schedule.votingDay()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(schedule.lastVotingDay()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void refusesPhasesOutOfOrder() {
		assertThatThrownBy(() -> PhaseSchedule.ofDays(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1),
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 4, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void acceptsARealPngAndRefusesAFakeOne() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);

		Photo photo = Photo.of(png.toByteArray());

		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.width()).isEqualTo(40);
		assertThatThrownBy(() -> Photo.of("<script>alert(1)</script>".getBytes()))
			.isInstanceOf(PhotoRejectedException.class)
			.extracting("reason")
			.isEqualTo("wrongType");
		byte[] truncated = Arrays.copyOf(png.toByteArray(), 20);
		assertThatThrownBy(() -> Photo.of(truncated)).isInstanceOf(PhotoRejectedException.class)
			.extracting("reason")
			.isEqualTo("unreadable");
	}

	@Test
	void storesPhotosWithoutTheirMetadata() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png);
		byte[] plain = png.toByteArray();
		byte[] withText = withChunk(plain, "tEXt", "Location\0Dorpsstraat 1, Demodorp".getBytes(StandardCharsets.ISO_8859_1));

		Photo photo = Photo.of(withText);

		assertThat(new String(withText, StandardCharsets.ISO_8859_1)).contains("Dorpsstraat");
		assertThat(new String(photo.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Dorpsstraat");
		assertThat(photo.width()).isEqualTo(20);
	}

	/** The PNG with one more chunk just before its end (IEND, the last 12 bytes). */
	private static byte[] withChunk(byte[] png, String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		ByteBuffer result = ByteBuffer.allocate(png.length + chunk.capacity());
		result.put(png, 0, png.length - 12).put(chunk.array()).put(png, png.length - 12, 12);
		return result.array();
	}

	@Test
	void refusesPhotosOverFiveMegabytes() {
		assertThatThrownBy(() -> Photo.of(new byte[Photo.MAX_BYTES + 1])).isInstanceOf(PhotoRejectedException.class)
			.extracting("reason")
			.isEqualTo("tooLarge");
	}

}
