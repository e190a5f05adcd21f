// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * A photo of an idea or of a project's progress: a JPEG or PNG of at most 5 MB. The type is decided by the
 * file's content, never by its name or the browser's word, and the image must really decode. The stored photo is
 * the decoded image encoded again, so metadata such as the GPS position and camera serial in EXIF never reaches
 * the public page.
 */
public record Photo(String contentType, byte[] content, int width, int height) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_PIXELS_PER_SIDE = 10_000;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * Checks an upload.
	 * @throws PhotoRejectedException with {@code tooLarge}, {@code wrongType} or {@code unreadable}
	 */
	public static Photo of(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new PhotoRejectedException("tooLarge");
		}
		String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
		if (type == null) {
			throw new PhotoRejectedException("wrongType");
		}
		BufferedImage image = read(content);
		if (image == null || image.getWidth() > MAX_PIXELS_PER_SIDE || image.getHeight() > MAX_PIXELS_PER_SIDE) {
			throw new PhotoRejectedException("unreadable");
		}
		byte[] withoutMetadata = write(image, type.equals("image/png") ? "png" : "jpg");
		if (withoutMetadata.length > MAX_BYTES) {
			throw new PhotoRejectedException("tooLarge");
		}
		return new Photo(type, withoutMetadata, image.getWidth(), image.getHeight());
	}

	private static byte[] write(BufferedImage image, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!ImageIO.write(image, format, out)) {
				throw new PhotoRejectedException("unreadable");
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new PhotoRejectedException("unreadable", ex);
		}
	}

	private static BufferedImage read(byte[] content) {
		try {
			return ImageIO.read(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			// Decoders also throw unchecked exceptions on malformed files; to the user it is just unreadable.
			throw new PhotoRejectedException("unreadable", ex);
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Photo photo && contentType.equals(photo.contentType)
				&& Arrays.equals(content, photo.content);
	}

	@Override
	public int hashCode() {
		return 31 * contentType.hashCode() + Arrays.hashCode(content);
	}

	@Override
	public String toString() {
		return "Photo[" + contentType + ", " + width + "x" + height + ", " + content.length + " bytes]";
	}


}
