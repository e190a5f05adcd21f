// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends account mail in the person's language. Without a configured mail server nothing is sent and
 * the log says so, without the address.
 */
@Component
class AccountMail {

	private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	AccountMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${buurtkracht.mail.from}") String from, @Value("${buurtkracht.base-url}") String baseUrl) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	void sendPasswordReset(String to, String displayName, SecretToken token, Locale locale) {
		String link = baseUrl + "/wachtwoord-herstellen?token=" + token.plain();
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(messages.getMessage("account.mail.reset.subject", null, locale));
		mail.setText(messages.getMessage("account.mail.reset.body", new Object[] { displayName, link }, locale));
		send(mail);
	}

	private void send(SimpleMailMessage mail) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Mail is not configured (spring.mail.host); a password-reset mail was not sent");
			return;
		}
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			log.warn("Could not send a password-reset mail: {}", ex.getClass().getSimpleName());
		}
	}

}
