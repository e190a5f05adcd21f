// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an uploaded file as UTF-8 (with or without byte order mark) and refuses anything else,
 * naming the line of the first byte that is not UTF-8. Guessing Windows-1252 instead would turn
 * "Zuidoost-Beemster" into garbage in some files and not others.
 */
final class Utf8Text {

	private Utf8Text() {
	}

	static String decode(byte[] content) {
		refuseOtherFormats(content);
		int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
		CharBuffer out = CharBuffer.allocate(content.length);
		if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
			throw Problems.single(lineAt(content, in.position()), null,
					"het bestand is geen UTF-8-tekst. Sla het op als \"CSV UTF-8\" en probeer het opnieuw.");
		}
		return out.flip().toString();
	}

	private static void refuseOtherFormats(byte[] content) {
		if (content.length == 0) {
			throw Problems.single(null, null, "Het bestand is leeg.");
		}
		if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
			throw Problems.single(1, null,
					"het bestand is als UTF-16 opgeslagen. Sla het op als \"CSV UTF-8\" en probeer het opnieuw.");
		}
		if (startsWith(content, 'P', 'K', 3, 4)) {
			throw Problems.single(null, null,
					"Dit is een Excel- of zipbestand. Sla het op als \"CSV UTF-8\" en probeer het opnieuw.");
		}
	}

	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < content.length; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
