package org.hubdesk.committee.internal;

import java.util.List;

/**
 * The demo committee's history: who asked, what each member thought of it and what the committee
 * decided, at three monthly meetings of the past, and the agenda of the next one.
 * {@link CommitteeDemoData} plays it through the committee's services.
 */
final class CommitteeDemoScript {

	/** The demo committee, the chair first. */
	static final List<String> MEMBERS = List.of("chair", "member1", "member2", "member3");

	/** The rubric's criteria by code, in the order a request's scores below are given. */
	static final List<String> CRITERIA = List.of("usefulness", "feasibility", "legal-ethical", "risk", "sustainability",
			"knowledge-equity", "capacity-building");

	/** How each member leans from a request's scores, criterion by criterion (the gate excepted). */
	static final int[][] LEANINGS = { { 0, 0, 0, 0, 0, 0, 0 }, { 0, 1, 0, -1, 0, -1, 1 }, { -1, 0, 0, 0, 1, 1, 0 },
			{ 1, -1, 0, 0, -1, 0, 0 } };

	/** People who have asked the demo hub for help besides {@code requester} and {@code requester2}. */
	record Asker(String username, String name, String zone, String affiliate, String reads) {
	}

	/** A member's words: a comment with a score, in the discussion, a vote against the decision, a declared conflict. */
	record Say(String member, String text) {
	}

	/**
	 * A request as it comes to the committee.
	 * @param scores its typical scores, by {@link #CRITERIA} (the gate 1 yes, 0 no, 2 unclear)
	 */
	record Ask(String title, String requester, String affiliate, String partner, String need, String language,
			int effortHours, int[] scores) {
	}

	/**
	 * A request on a past agenda and the committee's decision on it.
	 * @param absent a member who did not score it, or null
	 * @param dissent a member who voted otherwise (for {@code otherwise}), or null
	 */
	record Item(Ask ask, Outcome outcome, String reasons, String summary, boolean byConsensus, String absent,
			List<Say> remarks, List<Say> discussion, Say dissent, Outcome otherwise, Say declared) {
	}

	/** A past meeting, so many months ago. */
	record Past(int monthsAgo, List<Item> items) {
	}

	static final List<Asker> ASKERS = List.of(
			new Asker("requester3", "Layla Requester", "Asia/Amman", "Wikimedians of the Levant User Group", "ar, en"),
			new Asker("requester4", "Arif Requester", "Asia/Dhaka", "Wikimedia Bangladesh", "bn, en"),
			new Asker("requester5", "Putri Requester", "Asia/Jakarta", "Wikimedia Indonesia", "id, en"));

	private static final Ask TEXTILES = new Ask("Church textiles from Swedish parishes to Wikidata", "requester",
			"Wikimedia Sverige", "Riksantikvarieämbetet", "wikidata-import", "sv", 60, new int[] { 4, 4, 1, 4, 4, 2, 3 });

