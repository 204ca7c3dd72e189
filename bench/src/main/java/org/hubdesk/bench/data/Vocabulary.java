package org.hubdesk.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The words a generated hub is written in: partner institutions, places, collections and the
 * sentences requesters and staff write to each other, in English and Swedish, so that search sees
 * text with the stems, folding and identifiers real requests have.
 */
final class Vocabulary {

	static final List<String> FIRST_NAMES = List.of("Amina", "Anders", "Astrid", "Bilal", "Camila", "Chen", "Dagny",
			"Diego", "Elif", "Erik", "Fatima", "Folke", "Grace", "Gustav", "Hana", "Ingrid", "Jamal", "Johanna", "Kofi",
			"Karin", "Lars", "Leila", "Linnea", "Mateo", "Maja", "Nadia", "Nils", "Olu", "Oskar", "Priya", "Ragnar",
			"Rosa", "Sanna", "Sipho", "Sofia", "Tariq", "Tove", "Uma", "Viktor", "Wanjiru", "Yusuf", "Zofia");

	static final List<String> LAST_NAMES = List.of("Abebe", "Andersson", "Banda", "Berg", "Carvalho", "Dahl",
			"Eriksson", "Fernández", "Gashi", "Holm", "Ibrahim", "Johansson", "Kowalski", "Lindqvist", "Mensah",
			"Nakamura", "Nyström", "Okafor", "Persson", "Quispe", "Rahman", "Sjöberg", "Tanaka", "Ulloa", "Wallin",
			"Xu", "Yilmaz", "Åberg", "Öberg");

	/** Countries by region code, so affiliates spread over the movement's regions. */
	static final List<String[]> COUNTRIES = List.of(new String[] { "MENA", "EG", "Egypt" },
			new String[] { "MENA", "MA", "Morocco" }, new String[] { "MENA", "JO", "Jordan" },
			new String[] { "MENA", "TN", "Tunisia" }, new String[] { "SSA", "NG", "Nigeria" },
			new String[] { "SSA", "KE", "Kenya" }, new String[] { "SSA", "GH", "Ghana" },
			new String[] { "SSA", "ZA", "South Africa" }, new String[] { "SSA", "UG", "Uganda" },
			new String[] { "SA", "IN", "India" }, new String[] { "SA", "BD", "Bangladesh" },
			new String[] { "SA", "NP", "Nepal" }, new String[] { "SA", "LK", "Sri Lanka" },
			new String[] { "ESEAP", "ID", "Indonesia" }, new String[] { "ESEAP", "PH", "the Philippines" },
			new String[] { "ESEAP", "TW", "Taiwan" }, new String[] { "ESEAP", "AU", "Australia" },
			new String[] { "CEECA", "PL", "Poland" }, new String[] { "CEECA", "UA", "Ukraine" },
			new String[] { "CEECA", "EE", "Estonia" }, new String[] { "CEECA", "AM", "Armenia" },
			new String[] { "LAC", "AR", "Argentina" }, new String[] { "LAC", "MX", "Mexico" },
			new String[] { "LAC", "PE", "Peru" }, new String[] { "LAC", "BR", "Brazil" },
			new String[] { "USCA", "US", "the United States" }, new String[] { "USCA", "CA", "Canada" },
			new String[] { "NWE", "SE", "Sweden" }, new String[] { "NWE", "NO", "Norway" },
			new String[] { "NWE", "FI", "Finland" }, new String[] { "NWE", "DK", "Denmark" },
			new String[] { "NWE", "NL", "the Netherlands" }, new String[] { "NWE", "GB", "the United Kingdom" });

	static final List<String> CITIES = List.of("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Kiruna",
			"Nairobi", "Lagos", "Accra", "Kampala", "Cairo", "Tunis", "Amman", "Dhaka", "Kathmandu", "Colombo",
			"Jakarta", "Manila", "Taipei", "Kraków", "Lviv", "Tartu", "Yerevan", "Córdoba", "Oaxaca", "Cusco",
			"Recife", "Montréal", "Tromsø", "Turku", "Aarhus", "Leiden", "Glasgow");

	static final List<String> INSTITUTIONS_EN = List.of("City Museum of %s", "%s Municipal Archives",
			"National Library branch in %s", "%s Botanical Garden", "%s Photographic Society", "University of %s Library",
			"%s Maritime Museum", "%s Railway Heritage Trust");

	static final List<String> INSTITUTIONS_SV = List.of("%s stadsmuseum", "Stadsarkivet i %s", "%s länsmuseum",
			"Hembygdsföreningen i %s", "%s konsthall", "Universitetsbiblioteket i %s");

	static final List<String> COLLECTIONS_EN = List.of("photographs", "maps", "posters", "letters", "postcards",
			"herbarium sheets", "newspaper clippings", "architectural drawings", "sound recordings", "paintings");

