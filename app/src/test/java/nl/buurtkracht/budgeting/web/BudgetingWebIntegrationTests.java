// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.util.List;

import javax.imageio.ImageIO;

import nl.buurtkracht.account.AccountManagement;
import nl.buurtkracht.account.AccountPrincipal;
import nl.buurtkracht.area.demo.DemoMunicipality;
import nl.buurtkracht.budgeting.Amount;
import nl.buurtkracht.budgeting.CountingRules;
import nl.buurtkracht.budgeting.RoundArea;
import nl.buurtkracht.budgeting.RoundSettings;
import nl.buurtkracht.budgeting.BallotBox;
import nl.buurtkracht.budgeting.BallotRules;
import nl.buurtkracht.budgeting.BudgetProcess;
import nl.buurtkracht.budgeting.Choice;
import nl.buurtkracht.budgeting.IdeaBox;
import nl.buurtkracht.budgeting.Phase;
import nl.buurtkracht.budgeting.RoundFixture;
import nl.buurtkracht.budgeting.RoundId;
import nl.buurtkracht.budgeting.Turnout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The buurtbudget's pages and API through the whole web stack (security, CSRF, validation, templates).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetingWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BudgetProcess process;

	@Autowired
	IdeaBox ideas;

	@Autowired
	AccountManagement accounts;

	@Autowired
	BallotBox box;

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoMunicipality demo;

	RoundFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new RoundFixture(context);
	}

	@Test
	void anOfficialPlansARoundForTheirOwnGemeenteOnly() throws Exception {
		AccountPrincipal official = fixture.official();

		MvcResult created = mvc.perform(post("/werkplek/buurtbudgetten/nieuw").with(user(official)).with(csrf())
			.param("areaCodes", "WK036300").param("title", "Buurtbudget Oost").param("description", "Kies mee")
			.param("amount", "30000").param("ideasFrom", "2027-01-01").param("reviewFrom", "2027-02-01")
			.param("votingFrom", "2027-03-01").param("votingUntil", "2027-03-14").param("executionFrom", "2027-04-01")
			.param("minimumAge", "16").param("voteType", "KNAPSACK").param("rule", "mes_cost_add1_then_greedy")
			.param("goals", "groen, spelen"))
			.andExpect(redirectedUrlPattern("/werkplek/buurtbudgetten/*"))
			.andReturn();
		String manage = created.getResponse().getRedirectedUrl();
		mvc.perform(get(manage).with(user(official))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Buurtbudget Oost")));

		mvc.perform(post("/werkplek/buurtbudgetten/nieuw").with(user(official)).with(csrf())
			.param("areaCodes", "BU05990001").param("title", "Elders").param("description", "x").param("amount", "1")
			.param("ideasFrom", "2027-01-01").param("reviewFrom", "2027-02-01").param("votingFrom", "2027-03-01")
			.param("votingUntil", "2027-03-14").param("executionFrom", "2027-04-01").param("minimumAge", "16")
			.param("voteType", "KNAPSACK").param("rule", "mes_cost_add1_then_greedy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alle gebieden moeten in jouw gemeente liggen.")));
	}

	@Test
	void explainsWhatIsWrongWithAPlannedRound() throws Exception {
		mvc.perform(post("/werkplek/buurtbudgetten/nieuw").with(user(fixture.official())).with(csrf())
			.param("areaCodes", "WK036300").param("title", "").param("description", "Kies mee").param("amount", "0")
			.param("ideasFrom", "2027-03-01").param("reviewFrom", "2027-02-01").param("votingFrom", "2027-03-01")
			.param("votingUntil", "2027-03-14").param("executionFrom", "2027-04-01").param("minimumAge", "16")
			.param("voteType", "CUMULATIVE").param("points", "10").param("rule", "seq_phragmen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("Vul een titel in.")))
			.andExpect(content().string(containsString("De fasen moeten na elkaar komen")))
			.andExpect(content().string(containsString("Sequentiële Phragmén werkt niet met punten")));
	}

	@Test
	void anOfficialOfAnotherGemeenteCannotTouchTheRound() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		AccountPrincipal stranger = nl.buurtkracht.account.Personas.create(accounts,
				nl.buurtkracht.account.Role.OFFICIAL, "GM0599");
		String base = "/werkplek/buurtbudgetten/" + round;
		String project = ideas.ideas(round).get(0).projectId().toString();

		mvc.perform(get(base).with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/fase").with(user(stranger)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(base + "/papieren-stem").with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/ideeen/" + project + "/toets").with(user(stranger)).with(csrf())
			.param("feasible", "false").param("reason", "nee")).andExpect(status().isForbidden());
		mvc.perform(post(base + "/telling").with(user(stranger)).with(csrf())).andExpect(status().isForbidden());
		assertThat(process.find(round).orElseThrow().phase()).isEqualTo(Phase.VOTING);
	}

	@Test
	void aResidentCannotReviewFeasibilityEnterPaperBallotsOrMakeLetters() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		AccountPrincipal resident = fixture.verifiedResident();
		String base = "/werkplek/buurtbudgetten/" + round;
		String project = ideas.ideas(round).get(0).projectId().toString();

		mvc.perform(get(base + "/ideeen/" + project + "/toets").with(user(resident))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/ideeen/" + project + "/toets").with(user(resident)).with(csrf())
			.param("feasible", "false").param("reason", "nee")).andExpect(status().isForbidden());
		mvc.perform(post(base + "/papieren-stem").with(user(resident)).with(csrf())
			.param("identifiedBy", "letter").param("code", "X").param("project", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/werkplek/stemcodes").with(user(resident)).with(csrf())
			.param("neighbourhoodCode", RoundFixture.BUURT).param("count", "1")).andExpect(status().isForbidden());
		mvc.perform(get("/werkplek/buurtbudgetten").with(user(resident))).andExpect(status().isForbidden());
		assertThat(box.turnout(round)).isEqualTo(new Turnout(0, 0, 0));
	}

	@Test
	void theOverviewFiltersByTheNameOrCodeOfAGemeente() throws Exception {
		demo.load();
		AccountPrincipal official = nl.buurtkracht.account.Personas.create(accounts,
				nl.buurtkracht.account.Role.OFFICIAL, "GM9901");
		String title = "Filterbudget " + System.nanoTime();
		process.plan(official.id(), "GM9901", List.of(new RoundArea("WK990101")),
				new RoundSettings(title, "x", Amount.ofEuros(5_000), RoundFixture.settings(BallotRules.knapsack(), 1)
					.schedule(), 16, BallotRules.knapsack(), CountingRules.DEFAULT, List.of()));

		mvc.perform(get("/buurtbudgetten").param("gemeente", " demodorp ")).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/buurtbudgetten").param("gemeente", "gm9901")).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/buurtbudgetten").param("gemeente", RoundFixture.MUNICIPALITY)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/buurtbudgetten").param("gemeente", "Nergenshuizen")).andExpect(status().isOk())
			.andExpect(content().string(containsString("We vinden geen gemeente die past bij “Nergenshuizen”")))
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void anonymousVisitorsCanReadButNotVote() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);

		mvc.perform(get("/buurtbudgetten/" + round)).andExpect(status().isOk());
		mvc.perform(get("/buurtbudgetten/" + round + "/stemmen")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(post("/buurtbudgetten/" + round + "/stemmen").with(csrf()).param("project", "1"))
			.andExpect(redirectedUrl("/inloggen"));
		assertThat(box.turnout(round).ballots()).isZero();
	}

	@Test
	void anUnverifiedResidentIsToldWhyTheyCannotVote() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		AccountPrincipal resident = fixture.resident();

		mvc.perform(get("/buurtbudgetten/" + round + "/stemmen").with(user(resident)))
			.andExpect(content().string(containsString("Laat eerst zien dat je in de buurt woont")))
			.andExpect(content().string(not(containsString("id=\"ballot-form\""))));
		mvc.perform(post("/buurtbudgetten/" + round + "/stemmen").with(user(resident)).with(csrf()).param("project", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Laat eerst zien dat je in de buurt woont")));
		assertThat(box.turnout(round).ballots()).isZero();
	}

	@Test
	void aVerifiedResidentVotesGetsAReceiptAndSeesTheBudgetWhileChoosing() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000, 7_000);
		AccountPrincipal resident = fixture.verifiedResident();
		String ballot = "/buurtbudgetten/" + round + "/stemmen";

		mvc.perform(post(ballot + "/budget").with(user(resident)).with(csrf()).header("HX-Request", "true")
			.param("project", "1").param("project", "2"))
			.andExpect(content().string(containsString("Je hebt € 11.000 van € 10.000 gekozen.")))
			.andExpect(content().string(containsString("Je zit € 1.000 boven het budget")));
		mvc.perform(post(ballot).with(user(resident)).with(csrf()).param("project", "1").param("project", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kosten samen meer dan het budget")));
		MvcResult cast = mvc.perform(post(ballot).with(user(resident)).with(csrf()).param("project", "2"))
			.andExpect(redirectedUrl(ballot + "/opgeslagen"))
			.andExpect(flash().attributeExists("receipt"))
			.andReturn();
		String receipt = (String) cast.getFlashMap().get("receipt");

		mvc.perform(post("/buurtbudgetten/" + round + "/stem-wijzigen").with(user(resident)).with(csrf())
			.param("receipt", receipt))
			.andExpect(content().string(containsString("name=\"receipt\"")))
			.andExpect(content().string(containsString("id=\"project-2\" checked")));
		mvc.perform(post(ballot).with(user(resident)).with(csrf()).param("receipt", receipt).param("project", "1"))
			.andExpect(redirectedUrl(ballot + "/opgeslagen"));
		assertThat(box.ballotWithReceipt(round, receipt).orElseThrow().choices()).containsExactly(Choice.approve(1));
	}

	@Test
	void anOfficialEntersAPaperBallotWithALetterCode() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.approval(1, 2), 10_000, 4_000, 3_000);
		String code = fixture.letterCode(RoundFixture.BUURT);
		AccountPrincipal official = fixture.official();
		String paper = "/werkplek/buurtbudgetten/" + round + "/papieren-stem";

		mvc.perform(post(paper).with(user(official)).with(csrf()).param("identifiedBy", "letter").param("code", code)
			.param("birthDate", "17-5-1980").param("project", "1").param("project", "2"))
			.andExpect(redirectedUrl(paper));
		mvc.perform(post(paper).with(user(official)).with(csrf()).param("identifiedBy", "letter").param("code", code)
			.param("birthDate", "17-5-1980").param("project", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze bewoner heeft al op papier gestemd.")));
		assertThat(box.turnout(round)).isEqualTo(new Turnout(0, 1, 1));
	}

	@Test
	void printsOneLetterPerPageWithTheCodesInThePdf() throws Exception {
		AccountPrincipal official = fixture.official();

		MvcResult result = mvc.perform(post("/werkplek/stemcodes").with(user(official)).with(csrf())
			.param("neighbourhoodCode", "bu03630001").param("count", "")
			.param("addresses", "Dorpsstraat 1\n1234 AB Demodorp\n\nDorpsstraat 3\n1234 AB Demodorp\n\nKerkpad 2\n1234 AC Demodorp")
			.param("lastValidDay", java.time.LocalDate.now().plusWeeks(6).toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();

		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(3);
			text.setEndPage(3);
			String third = text.getText(pdf);
			assertThat(third).contains("Kerkpad 2", "Stem mee over het geld voor je buurt", "BU03630001")
				.containsPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		}
		mvc.perform(post("/werkplek/stemcodes").with(user(official)).with(csrf())
			.param("neighbourhoodCode", "BU05990001").param("count", "2")
			.param("lastValidDay", java.time.LocalDate.now().plusWeeks(6).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alle gebieden moeten in jouw gemeente liggen.")));
	}

	@Test
	void aResidentVerifiesWithALetterCodeAndIsToldWhyACodeIsRefused() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.knapsack(), 10_000, 4_000);
		AccountPrincipal resident = fixture.resident();
		String verify = "/buurtbudgetten/" + round + "/verifieren";

		mvc.perform(post(verify).with(user(resident)).with(csrf()).param("code", fixture.letterCode("BU03630101"))
			.param("birthDate", "17-05-1980"))
			.andExpect(content().string(containsString("Deze code is voor een andere buurt")));
		mvc.perform(post(verify).with(user(resident)).with(csrf()).param("code", "ZZZZ-ZZZZ-ZZZZ")
			.param("birthDate", "17-05-1980"))
			.andExpect(content().string(containsString("Deze code kennen we niet")));
		mvc.perform(post(verify).with(user(resident)).with(csrf()).param("code", fixture.letterCode(RoundFixture.BUURT))
			.param("birthDate", "1980-05-17"))
			.andExpect(content().string(containsString("dag-maand-jaar")));
		mvc.perform(post(verify).with(user(resident)).with(csrf()).param("code", fixture.letterCode(RoundFixture.BUURT))
			.param("birthDate", "17-05-1980"))
			.andExpect(redirectedUrl("/buurtbudgetten/" + round + "/stemmen"));
	}

	@Test
	void residentsSubmitIdeasWithACheckedPhotoAndReadTheVerdict() throws Exception {
		AccountPrincipal official = fixture.official();
		RoundId round = fixture.ideasRound(official, BallotRules.knapsack(), 10_000);
		AccountPrincipal resident = fixture.resident();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);

		mvc.perform(multipart("/buurtbudgetten/" + round + "/ideeen/nieuw")
			.file(new MockMultipartFile("photo", "foto.png", "image/png", "niet echt".getBytes()))
			.with(user(resident)).with(csrf()).param("title", "Bankjes").param("description", "Bij de speeltuin")
			.param("estimatedCost", "1500"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("geen JPG- of PNG-foto")));
		MvcResult submitted = mvc.perform(multipart("/buurtbudgetten/" + round + "/ideeen/nieuw")
			.file(new MockMultipartFile("photo", "foto.png", "image/png", png.toByteArray()))
			.with(user(resident)).with(csrf()).param("title", "Bankjes").param("description", "Bij de speeltuin")
			.param("estimatedCost", "1500"))
			.andExpect(redirectedUrlPattern("/buurtbudgetten/*/ideeen/*"))
			.andReturn();
		String idea = submitted.getResponse().getRedirectedUrl();
		String projectId = idea.substring(idea.lastIndexOf('/') + 1);

		mvc.perform(post("/werkplek/buurtbudgetten/" + round + "/ideeen/" + projectId + "/toets").with(user(official))
			.with(csrf()).param("feasible", "false").param("reason", ""))
			.andExpect(content().string(containsString("Leg uit waarom het idee niet haalbaar is")));
		mvc.perform(post("/werkplek/buurtbudgetten/" + round + "/ideeen/" + projectId + "/toets").with(user(official))
			.with(csrf()).param("feasible", "false").param("reason", "De stoep is te smal."))
			.andExpect(redirectedUrl("/werkplek/buurtbudgetten/" + round));
		mvc.perform(get(idea))
			.andExpect(content().string(containsString("Dit idee is niet haalbaar")))
			.andExpect(content().string(containsString("De stoep is te smal.")))
			.andExpect(content().string(containsString("/buurtbudgetten/fotos/")));
	}

	@Test
	void officialsHideCommentsWithAReasonResidentsCanRead() throws Exception {
		AccountPrincipal official = fixture.official();
		RoundId round = fixture.ideasRound(official, BallotRules.knapsack(), 10_000);
		AccountPrincipal resident = fixture.resident();
		String project = ideas.submit(resident.id(), round, new nl.buurtkracht.budgeting.IdeaDraft("Bloemen", "Meer bloemen",
				nl.buurtkracht.budgeting.Amount.ofEuros(500), nl.buurtkracht.budgeting.Location.NONE), null).toString();
		String idea = "/buurtbudgetten/" + round + "/ideeen/" + project;
		mvc.perform(post(idea + "/reacties").with(user(resident)).with(csrf()).param("text", "Wat een onzin, sukkels"))
			.andExpect(redirectedUrl(idea + "#reacties"));
		long comment = ideas.comments(new nl.buurtkracht.budgeting.ProjectId(java.util.UUID.fromString(project))).get(0).id();

		mvc.perform(post("/werkplek/buurtbudgetten/" + round + "/ideeen/" + project + "/reacties/" + comment + "/verbergen")
			.with(user(resident)).with(csrf()).param("reason", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/werkplek/buurtbudgetten/" + round + "/ideeen/" + project + "/reacties/" + comment + "/verbergen")
			.with(user(official)).with(csrf()).param("reason", "Schelden mag niet."))
			.andExpect(redirectedUrl(idea + "#reacties"));

		mvc.perform(get(idea))
			.andExpect(content().string(containsString("De gemeente heeft deze reactie verborgen. Reden: Schelden mag niet.")))
			.andExpect(content().string(not(containsString("sukkels"))));
	}

	@Test
	void theApiListsRoundsAndProjectsAndAnswersProblemsAsJson() throws Exception {
		RoundId round = fixture.votingRound(BallotRules.approval(1, 2), 10_000, 4_000, 3_000);

		mvc.perform(get("/api/v1/budgets/" + round))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("VOTING"))
			.andExpect(jsonPath("$.amountCents").value(1_000_000))
			.andExpect(jsonPath("$.voteType").value("APPROVAL"));
		mvc.perform(get("/api/v1/budgets/" + round + "/projects"))
			.andExpect(jsonPath("$[1].number").value(2))
			.andExpect(jsonPath("$[1].costCents").value(300_000))
			.andExpect(jsonPath("$[1].status").value("FEASIBLE"));
		mvc.perform(get("/api/v1/budgets").param("municipality", "gm0363"))
			.andExpect(jsonPath("$.items").isArray());
		mvc.perform(get("/api/v1/budgets/" + round + "/results"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/api/v1/openapi.json")).andExpect(content().string(containsString("/api/v1/budgets/{id}/results")));
	}

	@Test
	void officialsSeeWhatNeedsActionInTheirGemeente() throws Exception {
		AccountPrincipal official = fixture.official();
		RoundId round = fixture.ideasRound(official, BallotRules.knapsack(), 10_000);
		ideas.submit(fixture.resident().id(), round, new nl.buurtkracht.budgeting.IdeaDraft("Bankje", "Een bankje",
				nl.buurtkracht.budgeting.Amount.ofEuros(500), nl.buurtkracht.budgeting.Location.NONE), null);

		mvc.perform(get("/werkplek/buurtbudgetten").with(user(official)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 ideeën wachten op een oordeel")));
		List<String> pages = List.of("/werkplek/buurtbudgetten/nieuw", "/werkplek/stemcodes", "/werkplek/spreekuur",
				"/werkplek/buurtbudgetten/" + round, "/werkplek/buurtbudgetten/" + round + "/bewerken");
		for (String page : pages) {
			mvc.perform(get(page).with(user(official))).andExpect(status().isOk());
		}
	}

}
