// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.List;

/**
 * What the demo residents of Demodorp proposed, in plain Dutch: the ideas for wijk Noord, on which the demo
 * resident can vote, and those of the finished round in wijk Zuid.
 */
final class DemoIdeas {

	record Idea(String title, String description, long euros, String place) {

		IdeaDraft draft() {
			return new IdeaDraft(title, description, Amount.ofEuros(euros), new Location(place, null, null));
		}

	}

	static final List<Idea> NOORD = List.of(
			new Idea("Moestuin bij de school",
					"Samen met de kinderen groente kweken in bakken op het schoolplein. Ouders en buren helpen mee. "
							+ "Na school en in de zomer mag iedereen komen.",
					12_500, "Schoolplein van basisschool De Merel"),
			new Idea("Bankjes en schaduw op het plein",
					"Vijf nieuwe bankjes en drie bomen op het Vinkenplein. Dan kun je in de zomer in de schaduw zitten "
							+ "en een praatje maken.",
					18_000, "Vinkenplein"),
			new Idea("Repair café in het buurthuis",
					"Eén zaterdag per maand repareren vrijwilligers kapotte spullen, zoals fietsen, lampen en kleding. "
							+ "Het geld is voor gereedschap en koffie.",
					4_500, "Buurthuis De Spreeuw"),
			new Idea("Veilig oversteken bij de Lijsterlaan",
					"Een zebrapad met extra licht bij de Lijsterlaan. Veel kinderen en ouderen steken daar over op weg "
							+ "naar school en de winkels.",
					15_000, "Kruising Lijsterlaan en Meeuwenweg"),
			new Idea("Speelplek voor kleine kinderen",
					"Een zandbak, een klein klimrek en een hek eromheen op het grasveld. Zo kunnen peuters veilig "
							+ "buiten spelen.",
					21_000, "Grasveld achter de Reigerstraat"),
			new Idea("Buurtkast voor boeken en spullen",
					"Een houten kast bij de bushalte. Je zet er boeken of spullen in die je niet meer gebruikt, en je "
							+ "neemt mee wat je wilt.",
					2_500, "Bushalte Vogelbuurt"));

	static final List<Idea> ZUID = List.of(
			new Idea("Speeltuin in het Zuiderpark opknappen",
					"De schommels en de glijbaan zijn oud. We vervangen ze en maken de ondergrond zacht.", 14_000,
					"Zuiderpark"),
			new Idea("Bloembakken in de Molenwijk",
					"Twintig grote bloembakken langs de Molenstraat. Bewoners geven de planten water.", 4_500,
					"Molenstraat"),
			new Idea("Hondenuitlaatplek met afvalbakken",
					"Een vaste plek met hek en afvalbakken. Dan blijft de rest van het park schoon.", 6_000,
					"Zuiderpark, kant van de Tuindorpweg"),
			new Idea("Meer licht op het Molenpad",
					"Nieuwe lantaarnpalen langs het fietspad. Dan voel je je 's avonds veiliger.", 9_000, "Molenpad"),
			new Idea("Cursus reanimeren voor buren",
					"Vier avonden les in reanimeren en het gebruik van een AED, voor zestig buren.", 2_500,
					"Buurthuis Tuindorp"));

	private DemoIdeas() {
	}

}
