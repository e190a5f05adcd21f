// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * An uploaded photo was refused; the reason is a message key suffix ({@code budgeting.photo.<reason>}).
 */
public class PhotoRejectedException extends RuntimeException {

	private final String reason;

	public PhotoRejectedException(String reason) {
		super("photo rejected: " + reason);
		this.reason = reason;
	}

	public PhotoRejectedException(String reason, Throwable cause) {
		super("photo rejected: " + reason, cause);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}