	static final List<String> COLLECTIONS_SV = List.of("fotografier", "kartor", "affischer", "brev", "vykort",
			"herbarieark", "tidningsurklipp", "ritningar", "ljudinspelningar", "målningar");

	static final List<String> TITLES_EN = List.of("Upload {n} {c} from {i} to Wikimedia Commons",
			"Wikidata items for the {c} of {i}", "Help with the rights check for {c} at {i}",
			"Batch upload of {c}: metadata mapping for {i}", "Edit-a-thon support: {c} held by {i}",
			"Structured data for {c} in the collection of {i}");

	static final List<String> TITLES_SV = List.of("Ladda upp {n} {c} från {i} till Wikimedia Commons",
			"Wikidata-objekt för {c} hos {i}", "Hjälp med rättighetsfrågor kring {c} på {i}",
			"Massuppladdning av {c}: metadata från {i}", "Stöd till skrivstuga om {c} från {i}",
			"Strukturerade data för {c} i samlingen hos {i}");

	static final List<String> REQUESTER_EN = List.of(
			"We have about {n} {c} digitised and the partner agreed to a CC BY-SA licence.",
			"Could you help us map the metadata fields to Wikidata properties before the upload?",
			"The partnership with {i} is confirmed; their curator will join our next call.",
			"I attached a sample of the spreadsheet with titles, dates and photographers.",
			"Many of the {c} show places in {p} that have no images on Wikipedia yet.",
			"We would like the files to be used in articles, not only stored on Commons.",
			"Thank you, we will check the licence question with the museum and come back.");

	static final List<String> REQUESTER_SV = List.of(
			"Vi har ungefär {n} {c} digitaliserade och partnern har godkänt CC BY-SA.",
			"Kan ni hjälpa oss att matcha metadatafälten mot Wikidata-egenskaper före uppladdningen?",
			"Partnerskapet med {i} är klart och deras intendent är med på nästa möte.",
			"Jag bifogar ett utdrag ur kalkylarket med titlar, datum och fotografer.",
			"Många av {c} visar platser i {p} som ännu saknar bilder på Wikipedia.",
			"Vi vill att filerna används i artiklar och inte bara ligger på Commons.",
			"Tack, vi stämmer av licensfrågan med museet och återkommer.");

	static final List<String> STAFF_EN = List.of(
			"Thanks for the details. We can run the batch upload with Pattypan once the metadata is cleaned.",
			"Please confirm the rights status of the {c}; without it we cannot start the upload.",
			"I created a tracking category and a first batch of {n} files is now on Commons.",
			"The Wikidata items for {i} are done; the usage in articles will show in the next report.",
			"We suggest a short training session for the volunteers in {p}.",
			"Could you share the partner's Wikidata item (a Q-number) so we can link the files?");

	static final List<String> STAFF_SV = List.of(
			"Tack för uppgifterna. Vi kan köra massuppladdningen med Pattypan när metadatan är städad.",
			"Bekräfta gärna rättighetsläget för {c}, annars kan vi inte börja ladda upp.",
			"Jag har skapat en spårningskategori och en första omgång på {n} filer ligger nu på Commons.",
			"Wikidata-objekten för {i} är klara; användningen i artiklar syns i nästa rapport.",
			"Vi föreslår en kort utbildning för volontärerna i {p}.",
			"Kan ni skicka partnerns Wikidata-objekt (ett Q-nummer) så att vi kan länka filerna?");

	static final List<String> NOTES = List.of("Check with the committee before promising a date.",
			"Partner has a history of slow replies; keep the scope small.",
			"Possible overlap with the Wikisource project in the same region.",
			"Internal: the rights holder is the photographer's estate, not the museum.");

	static final List<String> TAGS = List.of("batch-upload", "pattypan", "openrefine", "rights", "training",
			"wikidata", "structured-data", "edit-a-thon", "maps", "photographs", "archives", "gender-gap", "urgent");

	static final List<String> CONTENT_TYPES = List.of("photographs", "maps and plans", "scanned books",
			"audio recordings", "museum objects", "metadata only");

	static final List<String> FILE_TYPES = List.of("sample.jpg:image/jpeg", "metadata.csv:text/csv",
			"agreement.pdf:application/pdf", "inventory.xlsx:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"scan.tif:image/tiff");

	private Vocabulary() {
	}

	static <T> T pick(SplittableRandom random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/** Fills a template's slots: {n} a number, {c} the collection, {i} the institution, {p} the place. */
	static String fill(String template, SplittableRandom random, String collection, String institution, String place) {
		return template.replace("{n}", Integer.toString(50 + random.nextInt(5000)))
			.replace("{c}", collection)
			.replace("{i}", institution)
			.replace("{p}", place);
	}

}