	static final List<Past> PAST = List.of(
			new Past(3, List.of(
					new Item(new Ask("Ottoman-era photographs of Amman", "requester3", "Wikimedians of the Levant User Group",
							"The Jordan Museum", "batch-upload", "en", 40, new int[] { 5, 4, 1, 4, 3, 5, 4 }),
							Outcome.ACCEPT, "A clear plan for the Arabic Wikipedia articles on the old city, a partner "
									+ "who has signed, and a user group that wants to learn to upload on its own.",
							"Accepted: historic photographs of Amman for Arabic Wikipedia.", false, null,
							List.of(new Say("member2", "Arabic Wikipedia has almost nothing on these streets; the list of articles is convincing."),
									new Say("chair", "The museum has signed; the rights are clear.")),
							List.of(new Say("member3", "Could the user group do the next upload itself? Let us plan a training session in."),
									new Say("chair", "Agreed: a training session goes into the milestones.")),
							null, null, null),
					new Item(TEXTILES, Outcome.DEFER, "A well-prepared request, but it would take most of this quarter's "
							+ "staff hours, which are already promised. We will put it on an agenda next quarter.",
							"Deferred to next quarter: no capacity left this quarter.", false, null,
							List.of(new Say("member3", "Good data, but a large job for the hub this quarter.")),
							List.of(new Say("member2", "Ready to go, but it would take most of our quarter.")),
							new Say("member2", "Ready to go; the chapter can share the work."), Outcome.ACCEPT, null),
					new Item(new Ask("Recordings of Yoruba folk songs", "requester2", "Wikimedia User Group Nigeria",
							"Institute of African Studies, Ibadan", "licensing", "en", 30, new int[] { 4, 2, 2, 2, 2, 5, 3 }),
							Outcome.DECLINE, "The recordings would fill a real gap, but neither the performers' nor the "
									+ "communities' consent is documented, and the archive cannot license them. We would "
									+ "gladly look again at a request with the rights cleared.",
							"Declined: the rights to the recordings are not clear.", false, null,
							List.of(new Say("member2", "Wonderful material; the consent question worries me.")),
							List.of(new Say("member1", "Without the performers' consent we cannot ask volunteers to upload this.")),
							null, null, null))),
			new Past(2, List.of(
					new Item(new Ask("Terracotta temples of Bengal on Commons and Wikidata", "requester4",
							"Wikimedia Bangladesh", "Bangladesh National Museum", "batch-upload", "en", 32,
							new int[] { 5, 4, 1, 3, 4, 5, 4 }),
							Outcome.ACCEPT, "Photographs of a heritage the platforms barely show, a plan for the Bangla "
									+ "Wikipedia articles, and a chapter that has uploaded collections before.",
							"Accepted: terracotta temple photographs for Commons and Bangla Wikipedia.", false, "member3",
							List.of(new Say("member1", "A clear plan for the Bangla Wikipedia articles.")),
							List.of(new Say("member1", "The chapter has done uploads before; the risk is low.")),
							null, null, null),
					new Item(new Ask("Jury tools for Wiki Loves Earth in Indonesia", "requester5", "Wikimedia Indonesia",
							null, "tools", "en", 20, new int[] { 3, 3, 1, 4, 3, 3, 3 }),
							Outcome.REFER, "The international Wiki Loves Earth organisers keep the jury tools and have "
									+ "helped many national juries with them; they can help you better than the hub.",
							"Referred to the Wiki Loves Earth organisers.", false, null,
							List.of(new Say("chair", "Useful, but not a content partnership.")),
							List.of(new Say("chair", "The Wiki Loves Earth organisers know these tools best.")),
							new Say("member1", "Outside the hub's scope: no partner institution."), Outcome.DECLINE,
							new Say("member3", "I sat on the international jury with this request's organisers.")))),
			new Past(1, List.of(
					new Item(TEXTILES, Outcome.ACCEPT, "Deferred last quarter for capacity only; this quarter the hub "
							+ "has the hours, and the data are as well prepared as before.",
							"Accepted: church textiles to Wikidata.", true, null,
							List.of(new Say("member2", "Still well prepared; we have the hours now.")),
							List.of(new Say("chair", "We said yes in principle last quarter; I propose we accept by consensus.")),
							null, null, null),
					new Item(new Ask("Adinkra cloth patterns from Kumasi", "requester2", "Wikimedia Ghana User Group",
							"Manhyia Palace Museum", "metadata", "en", 50, new int[] { 4, 3, 1, 3, 3, 4, 3 }),
							Outcome.DEFER, "The museum's board approves the agreement at its next meeting; we will take "
									+ "the request up again once it is signed.",
							"Deferred until the partner's agreement is signed.", false, null,
							List.of(new Say("member3", "Good for Akan and English Wikipedia once the agreement is signed.")),
							List.of(new Say("member1", "Let us wait for the board's signature.")),
							null, null, null),
					new Item(new Ask("Press photographs of Barcelona from a picture agency", "requester", "Amical Wikimedia",
							"Arxiu Fotogràfic de Barcelona", "licensing", "en", 24, new int[] { 3, 3, 0, 2, 2, 2, 2 }),
							Outcome.DECLINE, "The agency offers the photographs only under a non-commercial licence, "
									+ "which Wikimedia Commons cannot accept.",
							"Declined: the licence offered is not free.", false, null,
							List.of(new Say("member1", "A non-commercial licence is not free enough for Commons.")),
							List.of(new Say("member3", "Perhaps the city archive holds older, public-domain prints?")),
							null, null, null))));

	/** The next meeting's agenda: the first is {@code requester}'s, with the affiliate {@code member1} declares. */
	static final List<Ask> COMING = List.of(
			new Ask("Gotland church inventories to Wikidata", "requester", "Wikimedia Sverige", "Gotlands museum",
					"wikidata-import", "sv", 36, new int[] { 4, 4, 1, 4, 3, 2, 3 }),
			new Ask("Batik motifs from the Jakarta Textile Museum", "requester5", "Wikimedia Indonesia",
					"Museum Tekstil Jakarta", "batch-upload", "en", 28, new int[] { 4, 3, 1, 4, 3, 5, 4 }),
			new Ask("Amazon herbarium specimens for Wikidata", "requester2", "Wiki Movimento Brasil User Group",
					"Instituto Nacional de Pesquisas da Amazônia", "data-modelling", "en", 45,
					new int[] { 4, 3, 1, 3, 4, 4, 3 }));

	private CommitteeDemoScript() {
	}
}
