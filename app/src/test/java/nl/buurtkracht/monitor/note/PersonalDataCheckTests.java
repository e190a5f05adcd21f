// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

import nl.buurtkracht.monitor.note.PersonalDataCheck.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCheckTests {

	@ParameterizedTest(name = "finds an e-mail address in \"{0}\"")
	@ValueSource(strings = { "mail naar j.jansen@example.nl graag", "Contact: info@wijkteam-noord.org", "a.b+c@sub.domein.com" })
	void findsEmailAddresses(String text) {
		assertThat(PersonalDataCheck.find(text)).contains(Finding.EMAIL);
	}

	@ParameterizedTest(name = "finds a phone number in \"{0}\"")
	@ValueSource(strings = { "bel 0612345678", "bel 06-12345678", "020 123 4567", "+31 6 1234 5678", "+31(0)20-1234567",
			"0031 20 1234567", "tel. 010-4123456", "+32 470 12 34 56" })
	void findsPhoneNumbers(String text) {
		assertThat(PersonalDataCheck.find(text)).contains(Finding.PHONE);
	}

	@ParameterizedTest(name = "finds a BSN in \"{0}\"")
	@ValueSource(strings = { "BSN 111222333", "nummer 123456782", "123.456.782", "1234 56 782" })
	void findsNumbersThatPassTheElevenTest(String text) {
		assertThat(PersonalDataCheck.find(text)).contains(Finding.BSN);
	}

	@Test
	void leavesNineDigitNumbersThatFailTheElevenTest() {
		assertThat(PersonalDataCheck.passesElevenTest("123456789")).isFalse();
		assertThat(PersonalDataCheck.find("Het project kostte 123456789 euro")).doesNotContain(Finding.BSN);
		assertThat(PersonalDataCheck.find("Een budget van 111.222.333,50 euro")).doesNotContain(Finding.BSN);
	}

	@Test
	void computesTheElevenTestAsBsnDoes() {
		// 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 · 11
		assertThat(PersonalDataCheck.passesElevenTest("111222333")).isTrue();
		assertThat(PersonalDataCheck.passesElevenTest("000000000")).as("zero is no BSN").isFalse();
		assertThat(PersonalDataCheck.passesElevenTest("12345678")).isFalse();
	}

	@ParameterizedTest(name = "finds an address in \"{0}\"")
	@ValueSource(strings = { "woont op 1234 AB 12", "1234AB, 5", "postcode 3511 LX nr. 7" })
	void findsPostcodesWithAHouseNumber(String text) {
		assertThat(PersonalDataCheck.find(text)).contains(Finding.POSTCODE);
	}

	@Test
	void findsStreetsWithAHouseNumber() {
		assertThat(PersonalDataCheck.find("Op de Dorpsstraat 12a is het vaak onrustig")).contains(Finding.ADDRESS);
		assertThat(PersonalDataCheck.find("Bij Kerkweg 3 staat de container vol")).contains(Finding.ADDRESS);
		assertThat(PersonalDataCheck.find("In de Dorpsstraat is het vaak onrustig")).doesNotContain(Finding.ADDRESS);
	}

	@Test
	void findsIbansThatPassTheirCheckDigits() {
		assertThat(PersonalDataCheck.find("rekening NL91 ABNA 0417 1643 00")).contains(Finding.IBAN);
		assertThat(PersonalDataCheck.find("rekening NL91ABNA0417164300")).contains(Finding.IBAN);
		assertThat(PersonalDataCheck.isIban("NL91ABNA0417164301")).isFalse();
	}

	@Test
	void findsNamesAfterMeneerOrMevrouw() {
		assertThat(PersonalDataCheck.find("mevrouw Jansen vertelde")).contains(Finding.NAME);
		assertThat(PersonalDataCheck.find("Meneer de Vries van nummer 4")).contains(Finding.NAME);
		assertThat(PersonalDataCheck.find("Dhr. Bakker belde")).contains(Finding.NAME);
		assertThat(PersonalDataCheck.find("Een mevrouw vertelde over haar buren")).doesNotContain(Finding.NAME);
	}

	@Test
	void acceptsAnOrdinaryNote() {
		assertThat(PersonalDataCheck.find("""
				Op het spreekuur kwamen vier bewoners uit de Vogelbuurt. Twee gezinnen kunnen de energierekening van
				2025 niet betalen (samen ongeveer 3.400 euro achterstand). Het wijkteam is op 12-03-2026 gebeld.
				Wachtlijst voor schuldhulp: 6 weken. Zie ook wijkplan 2024-2027.""")).isEmpty();
	}

}
