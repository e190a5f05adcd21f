// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.buurtkracht.budgeting.IssuedLetters;
import nl.buurtkracht.budgeting.PhaseSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints letter codes as an A4 PDF, one Dutch letter per page, with the fonts shipped in the application
 * (DejaVu Sans): the output never depends on the fonts of the server.
 */
@Component
class LetterPrinter {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final TemplateEngine templates;

	private final String siteUrl;

	LetterPrinter(TemplateEngine templates, @Value("${buurtkracht.base-url}") String baseUrl) {
		this.templates = templates;
		this.siteUrl = baseUrl + "/buurtbudgetten";
	}

	byte[] print(IssuedLetters issued) {
		Context context = new Context(DUTCH);
		context.setVariable("letters", issued.letters());
		context.setVariable("neighbourhood", issued.batch().neighbourhoodCode());
		context.setVariable("siteUrl", siteUrl);
		LocalDate lastDay = issued.batch().expiresAt().atZone(PhaseSchedule.AMSTERDAM).toLocalDate().minusDays(1);
		context.setVariable("lastDay", DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH).format(lastDay));
		String html = templates.process("budgeting/letters-pdf", context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String file) {
		try {
			return new ClassPathResource("budgeting/fonts/" + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
