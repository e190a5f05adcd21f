// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import nl.buurtkracht.budgeting.Photo;
import nl.buurtkracht.budgeting.PhotoRejectedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an optional uploaded file into a checked photo, or a field error that says what is wrong with it.
 */
final class PhotoUploads {

	private PhotoUploads() {
	}

	static @Nullable Photo check(@Nullable MultipartFile upload, BindingResult result, MessageSource messages) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try {
			if (upload.getSize() > Photo.MAX_BYTES) {
				throw new PhotoRejectedException("tooLarge");
			}
			return Photo.of(upload.getBytes());
		}
		catch (PhotoRejectedException ex) {
			result.rejectValue("photo", "budgeting.photo." + ex.reason(),
					Views.text(messages, "budgeting.photo." + ex.reason()));
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
