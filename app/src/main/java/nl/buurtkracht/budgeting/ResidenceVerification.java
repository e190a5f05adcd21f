// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who lives where: letter codes sent to addresses, and verification in person at a spreekuur. Only
 * verified residents can vote.
 */
@Service
public class ResidenceVerification {

	static final int LETTER_CODE_LENGTH = 12;

	static final int DESK_CODE_LENGTH = 8;

	static final Duration DESK_CODE_VALIDITY = Duration.ofHours(1);

	public static final int MAX_LETTERS = 2000;

	private final LetterCodes letterCodes;

	private final Residences residences;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResidenceVerification(LetterCodes letterCodes, Residences residences, JdbcClient jdbc, Clock clock) {
		this.letterCodes = letterCodes;
		this.residences = residences;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * New one-time codes for the addresses of a buurt, one letter each. Give either address lines (one
	 * letter per address) or a number of letters without address.
	 */
	@Transactional
	public IssuedLetters issueLetters(AccountId official, String neighbourhoodCode, List<List<String>> addresses,
			int count, LocalDate lastValidDay) {
		if (!RoundArea.isNeighbourhood(neighbourhoodCode)) {
			throw new IllegalArgumentException("Letters are for one buurt");
		}
		int letters = addresses.isEmpty() ? count : addresses.size();
		if (letters < 1 || letters > MAX_LETTERS) {
			throw new IllegalArgumentException("Between 1 and " + MAX_LETTERS + " letters at a time");
		}
		Instant now = clock.instant();
		Instant expires = PhaseSchedule.startOf(lastValidDay.plusDays(1));
		if (!expires.isAfter(now)) {
			throw new IllegalArgumentException("The codes must stay valid after today");
		}
		List<SecretCode> codes = new ArrayList<>(letters);
		List<Letter> printed = new ArrayList<>(letters);
		for (int i = 0; i < letters; i++) {
			SecretCode code = SecretCode.generate(LETTER_CODE_LENGTH);
			codes.add(code);
			printed.add(new Letter(addresses.isEmpty() ? List.of() : addresses.get(i), code.formatted()));
		}
		LetterBatch batch = new LetterBatch(UUID.randomUUID(), neighbourhoodCode, expires, letters, now, 0);
		letterCodes.addBatch(batch, codes, official.value(), now);
		return new IssuedLetters(batch, printed);
	}

	@Transactional(readOnly = true)
	public List<LetterBatch> batchesIn(String municipalityCode) {
		return letterCodes.batchesIn(municipalityCode);
	}

	/**
	 * A resident verifies with the code from their letter.
	 * @param area the area of the buurtbudget the resident came from, if any: a code for another buurt is refused
	 * @throws VerificationRefusedException with the reason
	 */
	@Transactional
	public Residence verifyWithLetterCode(AccountId resident, String typedCode, LocalDate birthDate,
			@Nullable RoundArea area) {
		requirePlausible(birthDate);
		LetterCodes.IssuedCode code = redeem(SecretCode.typed(typedCode), area);
		Residence residence = new Residence(UUID.randomUUID(), resident.value(), code.neighbourhoodCode(),
				VerificationMethod.LETTER_CODE, birthDate, null, clock.instant());
		return residences.save(residence, code.id());
	}

	/** Checks and uses a letter code, refusing it with a reason. */
	LetterCodes.IssuedCode redeem(SecretCode code, @Nullable RoundArea area) {
		LetterCodes.IssuedCode issued = letterCodes.find(code)
			.orElseThrow(() -> new VerificationRefusedException(VerificationRefusal.UNKNOWN));
		if (area != null && !area.contains(issued.neighbourhoodCode())) {
			throw new VerificationRefusedException(VerificationRefusal.WRONG_AREA);
		}
		if (issued.used()) {
			throw new VerificationRefusedException(VerificationRefusal.ALREADY_USED);
		}
		if (!issued.expiresAt().isAfter(clock.instant())) {
			throw new VerificationRefusedException(VerificationRefusal.EXPIRED);
		}
		if (!letterCodes.use(issued.id(), clock.instant())) {
			throw new VerificationRefusedException(VerificationRefusal.ALREADY_USED);
		}
		return issued;
	}

	/** The letter code's residence, if the code was used on a paper ballot or online. */
	Optional<Residence> residenceOfLetterCode(SecretCode code) {
		return letterCodes.find(code).flatMap(issued -> residences.findByLetterCode(issued.id()));
	}

	/** A resident without an account votes on paper with the code from their letter. */
	Residence verifyPaperVoter(AccountId official, SecretCode code, LocalDate birthDate, RoundArea area) {
		requirePlausible(birthDate);
		LetterCodes.IssuedCode issued = redeem(code, area);
		Residence residence = new Residence(UUID.randomUUID(), null, issued.neighbourhoodCode(),
				VerificationMethod.LETTER_CODE, birthDate, official.value(), clock.instant());
		return residences.save(residence, issued.id());
	}

	/**
	 * A short-lived code the resident shows at the spreekuur, so the official finds the account without
	 * asking for an e-mail address. A new code replaces the previous one.
	 */
	@Transactional
	public SecretCode issueDeskCode(AccountId resident) {
		SecretCode code = SecretCode.generate(DESK_CODE_LENGTH);
		jdbc.sql("DELETE FROM budgeting_desk_code WHERE account_id = :account OR expires_at < :now")
			.param("account", resident.value())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("INSERT INTO budgeting_desk_code (code_hash, account_id, expires_at) VALUES (:hash, :account, :expires)")
			.param("hash", code.hash())
			.param("account", resident.value())
			.param("expires", Timestamp.from(clock.instant().plus(DESK_CODE_VALIDITY)))
			.update();
		return code;
	}

	/** The account that showed this desk code, if it is still valid. */
	Optional<UUID> accountOfDeskCode(SecretCode code) {
		return jdbc.sql("SELECT account_id FROM budgeting_desk_code WHERE code_hash = :hash AND expires_at > :now")
			.param("hash", code.hash())
			.param("now", Timestamp.from(clock.instant()))
			.query(UUID.class)
			.optional();
	}

	/**
	 * An official verifies a resident at the spreekuur after checking an ID; who and when is recorded.
	 * @throws VerificationRefusedException when the desk code is unknown or expired
	 */
	@Transactional
	public Residence verifyInPerson(AccountId official, String officialMunicipality, String typedDeskCode,
			String neighbourhoodCode, LocalDate birthDate) {
		requirePlausible(birthDate);
		if (!RoundArea.isNeighbourhood(neighbourhoodCode)
				|| !RoundArea.municipalityOf(neighbourhoodCode).equals(officialMunicipality)) {
			throw new VerificationRefusedException(VerificationRefusal.OTHER_MUNICIPALITY);
		}
		UUID account = accountOfDeskCode(SecretCode.typed(typedDeskCode))
			.orElseThrow(() -> new VerificationRefusedException(VerificationRefusal.UNKNOWN));
		jdbc.sql("DELETE FROM budgeting_desk_code WHERE account_id = :account").param("account", account).update();
		Residence residence = new Residence(UUID.randomUUID(), account, neighbourhoodCode, VerificationMethod.IN_PERSON,
				birthDate, official.value(), clock.instant());
		return residences.save(residence, null);
	}

	@Transactional(readOnly = true)
	public Optional<Residence> residenceOf(AccountId account) {
		return residences.findByAccount(account.value());
	}

	private void requirePlausible(LocalDate birthDate) {
		LocalDate today = LocalDate.now(clock.withZone(PhaseSchedule.AMSTERDAM));
		if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(120))) {
			throw new VerificationRefusedException(VerificationRefusal.IMPLAUSIBLE_BIRTH_DATE);
		}
	}

}
