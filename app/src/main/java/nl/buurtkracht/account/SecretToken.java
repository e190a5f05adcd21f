// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret (256 bits) handed out once and kept only as its SHA-256 hash. A fast hash is right
 * here: unlike passwords, these secrets have full entropy and cannot be guessed from a dictionary.
 */
record SecretToken(String plain) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static SecretToken generate(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SecretToken(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String hash() {
		return hash(plain);
	}

	static String hash(String plain) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
