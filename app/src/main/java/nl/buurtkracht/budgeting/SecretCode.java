// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A random code people type from paper or a screen: letter codes, desk codes and ballot receipts. It uses
 * Crockford's base-32 alphabet (no I, L, O or U, so nothing to confuse) in groups of four, and is kept only
 * as its SHA-256 hash. A fast hash is right here: the codes are random, not chosen by people.
 */
public record SecretCode(String plain) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new code of {@code length} characters (5 bits each). */
	public static SecretCode generate(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new SecretCode(code.toString());
	}

	/** What a person typed, cleaned up: case, spaces and dashes do not matter, nor O for 0 or I/L for 1. */
	public static SecretCode typed(String text) {
		StringBuilder code = new StringBuilder();
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			char normal = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(normal) >= 0) {
				code.append(normal);
			}
		}
		return new SecretCode(code.toString());
	}

	/** For people: groups of four, {@code K7QM-3XPA-9RTD}. */
	public String formatted() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < plain.length(); i += 4) {
			if (i > 0) {
				text.append('-');
			}
			text.append(plain, i, Math.min(plain.length(), i + 4));
		}
		return text.toString();
	}

	public String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(plain.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Override
	public String toString() {
		return "SecretCode[hidden]";
	}

}
